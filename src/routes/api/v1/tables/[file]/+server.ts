import { error, json } from '@sveltejs/kit';
import { MAX_PER_PAGE, PUBLISHED, publishedCsv, publishedJson } from '$lib/data/tables/publish';
import { getDataset } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

/** One published table's records: `<table>.csv` whole, `<table>.json?page=1&per=500` a page at a time. */
export const GET: RequestHandler = ({ params, url }) => {
	const m = /^([a-z0-9-]+)\.(csv|json)$/.exec(params.file);
	const ids = Object.keys(PUBLISHED);
	if (!m || !ids.includes(m[1]!))
		error(404, `No table "${params.file}": available are ${ids.map((i) => `${i}.csv, ${i}.json`).join(', ')}`);
	const [, id, ext] = m as unknown as [string, string, 'csv' | 'json'];
	const ds = getDataset();
	const headers = {
		etag: `"${ds.version}"`,
		'access-control-allow-origin': '*',
		'cache-control': 'public, max-age=300'
	};
	if (ext === 'csv') {
		return new Response(publishedCsv(ds, id), {
			headers: {
				...headers,
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="lending-lens_${id}_${ds.version}.csv"`
			}
		});
	}
	const number = (name: string, fallback: number, max: number) => {
		const raw = url.searchParams.get(name);
		if (raw === null) return fallback;
		if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
			error(400, `Parameter ${name}=${raw.slice(0, 40)} must be a whole number from 1 to ${max}`);
		return Number(raw);
	};
	const per = number('per', 500, MAX_PER_PAGE);
	const body = publishedJson(ds, id, 1, per)!;
	const page = number('page', 1, body.pages);
	return json(page === 1 ? body : publishedJson(ds, id, page, per), { headers });
};
