import { error } from '@sveltejs/kit';
import { CSV_TABLES, tableCsv, type CsvTable } from '$lib/data/csv';
import { getDataset } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	if (!(CSV_TABLES as readonly string[]).includes(params.table)) {
		error(404, `No table "${params.table}": available tables are ${CSV_TABLES.join(', ')}`);
	}
	const ds = getDataset();
	return new Response(tableCsv(ds, params.table as CsvTable), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="lending-lens_${params.table}_${ds.version}.csv"`,
			etag: `"${ds.version}"`,
			'access-control-allow-origin': '*'
		}
	});
};
