/**
 * The dashboard's view state, kept in the URL query so a link reproduces a view:
 *
 *   ?country=VEN,BRA   borrower / target / an event's place or subject (ISO 3166-1 alpha-3)
 *   &sector=oil        sanctions' targeted sectors
 *   &kind=diplomatic   event kinds
 *   &from=2019-01&to=2019-04-30   time window (any date spec; from = its start, to = its end)
 *   &source=clfd-2018  the loan series drawn as bars (others are comparison marks)
 *   &region=latin-america-caribbean   World Bank regions, or `world` (the published tables'
 *                      views default to Latin America and the Caribbean)
 *   &flow_class=oof-like   AidData flow classes, for the published tables' views
 *   &crs_sector=health     lending sectors (OECD CRS, as AidData GCOF 1.0 names them): the
 *                      lending views that can honour it sum GCOF 1.0 projects of that sector;
 *                      the others say it does not apply to them. `sector` keeps its old
 *                      meaning here (sanctions' sectors); on /projects it is an old name of this.
 *   &show=all          the ranked lending chart lists every borrower, not the first 15
 *
 * Unknown parameters and bad values are ignored, each with a notice naming the parameter.
 */
import { countryByCode } from './countries.ts';
import { formatDay, parseDate } from './dates.ts';
import { EVENT_KINDS, SECTORS } from './vocabulary.ts';
import { FILTER_PARAMS, filtersToQuery, type Filters } from './query.ts';
import { REGIONS, regionOf } from './tables/scope.ts';
import { lendingSectors, sectorsWords } from './tables/sectors.ts';
import { slug } from './tables/projects.ts';
import { FLOW_CLASSES } from './tables/types.ts';
import type { Dataset, Era, LensEvent, LoanClaim, Sanction, Sector } from './types.ts';

export { filtersToQuery, NO_FILTERS, type Filters } from './query.ts';

export interface Notice {
	readonly param: string;
	readonly message: string;
}

/** How many notices a page lists before it only counts the rest. */
export const MAX_NOTICES = 10;
/** How much of a bad value a notice repeats: enough to recognise it, never a page of it. */
const MAX_SHOWN = 40;

/**
 * A notice said as a refusal, for a download or an export, which cannot ignore a parameter as
 * a page does (a file that silently left a filter out would be read as filtered): the first
 * notice in full, the others by parameter name.
 */
export function refusal(notices: readonly Notice[]): { param: string; message: string } | null {
	const [first, ...rest] = notices;
	if (!first) return null;
	const message = first.message.replace(/ was ignored/, ' is not valid').replace(/; the years were ignored/, '');
	const more = rest.length ? ` (and ${rest.length} more: ${rest.map((n) => n.param).join(', ')})` : '';
	return { param: first.param, message: `${message}${more}` };
}

/** A value from the URL as a notice quotes it, cut short when long. */
export function shown(raw: string): string {
	const chars = [...raw];
	return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : raw;
}

/** A parser's reason, with the value it quotes cut short the same way. */
function reason(error: string, raw: string): string {
	return error.replaceAll(raw, shown(raw)).replaceAll(raw.toUpperCase(), shown(raw.toUpperCase()));
}

/**
 * The notices a page shows: each distinct one once, the first ten, then "and N more", so a
 * long hostile link gets a short answer.
 */
export function boundNotices(notices: readonly Notice[], max = MAX_NOTICES): Notice[] {
	const seen = new Set<string>();
	const distinct = notices.filter((n) => !seen.has(n.message) && seen.add(n.message));
	if (distinct.length <= max) return distinct;
	const rest = distinct.length - max;
	return [...distinct.slice(0, max), { param: '', message: `And ${rest} more parameter value${rest === 1 ? '' : 's'} not understood.` }];
}

