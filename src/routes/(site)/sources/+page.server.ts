import { documentList } from '$lib/data/sources';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ documents: documentList(getDataset()) });
