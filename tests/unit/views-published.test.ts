/**
 * The published tables' chart views: what each mark sums and cites, that figures of another
 * basis or measure are marks beside the bars and never added to them, the rest of a ranking
 * one link away, and every view naming its tables' publisher, release and licence.
 */
import { describe, expect, it } from 'vitest';
import { datasetChoices, NO_FILTERS, parseFilters } from '../../src/lib/data/filters.ts';
import {
	citedRows,
	debtChart,
	lendingOverTimeChart,
	lendingRankedChart,
	sourceTitles,
	worldMapChart
} from '../../src/lib/data/views/published.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { parseRowList } from '../../src/lib/data/tables/row-list.ts';

const ds = loadDatasetFromDir('data');
const f = (q: string) => parseFilters(new URLSearchParams(q), { series: ds.series.map((s) => s.id) }).filters;
const rowsOf = (href: string) => {
	const list = parseRowList(new URL(href, 'http://x').searchParams.get('r') ?? '', Infinity, Infinity);
	if (!list.ok) throw new Error(list.error);
	return list.rows;
};

describe('lending over time', () => {
	it('stacks the world figures, one cell per segment, and adds no comparison to a bar', () => {
		const v = lendingOverTimeChart(ds, f('region=world'));
		expect(v.years.map((y) => y.year)).toEqual(Array.from({ length: 22 }, (_, i) => 2000 + i));
		for (const y of v.years) {
			const world = ds.tables.worldYears.filter((w) => w.year === y.year);
			expect(y.total).toBeCloseTo(
				world.reduce((s, w) => s + w.usd, 0),
				0
			);
			for (const s of y.segments) expect(s.info.evidenceCount).toBe(1);
		}
		// The CLFD's figures are for Latin America: not on the world's chart.
		expect(v.comparisons).toEqual([]);
		expect(v.documents).toEqual(['aiddata-gcdf-3-yearly-flows']);
	});

	it('for Latin America, sums its countries and sets the CLFD annual figures beside the bars, in their own dollars', () => {
		const v = lendingOverTimeChart(ds, NO_FILTERS);
		const y2010 = v.years.find((y) => y.year === 2010)!;
		const ecu = ds.tables.countryYears.filter(
			(r) => r.year === 2010 && ['ARG', 'BRA', 'ECU', 'VEN'].includes(r.country)
		);
		expect(y2010.total).toBeGreaterThan(ecu.reduce((s, r) => s + r.usd, 0) - 1);
		const seg = y2010.segments.find((s) => s.flowClass === 'oof-like')!;
		expect(seg.info.evidenceCount).toBeGreaterThan(1);
		expect(seg.info.href).toMatch(/^\/sources\/aiddata-gcdf-3-country-years\/rows\?r=\d+(-\d+)?(,\d+(-\d+)?)*$/);
		expect(v.comparisons.length).toBeGreaterThan(0);
		for (const c of v.comparisons) {
			expect(ds.loans.find((l) => l.id === c.id)?.dollars).toBe('nominal');
			expect(v.table.rows.find((r) => r.record === c.id)?.dollars).toBe('nominal US$');
		}
		expect(v.subtitle).toMatch(/Constant 2021 US dollars.*nominal US dollars/);
	});

	it('says the flow classes chosen in the words of the legend, on every chart that takes them', () => {
		const q = f('flow_class=oda-like,vague&region=world');
		for (const v of [lendingOverTimeChart(ds, q), lendingRankedChart(ds, q), worldMapChart(ds, q)]) {
			expect(v.subtitle, v.id).toContain('ODA-like (aid), Vague (official finance not classified)');
			expect(v.subtitle, v.id).not.toContain('oda-like');
		}
	});

	it('frames the map on every member of the focus region, whichever of them the other filters leave a figure', () => {
		const all = worldMapChart(ds, f('region=latin-america-caribbean'));
		expect(all.frame).toContain('862');
		expect(all.frame).not.toContain('024');
		const inFocus = (v: typeof all) => v.countries.filter((c) => c.inFocus).length;
		for (const q of ['flow_class=vague', 'from=2020&to=2021', 'crs_sector=education']) {
			const narrowed = worldMapChart(
				ds,
				parseFilters(new URLSearchParams(`region=latin-america-caribbean&${q}`), datasetChoices(ds)).filters
			);
			expect(inFocus(narrowed), q).toBeLessThan(inFocus(all));
			expect(narrowed.frame, q).toEqual(all.frame);
		}
		expect(worldMapChart(ds, f('region=world')).frame).toEqual([]);
	});

	it('keeps only the flow classes and years asked for', () => {
		const v = lendingOverTimeChart(ds, f('flow_class=vague&from=2010&to=2012'));
		expect(v.years.map((y) => y.year)).toEqual([2010, 2011, 2012]);
		expect(v.years.flatMap((y) => y.segments.map((s) => s.flowClass))).toEqual(expect.arrayContaining(['vague']));
		expect(new Set(v.years.flatMap((y) => y.segments.map((s) => s.flowClass)))).toEqual(new Set(['vague']));
	});
});

