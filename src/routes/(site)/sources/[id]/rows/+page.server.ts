import { error } from '@sveltejs/kit';
import { attribution } from '$lib/data/tables/publish.ts';
import { parseRowList } from '$lib/data/tables/row-list.ts';
import { citedRows, MAX_LINKED_ROWS } from '$lib/data/views/published.ts';
import { getDataset } from '$lib/server/dataset.ts';
import type { PageServerLoad } from './$types';

/**
 * The cells of a published table behind a mark: `/sources/<table>/rows?r=12-15,40` (rows
 * and runs of rows, see row-list.ts). Each row by its number and key, each cited cell with
 * its text and its offsets in the file.
 */
export const load: PageServerLoad = ({ params, url }) => {
	const ds = getDataset();
	const doc = ds.datasets.find((d) => d.id === params.id);
	if (!doc) error(404, `No published table "${params.id.slice(0, 60)}". The tables are listed at /sources.`);
	const list = parseRowList(url.searchParams.get('r') ?? '', doc.rows, MAX_LINKED_ROWS);
	if (!list.ok) error(400, list.error);
	return {
		table: {
			id: doc.id,
			title: doc.title,
			file: doc.file,
			rows: doc.rows,
			source: attribution(doc),
			csv: `/api/v1/tables/${doc.id}.csv`
		},
		rows: citedRows(ds, doc.id, list.rows)
	};
};
