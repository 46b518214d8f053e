import { error, json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { countryByNumeric } from '$lib/data/countries';
import { shown } from '$lib/data/filters';
import { latinAmericaFeatures, worldFeatures } from '$lib/server/geo';
import type { RequestHandler } from './$types';

/**
 * Country shapes for the maps, apart from the pages' data so a filter change does not send
 * them again: `/geo/latin-america.json`, and `/geo/world.json?focus=032,076,…` for the world
 * framed on the countries named by their ISO numeric codes (the shapes' ids). Pages link here
 * with `v` set to the build that made the shapes (see shapesHref), so such an answer is kept
 * for good; any other is kept a day.
 */
export const GET: RequestHandler = ({ params, url }) => {
	if (params.map !== 'latin-america' && params.map !== 'world') {
		error(404, `No shapes "${shown(params.map)}". Shapes: latin-america, world.`);
	}
	for (const key of url.searchParams.keys()) {
		if (key !== 'v' && key !== 'focus') error(400, `Unknown parameter "${shown(key)}": the shapes take focus and v.`);
	}
	const focus = url.searchParams.get('focus')?.split(',') ?? [];
	if (params.map === 'latin-america' && focus.length) {
		error(400, 'focus is not valid: Latin America’s shapes have no focus.');
	}
	for (const code of focus) {
		const r = countryByNumeric(code);
		if (!r.ok) error(400, `focus=${shown(code)} is not valid: ${r.error.replaceAll(code, shown(code))}.`);
	}
	// A country too small for the 1:110m outlines has no shape and widens no frame.
	const features = params.map === 'latin-america' ? latinAmericaFeatures() : worldFeatures(focus);
	const kept = url.searchParams.get('v') === version;
	return json(features, {
		headers: { 'cache-control': kept ? 'public, max-age=31536000, immutable' : 'public, max-age=86400' }
	});
};
