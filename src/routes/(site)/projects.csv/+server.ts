import { parseProjectQuery, selectProjects } from '$lib/data/tables/projects';
import { TABLE_IDS } from '$lib/data/tables/mappings';
import { projectCsvRow, publishedCsv } from '$lib/data/tables/publish';
import { getDataset } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

/** The projects the /projects page's filters select, every page of them, as CSV. */
export const GET: RequestHandler = ({ url }) => {
	const ds = getDataset();
	const { query } = parseProjectQuery(url.searchParams, ds.tables);
	const csv = publishedCsv(ds, TABLE_IDS.projects, selectProjects(ds.tables, query).map(projectCsvRow)) ?? '';
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="lending-lens_projects_${ds.version}.csv"`,
			etag: `"${ds.version}-${url.search}"`
		}
	});
};
