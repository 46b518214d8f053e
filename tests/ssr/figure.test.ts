/**
 * The exported figure, as the server renders it: Plot-style snapshots of every chart's SVG,
 * a mark in the file for every record the view draws, the region-level notes in the lending
 * figure, and one root <svg> with no HTML in it.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHARTS } from '../../src/lib/charts/registry.ts';
import { THEMES } from '../../src/lib/charts/theme.ts';
import { datasetChoices, parseFilters } from '../../src/lib/data/filters.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/data/query.ts';
import type { WorldMapChartView } from '../../src/lib/data/views/published.ts';
import { worldFeatures } from '../../src/lib/server/geo.ts';
import type { LendingView } from '../../src/lib/data/views/lending.ts';
import type { TimelineView } from '../../src/lib/data/views/timeline.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { resvgOptions } from '../../src/lib/server/export/png.ts';
import { renderFigure, type FigureOptions } from '../../src/lib/server/export/render.ts';
import { expectSnapshot } from './snapshot.ts';

const ds = loadDatasetFromDir('data');
// Fonts are left out of the snapshots: their bytes are tested in export-parts.test.ts.
const options: FigureOptions = {
	width: 1200,
	height: 675,
	theme: 'light',
	origin: 'http://lens.test',
	embedFonts: false
};
const figure = (chart: (typeof CHART_IDS)[number], f: Filters = NO_FILTERS, o: Partial<FigureOptions> = {}) =>
	renderFigure(ds, chart, f, { ...options, ...o });
const records = (svg: string) => [...svg.matchAll(/data-record="([^"]+)"/g)].map((m) => m[1] as string);
const tableRecords = (chart: (typeof CHART_IDS)[number], f: Filters = NO_FILTERS) =>
	CHARTS[chart]
		.view(ds, f)
		.table.rows.map((r) => ('record' in r ? r.record : r.id) as string | null)
		.filter((r) => r !== null);

describe('export figures', () => {
	it.each(CHART_IDS)('%s: snapshot at 1200x675', async (chart) => {
		expectSnapshot(`figure-${chart}.svg`, (await figure(chart)).svg);
	});

	it('lending, Venezuela, dark: snapshot', async () => {
		expectSnapshot(
			'figure-lending-by-country-VEN-dark.svg',
			(await figure('lending-by-country', { ...NO_FILTERS, countries: ['VEN'] }, { theme: 'dark' })).svg
		);
	});

	it.each(CHART_IDS)('%s is one SVG document with no HTML in it', async (chart) => {
		const { svg } = await figure(chart);
		const body = svg.replace(/^<\?xml[^>]*\?>\n/, '').replace(/<!--[\s\S]*?-->/g, '');
		expect(body.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(body.endsWith('</svg>')).toBe(true);
		expect(body).not.toMatch(/<(?:div|p|ul|li|span|button|input|details|figure|a)\b/);
		expect(body).not.toContain('layercake');
	});

	it('lending ranked, one lending sector (GCOF 1.0 projects, constant 2014 US$): snapshot', async () => {
		const f = parseFilters(
			new URLSearchParams('crs_sector=transport-and-storage&region=sub-saharan-africa'),
			datasetChoices(ds)
		).filters;
		const { svg } = await figure('lending-ranked', f);
		expectSnapshot('figure-lending-ranked-transport-and-storage.svg', svg);
		// The figure itself says what its bars are, so the file cannot be read as GCDF 3.0 totals.
		expect(svg).toContain('Transport and Storage');
		expect(svg).toContain('AidData GCOF 1.0');
		expect(svg).toContain('constant 2014 US$');
		expect(svg).not.toContain('constant 2021');
	});

	it.each(CHART_IDS.flatMap((c) => (['light', 'dark'] as const).map((t) => [c, t] as const)))(
		'%s, %s: carries its colours in its own <style>, a rule for every theme class it draws with',
		async (chart, theme) => {
			const { svg } = await figure(chart, NO_FILTERS, { theme });
			const style = /<style>([^<]*)<\/style>/.exec(svg)?.[1] ?? '';
			// Written-out values: librsvg and resvg ignore var().
			expect(style).not.toContain('var(');
			const defined = new Set([...style.matchAll(/\.([\w-]+)\{/g)].map((m) => m[1]));
			const used = [...svg.matchAll(/ class="([^"]*)"/g)]
				.flatMap((m) => (m[1] ?? '').split(/\s+/))
				.filter((c) => c.startsWith('ll-'));
			expect(used.length).toBeGreaterThan(10);
			expect(used.filter((c) => !defined.has(c))).toEqual([]);
			// Nothing colours a mark with a theme colour directly any more.
			const t = THEMES[theme];
			expect(svg).not.toMatch(new RegExp(`(fill|stroke)="(${t.text}|${t.muted}|${t.background})"`));
		}
	);

	it.each(['lending-by-country', 'lending-map', 'sanctions-over-time'] as const)(
		'%s: a mark for every record of the view',
		async (chart) => {
			const drawn = new Set(records((await figure(chart)).svg));
			expect(drawn).toEqual(new Set(tableRecords(chart)));
			const ven = { ...NO_FILTERS, countries: ['VEN'] };
			expect(new Set(records((await figure(chart, ven)).svg))).toEqual(new Set(tableRecords(chart, ven)));
		}
	);

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
		for (const c of lac.countries.filter((x) => x.inFocus && shapes.has(x.numeric)))
			expect(framed).toContain(c.info.id);
		for (const id of framed) expect(tableRecords('world-map')).toContain(id);
	});

	it('each figure of a published table names its publisher, release and licence in its source line', async () => {
		for (const [chart, licence] of [
			['lending-over-time', 'ODC-By-1.0'],
			['lending-ranked', 'ODC-By-1.0'],
			['world-map', 'ODC-By-1.0'],
			['debt-to-china', 'CC-BY-4.0']
		] as const) {
			const { text } = await figure(chart);
			expect(text.sourceLine).toMatch(
				new RegExp(`(AidData at William & Mary|World Bank)[^;]*licence ${licence.replace(/\./g, '\\.')}`)
			);
		}
	});

	it("timeline: its marks are the view's items and eras; given room, more of them", async () => {
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

	it("prints the dataset's date, so the same URL gives the same bytes on any day", async () => {
		const a = (await figure('sanctions-over-time')).svg;
		expect(a).toMatch(/data as of \d{1,2} [A-Z][a-z]{2} \d{4}/);
		expect(a).not.toMatch(/data as of \d{4}-/);
		expect((await figure('sanctions-over-time')).svg).toBe(a);
	});

	it('refuses a height too small for the chart, naming the parameter', async () => {
		await expect(figure('lending-by-country', NO_FILTERS, { width: 1200, height: 200 })).rejects.toThrow(
			/^height=200 is too small/
		);
	});

	it('refuses a height too small for the chart, naming the parameter (timeline too)', async () => {
		await expect(figure('timeline', NO_FILTERS, { width: 1200, height: 200 })).rejects.toThrow(
			/^height=200 is too small/
		);
	});
});

/** Every mark's group in a figure: its record and the text drawn in it. */
const markGroups = (svg: string) =>
	[...svg.matchAll(/<g data-record="([^"]+)">([\s\S]*?)<\/g>/g)].map((m) => ({
		id: m[1] as string,
		texts: [...(m[2] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => t[1] as string)
	}));
