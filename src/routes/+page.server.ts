import { summarize } from '$lib/data/summary';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const ds = getDataset();
	return {
		version: ds.version,
		summary: summarize(ds),
		documents: ds.documents.map(({ id, title, kind, publisher, date, url }) => ({ id, title, kind, publisher, date: date.label, url }))
	};
};
