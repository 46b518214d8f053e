import { loadEmbed } from '$lib/server/embed-load.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => loadEmbed('lending-by-country', url);
