/**
 * The dashboard's filters as the published tables' views read them: regions and flow classes
 * as given, the time window as whole years (a table's figures are annual), and Latin America
 * and the Caribbean when the filters name neither a region nor a country, since the dashboard
 * is about that region first. `region=world` asks for every recipient.
 */
import { WORLD } from './filters.ts';
import type { Filters } from './query.ts';
import { LATIN_AMERICA, type TableScope } from './tables/scope.ts';

/** The region a view of the tables shows when the filters name none. */
export const DEFAULT_REGION = LATIN_AMERICA;

export function tableScopeOf(f: Filters): TableScope {
	const regions = f.regions.filter((r) => r !== WORLD);
	const asked = f.regions.length > 0 || f.countries.length > 0;
	return {
		regions: asked ? regions : [DEFAULT_REGION],
		countries: f.countries,
		flowClasses: f.flowClasses,
		// A window from mid-2005 takes in 2005: a year's figure counts when the window meets that year.
		from: f.from ? Number(f.from.slice(0, 4)) : null,
		to: f.to ? Number(f.to.slice(0, 4)) : null
	};
}

/** The region the world map frames: the one region chosen, else the default (none for `world` or several). */
export function mapFocusOf(f: Filters): string | null {
	if (!f.regions.length) return f.countries.length ? null : DEFAULT_REGION;
	return f.regions.length === 1 && f.regions[0] !== WORLD ? (f.regions[0] ?? null) : null;
}
