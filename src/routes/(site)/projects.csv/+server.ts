import { parseProjectQuery, selectProjects } from '$lib/data/tables/projects';
import { TABLE_IDS } from '$lib/data/tables/mappings';
import { projectCsvRow, publishedCsv } from '$lib/data/tables/publish';
import { refusal } from '$lib/data/filters';
import { getDataset } from '$lib/server/dataset';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * The projects the /projects page's filters select, every page of them, as CSV. A parameter
 * the page would ignore with a notice is a 400 here, as for the chart exports (see refusal).
 * The page links here with its own cleaned query.
 */
export const GET: RequestHandler = ({ url }) => {
	const ds = getDataset();
	const { query, notices } = parseProjectQuery(url.searchParams, ds.tables);
	const refused = refusal(notices);
	if (refused) error(400, refused.message);
	const csv = publishedCsv(ds, TABLE_IDS.projects, selectProjects(ds.tables, query).map(projectCsvRow)) ?? '';
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="lending-lens_projects_${ds.version}.csv"`,
			etag: `"${ds.version}-${url.search}"`
		}
	});
};
