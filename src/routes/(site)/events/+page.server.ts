import { eventTable } from '$lib/data/record-tables';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ table: eventTable(getDataset()) });
