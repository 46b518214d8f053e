import { redirect } from '@sveltejs/kit';
import {
	parseProjectQuery,
	projectFacets,
	projectPage,
	projectQueryString,
	renamedProjectSearch
} from '$lib/data/tables/projects';
import { attribution } from '$lib/data/tables/publish';
import { TABLE_IDS } from '$lib/data/tables/mappings';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** One page of projects, filtered and sorted on the server: the browser gets fifty rows. */
export const load: PageServerLoad = ({ url }) => {
	// An old link (`sector=`) moves to the parameter's name now, so links copied from here on say `crs_sector`.
	const renamed = renamedProjectSearch(url.searchParams);
	if (renamed !== null) redirect(308, `/projects${renamed}`);
	const ds = getDataset();
	const { query, notices } = parseProjectQuery(url.searchParams, ds.tables);
	const { page, notices: pageNotices } = projectPage(ds.tables, query);
	const doc = ds.datasets.find((d) => d.id === TABLE_IDS.projects);
	return {
		query,
		page,
		count: ds.tables.projects.length,
		notices: [...notices, ...pageNotices],
		facets: projectFacets(ds.tables),
		canonical: projectQueryString({ ...query, page: page.page }),
		source: doc ? attribution(doc) : null,
		citation: doc?.citation ?? null
	};
};
