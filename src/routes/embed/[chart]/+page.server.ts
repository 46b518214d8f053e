import { error } from '@sveltejs/kit';
import { chartDefinition, CHART_IDS } from '$lib/charts/registry.ts';
import { loadEmbed } from '$lib/server/embed-load.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const def = chartDefinition(params.chart);
	if (!def) error(404, `No chart "${params.chart}". Charts: ${CHART_IDS.join(', ')}.`);
	return loadEmbed(def, url);
};
