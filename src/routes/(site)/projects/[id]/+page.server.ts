import { error } from '@sveltejs/kit';
import { projectView } from '$lib/data/tables/project-view';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const view = projectView(getDataset(), params.id);
	if (!view) error(404, `No project "${params.id.slice(0, 40)}". Every project is listed at /projects.`);
	return { view };
};
