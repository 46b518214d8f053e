import { sanctionTable } from '$lib/data/record-tables';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ table: sanctionTable(getDataset()) });
