import { eventTable } from '$lib/data/record-tables';
import { tableQuery } from '$lib/data/table-query';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

/** The table under the page's filters and search (see table-query.ts). */
export const load: PageServerLoad = ({ url }) => tableQuery(getDataset(), url.searchParams, eventTable);