const keyText = (svg: string) =>
	[...(/<g data-key="">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
		.map((t) => t[1])
		.join(' · ');
const svgHeight = (svg: string) => Number(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);

describe('static figures show everything they summarise', () => {
	const cases: [string, Filters, Partial<FigureOptions>][] = [
		['default, free to grow', NO_FILTERS, { growTo: 4000 }],
		['default, 1200x675', NO_FILTERS, {}],
		['Venezuela, 800x600', { ...NO_FILTERS, countries: ['VEN'] }, { width: 800, height: 600 }],
		['a week of April 2019', { ...NO_FILTERS, from: '2019-04-08', to: '2019-04-14' }, {}],
		['at 400px', NO_FILTERS, { width: 400, height: 900, growTo: 1200 }]
	];

	it.each(cases)('timeline, %s: no control, no label cut, every mark labelled or in the key', async (_, f, o) => {
		const { svg } = await figure('timeline', f, o);
		expect(svg).not.toMatch(/role="button"|tabindex=/);
		// No "+N" chip, no "Fewer rows" control, no label shortened with an ellipsis.
		expect(svg).not.toMatch(/>\+\d+<\/text>/);
		expect(svg).not.toContain('Fewer rows');
		// (An ellipsis inside a quoted title is the source's own; a cut label ends with one.)
		expect(svg).not.toMatch(/…<\/text>/);
		const key = keyText(svg);
		const groups = markGroups(svg);
		expect(groups.length).toBeGreaterThan(0);
		for (const g of groups) {
			const label = g.texts.join(' ').replace(/ →$/, '');
			expect(label, `${g.id} has no label`).not.toBe('');
			if (/^\d+$/.test(label))
				expect(key, `${g.id}: number ${label} is not in the key`).toMatch(new RegExp(`(^| · )${label} \\S`));
		}
	});

	it('timeline: with room to grow, every item of the view is drawn and none is counted away', async () => {
		const view = CHARTS.timeline.view(ds, NO_FILTERS) as TimelineView;
		const { svg } = await figure('timeline', NO_FILTERS, { growTo: 4000 });
		expect(svg).not.toContain('listed at the permalink');
		const inFocus = view.lanes
			.flatMap((l) => l.items)
			.filter((i) => i.end >= view.focus.start && i.start <= view.focus.end);
		for (const i of inFocus) expect(records(svg)).toContain(i.id);
		expect(svgHeight(svg)).toBeGreaterThan(675);
	});

	it('timeline: held to 675px, the rows that do not fit are counted in words, in the singular for one', async () => {
		const { svg } = await figure('timeline');
		expect(svgHeight(svg)).toBeLessThanOrEqual(675);
		expect(svg).toMatch(/>\d+ more loan claims, listed at the permalink<\/text>/);
		expect(svg).not.toMatch(/>1 more [a-z ]+s, listed/);
		expect(svg).not.toMatch(/>0 more /);
	});

	it('a one-sector sanctions figure ends where its content does', async () => {
		const oil = { ...NO_FILTERS, sectors: ['oil'] as Filters['sectors'] };
		const { svg } = await figure('sanctions-over-time', oil);
		const h = svgHeight(svg);
		expect(h).toBeLessThan(675 * 0.7);
		// The footer is the last thing drawn, near the bottom edge.
		const ys = [...svg.matchAll(/<text [^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.max(...ys)).toBeGreaterThan(h - 40);
	});

	it('a narrow timeline free to grow is drawn, however tall it needs to be', async () => {
		const { svg } = await figure('timeline', NO_FILTERS, { width: 390, growTo: 4000 });
		expect(svgHeight(svg)).toBeGreaterThan(675);
		expect(svg).not.toContain('listed at the permalink');
	});

	it('timeline at 800x600: drawn within the height asked for, its lanes counted in words where rows do not fit', async () => {
		const { svg } = await figure('timeline', NO_FILTERS, { width: 800, height: 600 });
		// At most that height: like the sanctions chart, a figure ends where its content does.
		expect(svgHeight(svg)).toBeLessThanOrEqual(600);
		expect(svgHeight(svg)).toBeGreaterThan(400);
		// Every lane with items says how many, and where they are listed; nothing is drawn unaccounted.
		const view = CHARTS.timeline.view(ds, NO_FILTERS) as TimelineView;
		const counted = [...svg.matchAll(/>(\d+) more [a-z ]+, listed at the permalink<\/text>/g)].reduce(
			(n, m) => n + Number(m[1]),
			0
		);
		const inFocus = view.lanes
			.flatMap((l) => l.items)
			.filter((i) => i.end >= view.focus.start && i.start <= view.focus.end);
		expect(counted + records(svg).filter((r) => inFocus.some((i) => i.id === r)).length).toBeGreaterThanOrEqual(
			inFocus.length
		);
	});

	it('charts that fill their box keep the height asked for', async () => {
		for (const chart of ['lending-by-country', 'lending-map'] as const)
			expect(svgHeight((await figure(chart)).svg)).toBe(675);
	});
});

/** The lowest ink of everything drawn above the footer (title, subtitle, chart), by resvg. */
function bodyBottom(svg: string): { bottom: number; footerBaseline: number } {
	// The footer's lines are the texts after the chart's group, the last group of the root.
	const cut = svg.lastIndexOf('</g>') + '</g>'.length;
	const footerBaseline = Math.min(...[...svg.slice(cut).matchAll(/<text [^>]*y="([\d.]+)"/g)].map((m) => Number(m[1])));
	// Without the figure's background (a rect as large as the figure), whose box is everything.
	const body = `${svg.slice(0, cut).replace(/<rect width="\d+" height="\d+" class="ll-bg"><\/rect>/, '')}</svg>`;
	// Drawn, not boxed: a box would count what a clip path hides (the world map's other continents).
	const img = new Resvg(body, resvgOptions(1)).render();
	const { width, pixels } = img;
	let bottom = 0;
	for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) bottom = Math.floor((i - 3) / 4 / width) + 1;
	return { bottom, footerBaseline };
}

describe('the footer has its own room', () => {
	const sizes = [
		[1200, 675],
		[800, 600],
		[600, 500],
		[500, 400]
	] as const;
	it.each(CHART_IDS.flatMap((chart) => sizes.map(([w, h]) => [chart, w, h] as const)))(
		'%s at %ix%i: the chart ends above the source line, or the size is refused',
		async (chart, width, height) => {
			const fig = await figure(chart, NO_FILTERS, { width, height }).catch((e: Error) => e);
			if (fig instanceof Error) {
				expect(fig.message).toMatch(new RegExp(`^height=${height} is too small for this chart at width=${width}`));
				return;
			}
			const { bottom, footerBaseline } = bodyBottom(fig.svg);
			// The source line's capitals reach about 0.7 em (12 px type) above its baseline.
			expect(bottom).toBeLessThanOrEqual(footerBaseline - 9);
		}
	);
});
