import { loadShapes } from '$lib/dashboard/shapes.ts';
import type { PageLoad } from './$types';

/** The server's data, with the map's shapes fetched apart from it (see loadShapes). */
export const load: PageLoad = async ({ data, fetch }) => ({ ...data, features: await loadShapes(fetch, data.shapes) });
