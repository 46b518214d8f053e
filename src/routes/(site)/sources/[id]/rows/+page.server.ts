import { error } from '@sveltejs/kit';
import { attribution } from '$lib/data/tables/publish.ts';
import { citedRows, MAX_LINKED_ROWS } from '$lib/data/views/published.ts';
import { getDataset } from '$lib/server/dataset.ts';
import type { PageServerLoad } from './$types';

/**
 * The cells of a published table behind a mark: `/sources/<table>/rows?r=12,13,40`. Each row
 * by its number and key, each cited cell with its text and its offsets in the file.
 */
export const load: PageServerLoad = ({ params, url }) => {
	const ds = getDataset();
	const doc = ds.datasets.find((d) => d.id === params.id);
	if (!doc) error(404, `No published table "${params.id.slice(0, 60)}". The tables are listed at /sources.`);
	const raw = url.searchParams.get('r') ?? '';
	const parts = raw.split(',').filter(Boolean);
	const bad = parts.find((p) => !/^\d{1,7}$/.test(p) || Number(p) < 1 || Number(p) > doc.rows);
	if (!parts.length || bad !== undefined) {
		error(
			400,
			`Parameter r=${raw.slice(0, 40)} must list row numbers from 1 to ${doc.rows}, separated by commas${bad !== undefined ? `; "${bad.slice(0, 20)}" is not one` : ''}.`
		);
	}
	if (parts.length > MAX_LINKED_ROWS)
		error(400, `Parameter r lists ${parts.length} rows; at most ${MAX_LINKED_ROWS} are shown at once.`);
	return {
		table: {
			id: doc.id,
			title: doc.title,
			file: doc.file,
			rows: doc.rows,
			source: attribution(doc),
			csv: `/api/v1/tables/${doc.id}.csv`
		},
		rows: citedRows(ds, doc.id, parts.map(Number))
	};
};
