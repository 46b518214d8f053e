import { json } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

export const prerender = false;

/** The whole dataset, documents' text included: the stable URL for anyone reusing it. */
export const GET: RequestHandler = () => {
	const ds = getDataset();
	return json(ds, {
		headers: {
			'cache-control': 'public, max-age=300',
			etag: `"${ds.version}"`,
			'access-control-allow-origin': '*'
		}
	});
};