/** Values may be repeated (?country=VEN&country=BRA) or comma-separated (?country=VEN,BRA). */
export function listOf(params: URLSearchParams, name: string): string[] {
	return params
		.getAll(name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

export interface ParseOptions {
	/** Series ids accepted for `source`. */
	series: readonly string[];
	/**
	 * Lending sectors accepted for `crs_sector` (URL values). Without them (a dataset with no
	 * GCOF 1.0 projects) every `crs_sector` value is named in a notice.
	 */
	crsSectors?: readonly string[];
	/** Other parameters the page understands (e.g. an embed's `theme`): not reported as unknown. */
	alsoAllowed?: readonly string[];
}

/** What a dataset offers the filters: its loan series and its lending sectors. */
export function datasetChoices(ds: Dataset): { series: string[]; crsSectors: string[] } {
	return { series: ds.series.map((s) => s.id), crsSectors: lendingSectors(ds.tables).map((s) => s.value) };
}

export function parseFilters(params: URLSearchParams, options: ParseOptions): { filters: Filters; notices: Notice[] } {
	const notices: Notice[] = [];
	const allowed = new Set<string>([...FILTER_PARAMS, ...(options.alsoAllowed ?? [])]);
	for (const name of new Set(params.keys())) {
		if (!allowed.has(name)) notices.push({ param: name, message: `Unknown parameter "${shown(name)}" was ignored.` });
	}

	const countries: string[] = [];
	for (const raw of listOf(params, 'country')) {
		const r = countryByCode(raw.toUpperCase());
		if (r.ok) countries.push(r.value.code);
		else notices.push({ param: 'country', message: `country=${shown(raw)} was ignored: ${reason(r.error, raw)}.` });
	}

	const pick = <T extends string>(name: string, allowedValues: readonly T[]): T[] => {
		const out: T[] = [];
		for (const raw of listOf(params, name)) {
			const v = raw.toLowerCase() as T;
			if (allowedValues.includes(v)) out.push(v);
			else notices.push({ param: name, message: `${name}=${shown(raw)} was ignored: expected one of ${allowedValues.join(', ')}.` });
		}
		return out;
	};
	const sectors: Sector[] = [];
	for (const raw of listOf(params, 'sector')) {
		const v = raw.toLowerCase() as Sector;
		if (SECTORS.includes(v)) sectors.push(v);
		else {
			// A lending sector under the sanctions' name: say which parameter means it.
			const lending = options.crsSectors?.includes(slug(raw)) ? ` To filter lending by sector, use crs_sector=${shown(slug(raw))}.` : '';
			notices.push({ param: 'sector', message: `sector=${shown(raw)} was ignored: expected one of ${SECTORS.join(', ')} (sanctioned sectors).${lending}` });
		}
	}
	const crsSectors: string[] = [];
	for (const raw of listOf(params, 'crs_sector')) {
		// A sector's name as AidData writes it ("Energy Generation and Supply") is read as its URL value.
		const v = slug(raw);
		if (options.crsSectors?.includes(v)) crsSectors.push(v);
		else
			notices.push({
				param: 'crs_sector',
				message: options.crsSectors?.length
					? `crs_sector=${shown(raw)} was ignored: expected one of ${options.crsSectors.join(', ')}.`
					: `crs_sector=${shown(raw)} was ignored: no lending sectors are loaded.`
			});
	}
	const kinds = pick('kind', EVENT_KINDS);
	let regions = pick('region', [WORLD, ...Object.keys(REGIONS)]);
	if (regions.includes(WORLD) && regions.length > 1) {
		notices.push({ param: 'region', message: `region=${WORLD} was ignored: it cannot be combined with other regions.` });
		regions = regions.filter((r) => r !== WORLD);
	}
	const flowClasses = pick('flow_class', FLOW_CLASSES);
	let showAll = false;
	const show = params.get('show');
	if (show !== null) {
		if (show === 'all') showAll = true;
		else notices.push({ param: 'show', message: `show=${shown(show)} was ignored: expected all.` });
	}

	const bound = (name: 'from' | 'to'): string | null => {
		const raw = params.get(name);
		if (raw === null || raw.trim() === '') return null;
		const r = parseDate(raw.trim());
		if (!r.ok) {
			notices.push({ param: name, message: `${name}=${shown(raw)} was ignored: ${reason(r.error, raw.trim())}.` });
			return null;
		}
		return name === 'from' ? r.value.start : r.value.end;
	};
	let from = bound('from');
	let to = bound('to');
	if (from && to && from > to) {
		notices.push({ param: 'from', message: `from=${shown(params.get('from') ?? '')} is after to=${shown(params.get('to') ?? '')}; the time window was ignored.` });
		from = to = null;
	}

	let source: string | null = params.get('source');
	if (source !== null && !options.series.includes(source)) {
		notices.push({ param: 'source', message: `source=${shown(source)} was ignored: expected one of ${options.series.join(', ')}.` });
		source = null;
	}

	const uniq = <T>(xs: T[]) => [...new Set(xs)].sort();
	return {
		filters: {
			countries: uniq(countries),
			sectors: uniq(sectors),
			kinds: uniq(kinds),
			from,
			to,
			source,
			regions: uniq(regions),
			flowClasses: uniq(flowClasses),
			crsSectors: uniq(crsSectors),
			showAll
		},
		notices
	};
}

/** The `region` value that asks for the whole world rather than the default region. */
export const WORLD = 'world';

export function isFiltered(f: Filters): boolean {
	// The lending sector filters only the published tables' views, never the records.
	return filtersToQuery({ ...f, source: null, showAll: false, crsSectors: [] }) !== '';
}

/** True when the interval [start, end] meets the window. */
export function inWindow(f: Filters, start: string, end: string): boolean {
	return (!f.from || end >= f.from) && (!f.to || start <= f.to);
}

export interface FilteredRecords {
	readonly loans: readonly LoanClaim[];
	readonly sanctions: readonly Sanction[];
	readonly events: readonly LensEvent[];
	readonly eras: readonly Era[];
}

/**
 * Each filter applies where it has a meaning: countries to loans (borrower), sanctions
 * (target) and events (where they happened, and the countries they are about: remarks on
 * China made in Santiago answer to both CHL and CHN); sectors to sanctions; kinds to events; the window to all
 * dated records. A loan whose period is given only in words ("over the past decade") is
 * kept whatever the window, since no exact period can be compared.
 */
export function applyFilters(ds: Dataset, f: Filters): FilteredRecords {
	const inCountries = (codes: readonly string[]) => !f.countries.length || codes.some((c) => f.countries.includes(c));
	// A region (World Bank's, as the GCDF 3.0 totals assign them) holds a record when one of its
	// countries is in it; a loan to a region names the region itself.
	const regions = f.regions.filter((r) => r !== WORLD);
	const regionOfCountry = regions.length ? regionOf(ds.tables) : new Map<string, string>();
	const inRegions = (codes: readonly string[], region?: string | null) =>
		!regions.length || (region != null && regions.includes(region)) || codes.some((c) => regions.includes(regionOfCountry.get(c) ?? ''));
	return {
		loans: ds.loans.filter(
			(l) =>
				inCountries(l.borrower ? [l.borrower.code] : []) &&
				inRegions(l.borrower ? [l.borrower.code] : [], l.borrowerRegion) &&
				(!l.period || inWindow(f, l.period.start, l.period.end))
		),
		sanctions: ds.sanctions.filter(
			(s) =>
				inCountries([s.targetCountry.code]) &&
				inRegions([s.targetCountry.code]) &&
				(!f.sectors.length || s.sectors.some((x) => f.sectors.includes(x))) &&
				inWindow(f, s.date.start, s.date.end)
		),
		events: ds.events.filter(
			(e) =>
				inCountries([...e.places, ...e.subjects].map((p) => p.code)) &&
				inRegions([...e.places, ...e.subjects].map((p) => p.code)) &&
				(!f.kinds.length || f.kinds.includes(e.kind)) &&
				inWindow(f, e.date.start, e.date.end)
		),
		eras: ds.eras.filter((e) => inWindow(f, e.start.start, e.end?.end ?? '9999-12-31'))
	};
}

/**
 * For a view whose records have no sector (news reports' loans, sanctions, events, the World
 * Bank's debt stocks): a sentence saying the lending-sector filter does not apply to it, so a
 * reader does not take the view as filtered; "" when no lending sector is chosen.
 */
export function sectorNotApplied(ds: Dataset, f: Filters, what = 'these records have no lending sector'): string {
	if (!f.crsSectors.length) return '';
	return `The lending-sector filter (${sectorsWords(ds.tables, f.crsSectors)}) does not apply to this view: ${what}.`;
}

/** The same sentence after a subtitle: ". The lending-sector filter … ." or "". */
export function notApplied(ds: Dataset, f: Filters, what?: string): string {
	const s = sectorNotApplied(ds, f, what);
	return s ? `. ${s.replace(/\.$/, '')}` : '';
}

/** Words for the active filters, for subtitles and export captions (the lending sector is said by the views it applies to). */
export function describeFilters(ds: Dataset, f: Filters): string {
	const parts: string[] = [];
	if (f.countries.length) parts.push(f.countries.map((c) => ds.countries[c]?.name ?? c).join(', '));
	if (f.regions.length) parts.push(f.regions.map((r) => (r === WORLD ? 'the world' : (REGIONS[r] ?? r))).join(', '));
	if (f.flowClasses.length) parts.push(`flow classes: ${f.flowClasses.join(', ')}`);
	if (f.sectors.length) parts.push(`sectors: ${f.sectors.join(', ')}`);
	if (f.kinds.length) parts.push(`events: ${f.kinds.join(', ')}`);
	if (f.from && f.to) parts.push(`${formatDay(f.from)} to ${formatDay(f.to)}`);
	else if (f.from) parts.push(`from ${formatDay(f.from)}`);
	else if (f.to) parts.push(`until ${formatDay(f.to)}`);
	return parts.length ? parts.join('; ') : 'All records';
}
