import { json } from '@sveltejs/kit';
import { datasetChoices } from '$lib/data/filters.ts';
import { NO_FILTERS } from '$lib/data/query.ts';
import { CHARTS } from '$lib/charts/registry.ts';
import { oembed } from '$lib/embed/oembed.ts';
import { getDataset } from '$lib/server/dataset.ts';
import type { RequestHandler } from './$types';

/** oEmbed provider endpoint (https://oembed.com), JSON only. */
export const GET: RequestHandler = ({ url }) => {
	const q = url.searchParams;
	const ds = getDataset();
	const r = oembed({
		origin: url.origin,
		url: q.get('url'),
		format: q.get('format'),
		maxwidth: q.get('maxwidth'),
		maxheight: q.get('maxheight'),
		titleOf: (chart) => CHARTS[chart].view(ds, NO_FILTERS).title,
		...datasetChoices(ds)
	});
	const headers = { 'access-control-allow-origin': '*' };
	if (r.status === 200) return json(r.body, { headers: { ...headers, 'cache-control': 'public, max-age=3600' } });
	return json({ message: r.message }, { status: r.status, headers });
};
