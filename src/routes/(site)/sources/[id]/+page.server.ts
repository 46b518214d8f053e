import { error, redirect } from '@sveltejs/kit';
import { documentView } from '$lib/data/sources';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const ds = getDataset();
	const view = documentView(ds, params.id);
	// A published table is described on the sources page, under its id.
	if (!view && ds.datasets.some((d) => d.id === params.id)) redirect(307, `/sources#${params.id}`);
	if (!view) {
		error(
			404,
			`No document "${params.id}". The documents are listed at /sources: ${ds.documents.map((d) => d.id).join(', ')}.`
		);
	}
	return { view };
};
