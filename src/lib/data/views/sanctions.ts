/**
 * US sanctions on Venezuela over time, by targeted sector: one lane per sector and one mark
 * per measure in each sector it targets, so a measure that hits oil and shipping appears in
 * both lanes. The time axis spans the whole years the sanctions cover, or the filter window.
 */
import { countPhrase, countsPhrase } from '../words.ts';
import { citedDocuments, markInfo, type MarkInfo } from '../mark-info.ts';
import { applyFilters, describeFilters, notApplied, type Filters } from '../filters.ts';
import { SECTORS } from '../vocabulary.ts';
import { ACTION_LABELS } from './labels.ts';
import type { Dataset, Sanction, SanctionAction, Sector } from '../types.ts';
import type { ChartTable, ChartViewBase } from './types.ts';

const TARGET = 'VEN';

export interface SanctionLane {
	readonly sector: Sector;
	/** "Government debt". */
	readonly label: string;
	/** Measures in this lane. */
	readonly count: number;
}

export interface SanctionMark {
	/** Unique per lane: `${id}:${sector}`. */
	readonly key: string;
	readonly id: string;
	readonly sector: Sector;
	readonly action: SanctionAction;
	/** First and last day the date covers (the same day for a dated measure), YYYY-MM-DD. */
	readonly start: string;
	readonly end: string;
	readonly info: MarkInfo;
}

export interface CumulativeStep {
	/** YYYY-MM-DD. */
	readonly date: string;
	/** Measures in force by the end of that day. */
	readonly count: number;
}

export interface SanctionsView extends ChartViewBase {
	readonly id: 'sanctions-over-time';
	/** Time axis extent, YYYY-MM-DD, inclusive. */
	readonly domain: readonly [string, string];
	/** Sectors with at least one measure shown, in the schema's order. */
	readonly lanes: readonly SanctionLane[];
	/** One mark per measure and lane, in date order. */
	readonly marks: readonly SanctionMark[];
	/** How many measures (not marks) are shown. */
	readonly measures: number;
	readonly cumulative: readonly CumulativeStep[];
}

export { ACTION_LABELS };

export function sectorLabel(s: Sector): string {
	const words = s.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whole years from the first to the last measure of the dataset, narrowed to the filter window. */
function timeDomain(all: readonly Sanction[], f: Filters): [string, string] {
	const starts = all.map((s) => s.date.start).sort();
	const ends = all.map((s) => s.date.end).sort();
	const first = `${(starts[0] ?? '2015').slice(0, 4)}-01-01`;
	const last = `${(ends.at(-1) ?? '2019').slice(0, 4)}-12-31`;
	return [f.from ?? first, f.to ?? last];
}

const TABLE_COLUMNS = [
	{ key: 'date', label: 'Date' },
	{ key: 'measure', label: 'Measure' },
	{ key: 'action', label: 'Action' },
	{ key: 'instrument', label: 'Instrument' },
	{ key: 'sectors', label: 'Sectors (lanes)' },
	{ key: 'record', label: 'Record' }
] as const;

export function sanctionsView(ds: Dataset, f: Filters): SanctionsView {
	const all = ds.sanctions.filter((s) => s.targetCountry.code === TARGET);
	const shown = applyFilters(ds, f)
		.sanctions.filter((s) => s.targetCountry.code === TARGET)
		.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
	// In lane order, so a measure's sectors read the same in the chart and the table.
	const laneSectors = (s: Sanction) => SECTORS.filter((x) => s.sectors.includes(x) && (!f.sectors.length || f.sectors.includes(x)));

	const marks: SanctionMark[] = shown.flatMap((s) => {
		const info = markInfo(ds, s, {
			title: s.title,
			value: `${ACTION_LABELS[s.action]}: ${s.instrument}; sectors: ${SECTORS.filter((x) => s.sectors.includes(x)).map(sectorLabel).join(', ').toLowerCase()}`,
			date: s.date.label
		});
		return laneSectors(s).map((sector) => ({
			key: `${s.id}:${sector}`,
			id: s.id,
			sector,
			action: s.action,
			start: s.date.start,
			end: s.date.end,
			info
		}));
	});

	const lanes: SanctionLane[] = SECTORS.flatMap((sector) => {
		const count = marks.filter((m) => m.sector === sector).length;
		return count ? [{ sector, label: sectorLabel(sector), count }] : [];
	});

	const cumulative: CumulativeStep[] = [];
	shown.forEach((s, i) => {
		const last = cumulative.at(-1);
		if (last && last.date === s.date.start) cumulative[cumulative.length - 1] = { date: last.date, count: i + 1 };
		else cumulative.push({ date: s.date.start, count: i + 1 });
	});

	const byAction = (a: SanctionAction) => shown.filter((s) => s.action === a).length;
	const first = shown[0];
	const last = shown.at(-1);
	const description =
		first && last
			? `${countPhrase(shown.length, 'US sanctions measure')} against Venezuela ${first === last ? `on ${first.date.label}` : `from ${first.date.label} to ${last.date.label}`}: ` +
				`${countsPhrase([
					[byAction('executive-order'), 'executive order'],
					[byAction('designation'), 'designation']
				])}. ` +
				`Measures by targeted sector: ${lanes.map((l) => `${l.label.toLowerCase()} ${l.count}`).join(', ')}.`
			: 'No US sanctions measures against Venezuela match these filters.';

	const table: ChartTable = {
		columns: TABLE_COLUMNS,
		rows: shown.map((s) => ({
			date: s.date.label,
			measure: s.title,
			action: ACTION_LABELS[s.action],
			instrument: s.instrument,
			sectors: laneSectors(s).map(sectorLabel).join(', '),
			record: s.id
		}))
	};

	return {
		id: 'sanctions-over-time',
		title: 'US sanctions on Venezuela, by targeted sector',
		subtitle: `${describeFilters(ds, f)}${notApplied(ds, f, 'sanctions are filtered by the sectors they target (sector), not by lending sector')}`,
		description,
		documents: citedDocuments(shown),
		table,
		domain: timeDomain(all, f),
		lanes,
		marks,
		measures: shown.length,
		cumulative
	};
}
