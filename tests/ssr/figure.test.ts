/**
 * The exported figure, as the server renders it: Plot-style snapshots of every chart's SVG,
 * a mark in the file for every record the view draws, the region-level notes in the lending
 * figure, and one root <svg> with no HTML in it.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHARTS } from '../../src/lib/charts/registry.ts';
import { parseFilters } from '../../src/lib/data/filters.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/data/query.ts';
import type { WorldMapChartView } from '../../src/lib/data/views/published.ts';
import { worldFeatures } from '../../src/lib/server/geo.ts';
import type { LendingView } from '../../src/lib/data/views/lending.ts';
import type { TimelineView } from '../../src/lib/data/views/timeline.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { renderFigure, type FigureOptions } from '../../src/lib/server/export/render.ts';
import { expectSnapshot } from './snapshot.ts';

const ds = loadDatasetFromDir('data');
// Fonts are left out of the snapshots: their bytes are tested in export-parts.test.ts.
const options: FigureOptions = { width: 1200, height: 675, theme: 'light', origin: 'http://lens.test', embedFonts: false };
const figure = (chart: (typeof CHART_IDS)[number], f: Filters = NO_FILTERS, o: Partial<FigureOptions> = {}) => renderFigure(ds, chart, f, { ...options, ...o });
const records = (svg: string) => [...svg.matchAll(/data-record="([^"]+)"/g)].map((m) => m[1] as string);
const tableRecords = (chart: (typeof CHART_IDS)[number], f: Filters = NO_FILTERS) =>
	CHARTS[chart].view(ds, f).table.rows.map((r) => ('record' in r ? r.record : r.id) as string | null).filter((r) => r !== null);

describe('export figures', () => {
	it.each(CHART_IDS)('%s: snapshot at 1200x675', async (chart) => {
		expectSnapshot(`figure-${chart}.svg`, (await figure(chart)).svg);
	});

	it('lending, Venezuela, dark: snapshot', async () => {
		expectSnapshot('figure-lending-by-country-VEN-dark.svg', (await figure('lending-by-country', { ...NO_FILTERS, countries: ['VEN'] }, { theme: 'dark' })).svg);
	});

	it.each(CHART_IDS)('%s is one SVG document with no HTML in it', async (chart) => {
		const { svg } = await figure(chart);
		const body = svg.replace(/^<\?xml[^>]*\?>\n/, '').replace(/<!--[\s\S]*?-->/g, '');
		expect(body.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(body.endsWith('</svg>')).toBe(true);
		expect(body).not.toMatch(/<(?:div|p|ul|li|span|button|input|details|figure|a)\b/);
		expect(body).not.toContain('layercake');
	});

	it.each(['lending-by-country', 'lending-map', 'sanctions-over-time'] as const)('%s: a mark for every record of the view', async (chart) => {
		const drawn = new Set(records((await figure(chart)).svg));
		expect(drawn).toEqual(new Set(tableRecords(chart)));
		const ven = { ...NO_FILTERS, countries: ['VEN'] };
		expect(new Set(records((await figure(chart, ven)).svg))).toEqual(new Set(tableRecords(chart, ven)));
	});

	it.each([
		['lending-over-time', ''],
		['lending-over-time', 'region=world&flow_class=oof-like'],
		['lending-ranked', ''],
		['lending-ranked', 'region=sub-saharan-africa&show=all'],
		['debt-to-china', ''],
		['debt-to-china', 'country=KEN']
	] as const)('%s ?%s: a mark for every record of the view', async (chart, q) => {
		const f = parseFilters(new URLSearchParams(q), { series: ds.series.map((s) => s.id) }).filters;
		const drawn = records((await figure(chart, f, { height: 1400 })).svg);
		expect(drawn.length).toBeGreaterThan(0);
		expect(new Set(drawn)).toEqual(new Set(tableRecords(chart, f)));
	});

	it('world-map: every recipient with a shape is a mark, framed or not; each names the cells it sums', async () => {
		const f = { ...NO_FILTERS, regions: ['world'] };
		const { svg } = await figure('world-map', f);
		const drawn = new Set(records(svg));
		const view = CHARTS['world-map'].view(ds, f) as WorldMapChartView;
		const shapes = new Set(worldFeatures().map((x) => x.id));
		const expected = view.countries.filter((c) => shapes.has(c.numeric)).map((c) => c.info.id);
		expect(expected.length).toBeGreaterThan(100);
		expect(drawn).toEqual(new Set(expected));
		// Framed on a region, only what the frame shows is a mark, and every country of the region is.
		const lac = CHARTS['world-map'].view(ds, NO_FILTERS) as WorldMapChartView;
		const framed = new Set(records((await figure('world-map')).svg));
		for (const c of lac.countries.filter((x) => x.inFocus && shapes.has(x.numeric))) expect(framed).toContain(c.info.id);
		for (const id of framed) expect(tableRecords('world-map')).toContain(id);
	});

	it('each figure of a published table names its publisher, release and licence in its source line', async () => {
		for (const [chart, licence] of [['lending-over-time', 'ODC-By-1.0'], ['lending-ranked', 'ODC-By-1.0'], ['world-map', 'ODC-By-1.0'], ['debt-to-china', 'CC-BY-4.0']] as const) {
			const { text } = await figure(chart);
			expect(text.sourceLine).toMatch(new RegExp(`(AidData at William & Mary|World Bank)[^;]*licence ${licence.replace(/\./g, '\\.')}`));
		}
	});

	it('timeline: its marks are the view\'s items and eras; given room, more of them', async () => {
		const view = CHARTS.timeline.view(ds, NO_FILTERS) as TimelineView;
		const known = new Set([...view.lanes.flatMap((l) => l.items.map((i) => i.id)), ...view.eras.map((e) => e.id)]);
		const { svg } = await figure('timeline');
		const drawn = new Set(records(svg));
		expect(drawn.size).toBeGreaterThan(10);
		for (const id of drawn) expect(known).toContain(id);
		const tall = await figure('timeline', NO_FILTERS, { height: 1400 });
		expect(new Set(records(tall.svg)).size).toBeGreaterThan(drawn.size);
	});

	it('the lending figure holds the region-level figures the page lists under the chart', async () => {
		const view = CHARTS['lending-by-country'].view(ds, NO_FILTERS) as LendingView;
		expect(view.regionNotes.length).toBeGreaterThan(0);
		const { svg } = await figure('lending-by-country');
		expect(svg).toContain('Region-level figures, not drawn as country bars:');
		for (const n of view.regionNotes) {
			expect(records(svg)).toContain(n.id);
			expect(svg).toContain(n.text.replace(/&/g, '&amp;').split(' ').slice(0, 4).join(' '));
		}
	});

	it('prints the dataset\'s date, so the same URL gives the same bytes on any day', async () => {
		const a = (await figure('sanctions-over-time')).svg;
		expect(a).toMatch(/data as of \d{4}-\d{2}-\d{2}/);
		expect((await figure('sanctions-over-time')).svg).toBe(a);
	});

	it('refuses a height too small for the chart, naming the parameter', async () => {
		await expect(figure('lending-by-country', NO_FILTERS, { width: 1200, height: 200 })).rejects.toThrow(/^height=200 is too small/);
	});
});
