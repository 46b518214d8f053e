/**
 * What the table views select: World Bank regions, countries, flow classes and a span of
 * years, read from the URL like the dashboard's other filters (`?region=latin-america-caribbean
 * &flow_class=oof-like&from=2005&to=2017&country=VEN`). Unknown values get a notice.
 */
import { countryByCode } from '../countries.ts';
import { listOf, type Notice } from '../filters.ts';
import { FLOW_CLASS_LABELS, FLOW_CLASSES, type FlowClass, type Tables } from './types.ts';

/** World Bank regions, as the GCDF 3.0 country totals name them, with their URL values. */
export const REGIONS: Readonly<Record<string, string>> = {
	'east-asia-pacific': 'East Asia & Pacific',
	'europe-central-asia': 'Europe & Central Asia',
	'latin-america-caribbean': 'Latin America & Caribbean',
	'middle-east-north-africa': 'Middle East & North Africa',
	'south-asia': 'South Asia',
	'sub-saharan-africa': 'Sub-Saharan Africa'
};
export const LATIN_AMERICA = 'latin-america-caribbean';

export interface TableScope {
	readonly regions: readonly string[];
	readonly countries: readonly string[];
	readonly flowClasses: readonly FlowClass[];
	readonly from: number | null;
	readonly to: number | null;
}

export const WHOLE_WORLD: TableScope = { regions: [], countries: [], flowClasses: [], from: null, to: null };

/** The scope a URL asks for. Only these parameters are read; others belong to the page. */
export function parseTableScope(params: URLSearchParams): { scope: TableScope; notices: Notice[] } {
	const notices: Notice[] = [];
	const regions = listOf(params, 'region').filter((r) => {
		if (Object.hasOwn(REGIONS, r.toLowerCase())) return true;
		notices.push({ param: 'region', message: `region=${r} was ignored: expected one of ${Object.keys(REGIONS).join(', ')}.` });
		return false;
	});
	const flowClasses = listOf(params, 'flow_class').filter((c): c is FlowClass => {
		if ((FLOW_CLASSES as readonly string[]).includes(c)) return true;
		notices.push({ param: 'flow_class', message: `flow_class=${c} was ignored: expected one of ${FLOW_CLASSES.join(', ')}.` });
		return false;
	});
	const countries: string[] = [];
	for (const raw of listOf(params, 'country')) {
		const r = countryByCode(raw.toUpperCase());
		if (r.ok) countries.push(r.value.code);
		else notices.push({ param: 'country', message: `country=${raw} was ignored: ${r.error}.` });
	}
	const year = (name: 'from' | 'to') => {
		const raw = params.get(name)?.trim();
		if (!raw) return null;
		const m = /^(\d{4})/.exec(raw);
		if (!m) notices.push({ param: name, message: `${name}=${raw} was ignored: expected a year or a date.` });
		return m ? Number(m[1]) : null;
	};
	let from = year('from');
	let to = year('to');
	if (from !== null && to !== null && from > to) {
		notices.push({ param: 'from', message: `from=${from} is after to=${to}; the years were ignored.` });
		from = to = null;
	}
	const uniq = <T>(xs: T[]) => [...new Set(xs)].sort();
	return { scope: { regions: uniq(regions.map((r) => r.toLowerCase())), countries: uniq(countries), flowClasses: uniq(flowClasses), from, to }, notices };
}

/** Region of each country by the GCDF 3.0 totals file (World Bank regions), by URL value. */
export function regionOf(tables: Tables): ReadonlyMap<string, string> {
	const bySlug = new Map(Object.entries(REGIONS).map(([slug, name]) => [name, slug]));
	const out = new Map<string, string>();
	for (const t of tables.countryTotals) {
		const s = t.region ? bySlug.get(t.region) : undefined;
		if (s) out.set(t.country, s);
	}
	return out;
}

/** Does a country fall within the scope's countries and regions? */
export function inScope(scope: TableScope, regions: ReadonlyMap<string, string>, country: string): boolean {
	if (scope.countries.length && !scope.countries.includes(country)) return false;
	if (scope.regions.length && !scope.regions.includes(regions.get(country) ?? '')) return false;
	return true;
}

export const inYears = (scope: TableScope, year: number) => (scope.from === null || year >= scope.from) && (scope.to === null || year <= scope.to);

/** The scope in words, for a subtitle: "Latin America & Caribbean; OOF-like; 2005–2017". */
export function describeScope(scope: TableScope): string {
	const parts: string[] = [];
	if (scope.countries.length) parts.push(scope.countries.join(', '));
	if (scope.regions.length) parts.push(scope.regions.map((r) => REGIONS[r] ?? r).join(', '));
	if (scope.flowClasses.length) parts.push(scope.flowClasses.map((c) => FLOW_CLASS_LABELS[c]).join(', '));
	if (scope.from !== null || scope.to !== null) parts.push(`${scope.from ?? 'from the start'}–${scope.to ?? 'the end'}`);
	return parts.length ? parts.join('; ') : 'All recipients, all years';
}
