import { documentList } from '$lib/data/sources';
import { PUBLISHED } from '$lib/data/tables/publish';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const ds = getDataset();
	return { documents: documentList(ds), datasets: ds.datasets, published: Object.keys(PUBLISHED) };
};