describe('lending by country, every borrower', () => {
	it('draws the first 15 of Latin America by default, ranked, and the rest on show=all', () => {
		const v = lendingRankedChart(ds, NO_FILTERS);
		expect(v.rows).toHaveLength(15);
		expect(v.total).toBeGreaterThan(15);
		expect(v.rows.map((r) => r.usd)).toEqual([...v.rows.map((r) => r.usd)].sort((a, b) => b - a));
		expect(v.toggleQuery).toBe('?show=all');
		const all = lendingRankedChart(ds, f('show=all'));
		expect(all.rows).toHaveLength(v.total);
		expect(all.toggleQuery).toBe('?');
	});

	it('cites every country-year cell of a borrower’s sum, and sets other sources’ figures apart', () => {
		const v = lendingRankedChart(ds, f('country=VEN'));
		const ven = v.rows[0]!;
		const cells = ds.tables.countryYears.filter((r) => r.country === 'VEN');
		expect(ven.usd).toBeCloseTo(
			cells.reduce((s, r) => s + r.usd, 0),
			0
		);
		expect(ven.info.evidenceCount).toBe(cells.length);
		expect(new Set(rowsOf(ven.info.href))).toEqual(new Set(cells.map((c) => c.evidence.row)));
		expect(ven.comparisons.length).toBeGreaterThan(0);
		expect(ven.comparisons.every((c) => ds.loans.find((l) => l.id === c.id)?.series !== 'aiddata-3')).toBe(true);
	});
});

describe('the world map', () => {
	it('frames Latin America by default and keeps every recipient with a figure', () => {
		const v = worldMapChart(ds, NO_FILTERS);
		expect(v.focus).toBe('latin-america-caribbean');
		expect(v.countries.some((c) => !c.inFocus)).toBe(true);
		expect(v.maxUsd).toBe(Math.max(...v.countries.filter((c) => c.inFocus).map((c) => c.usd)));
		expect(worldMapChart(ds, f('region=world')).focus).toBeNull();
	});

	it('sends each country’s sum and a link to its cells, not the cells themselves', () => {
		const v = worldMapChart(ds, f('region=world'));
		const ven = v.countries.find((c) => c.code === 'VEN')!;
		const cells = ds.tables.countryYears.filter((r) => r.country === 'VEN');
		expect(Object.keys(ven).sort()).toEqual(['code', 'inFocus', 'info', 'name', 'numeric', 'usd']);
		expect(ven.info.evidenceCount).toBe(cells.length);
		expect(new Set(rowsOf(ven.info.href))).toEqual(new Set(cells.map((c) => c.evidence.row)));
		// The whole view, every recipient's figure included, is a few tens of kilobytes.
		expect(JSON.stringify(v).length).toBeLessThan(100_000);
	});
});

describe('debt owed to China', () => {
	it('shows one African debtor, or the aggregate with a note naming why', () => {
		const ken = debtChart(ds, f('country=KEN'));
		expect(ken.debtor).toBe('Kenya');
		expect(ken.note).toBeNull();
		for (const l of ken.lines) for (const p of l.points) expect(p.info.evidenceCount).toBe(1);
		const ven = debtChart(ds, f('country=VEN'));
		expect(ven.debtor).toBe('Africa (excluding high income)');
		expect(ven.note).toMatch(/African debtors only; VEN is not one of them/);
	});

	it('cites for each point the cell of its creditor group', () => {
		const v = debtChart(ds, f('country=KEN'));
		for (const l of v.lines) {
			const p = l.points.at(-1)!;
			const [row] = rowsOf(p.info.href);
			const cell = ds.tables.debt.find((d) => d.debtor === 'KEN' && d.year === p.year && d.creditor === l.creditor)!;
			expect(row).toBe(cell.evidence.row);
			expect(p.usd).toBe(cell.usd);
		}
	});
});

describe('sources and cited rows', () => {
	it('names each table’s publisher, release and licence', () => {
		const titles = sourceTitles(ds);
		for (const v of [
			lendingOverTimeChart(ds, NO_FILTERS),
			lendingRankedChart(ds, NO_FILTERS),
			worldMapChart(ds, NO_FILTERS),
			debtChart(ds, NO_FILTERS)
		]) {
			const tables = v.documents.filter((id) => ds.datasets.some((d) => d.id === id));
			expect(tables.length).toBeGreaterThan(0);
			for (const id of tables) expect(titles[id]).toMatch(/licence (ODC-By-1\.0|CC-BY-4\.0)\)$/);
		}
	});

	it('lists the cited cells of the rows asked for, each the file’s text between its offsets', () => {
		const cell = ds.tables.countryYears[10]!.evidence;
		const rows = citedRows(ds, cell.table, [cell.row]);
		expect(rows).toHaveLength(1);
		expect(rows[0]!.cells).toContainEqual({ column: cell.column, text: cell.text, start: cell.start, end: cell.end });
		expect(citedRows(ds, cell.table, [999_999])).toEqual([]);
	});
});
