/**
 * A map of Latin America and the Caribbean shaded by the chosen series' figure per borrower.
 * The map is also a country picker: every country with a figure links to the same view with
 * that country added to or removed from the `country` filter. So that a country can be added,
 * the map shades every borrower in the time window whatever the country filter, and marks the
 * selected ones. Geometry is not part of the view (see src/lib/server/geo.ts).
 */
import { citedDocuments, type MarkInfo } from '../mark-info.ts';
import { applyFilters, describeFilters, filtersToQuery, notApplied, type Filters } from '../filters.ts';
import { shownBefore } from '../quantity.ts';
import type { Dataset, LoanClaim } from '../types.ts';
import { amountLabel, chosenSeries, loanMarkInfo, seriesScope } from './lending.ts';
import type { ChartTable, ChartViewBase } from './types.ts';

export interface MapCountry {
	/** ISO 3166-1 alpha-3. */
	readonly code: string;
	/** ISO 3166-1 numeric, the id of the country's shape in world-atlas. */
	readonly numeric: string;
	readonly name: string;
	/** The chosen series' figure, or null: "no figure". */
	readonly amountUsd: number | null;
	/** "$62 billion" or "no figure". */
	readonly label: string;
	/** The figure's record, for its tooltip and link; null when there is no figure. */
	readonly info: MarkInfo | null;
	/** In the country filter now. */
	readonly selected: boolean;
	/** Query string of the same view with this country toggled in the country filter. */
	readonly toggleHref: string;
	/** What following toggleHref does: "Show only Venezuela", "Add Brazil", "Remove Brazil". */
	readonly toggleLabel: string;
}

export interface LendingMapView extends ChartViewBase {
	readonly id: 'lending-map';
	/** The series that shades the map. */
	readonly source: { readonly id: string; readonly short: string; readonly scope: string };
	/** Every borrower with a figure in any series in the time window, and every selected country. */
	readonly countries: readonly MapCountry[];
	/** Largest figure of the chosen series (the top of the colour scale; 0 if none). */
	readonly maxUsd: number;
}

const LENDER = 'CHN';

const TABLE_COLUMNS = [
	{ key: 'country', label: 'Country' },
	{ key: 'amount', label: 'Amount' },
	{ key: 'amount_usd', label: 'Amount (US$)', numeric: true },
	{ key: 'period', label: 'Period' },
	{ key: 'selected', label: 'Selected' },
	{ key: 'record', label: 'Record' }
] as const;

export function mapView(ds: Dataset, f: Filters): LendingMapView {
	const series = chosenSeries(ds, f);
	const sourceId = series?.id ?? '';
	// Every country stays pickable: the country filter marks the selection instead of hiding the rest.
	const loans = applyFilters(ds, { ...f, countries: [] }).loans.filter((l) => l.lender.code === LENDER && l.borrower);

	const figures = new Map<string, LoanClaim>();
	for (const l of loans) {
		const code = l.borrower?.code ?? '';
		const held = figures.get(code);
		if (l.series === sourceId && (!held || shownBefore(l, held))) figures.set(code, l);
	}

	const codes = new Set([...loans.map((l) => l.borrower?.code ?? ''), ...f.countries]);
	const countries: MapCountry[] = [...codes]
		.flatMap((code) => {
			const country = ds.countries[code];
			return country ? [country] : [];
		})
		.map((c) => {
			const claim = figures.get(c.code);
			const selected = f.countries.includes(c.code);
			const next = selected ? f.countries.filter((x) => x !== c.code) : [...f.countries, c.code].sort();
			return {
				code: c.code,
				numeric: c.numeric,
				name: c.name,
				amountUsd: claim ? claim.amountUsd : null,
				label: claim ? amountLabel(claim.amountUsd) : 'no figure',
				info: claim ? loanMarkInfo(ds, claim, series) : null,
				selected,
				toggleHref: filtersToQuery({ ...f, countries: next }) || '?',
				toggleLabel: selected
					? `Remove ${c.name} from the selection`
					: f.countries.length
						? `Add ${c.name} to the selection`
						: `Show only ${c.name}`
			};
		})
		.sort((a, b) => (b.amountUsd ?? -1) - (a.amountUsd ?? -1) || a.name.localeCompare(b.name));

	const shaded = countries.filter((c) => c.amountUsd !== null);
	const short = series?.short ?? sourceId;
	const description = shaded.length
		? `Countries shaded by ${short} figures: ${shaded.map((c) => `${c.name} ${c.label}`).join(', ')}.` +
			(countries.length > shaded.length
				? ` No ${short} figure for ${countries
						.filter((c) => c.amountUsd === null)
						.map((c) => c.name)
						.join(', ')}.`
				: '')
		: `${short} has no country figures in this time window.`;

	const table: ChartTable = {
		columns: TABLE_COLUMNS,
		rows: countries.map((c) => {
			const claim = figures.get(c.code);
			return {
				country: c.name,
				amount: c.label,
				amount_usd: c.amountUsd,
				period: claim ? (claim.period?.label ?? claim.periodAsReported ?? null) : null,
				selected: c.selected ? 'yes' : 'no',
				record: claim?.id ?? null
			};
		})
	};

	return {
		id: 'lending-map',
		title: 'Chinese lending in Latin America and the Caribbean',
		subtitle: `${describeFilters(ds, f)}; shaded by ${series?.name ?? sourceId}${notApplied(ds, f, 'the loan figures it is shaded by have no lending sector')}`,
		description,
		documents: citedDocuments([...figures.values()]),
		table,
		source: { id: sourceId, short, scope: series ? seriesScope(ds, series) : '' },
		countries,
		maxUsd: Math.max(0, ...shaded.map((c) => c.amountUsd ?? 0))
	};
}
