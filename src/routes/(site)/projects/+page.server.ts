import { parseProjectQuery, projectFacets, projectPage, projectQueryString } from '$lib/data/tables/projects';
import { attribution } from '$lib/data/tables/publish';
import { TABLE_IDS } from '$lib/data/tables/mappings';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** One page of projects, filtered and sorted on the server: the browser gets fifty rows. */
export const load: PageServerLoad = ({ url }) => {
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
