import { error } from '@sveltejs/kit';
import { recordView } from '$lib/data/record-view';
import { getDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const record = recordView(getDataset(), params.id);
	if (!record) {
		error(
			404,
			`No record "${params.id}". Loan claims, sanctions and events are listed at /loans, /sanctions and /events.`
		);
	}
	return { record };
};
