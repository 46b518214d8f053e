/**
 * The exported figure, as the server renders it: Plot-style snapshots of every chart's SVG,
 * a mark in the file for every record the view draws, the region-level notes in the lending
 * figure, and one root <svg> with no HTML in it.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHARTS } from '../../src/lib/charts/registry.ts';
import { THEMES } from '../../src/lib/charts/theme.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/data/query.ts';
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

	it.each(CHART_IDS.flatMap((c) => (['light', 'dark'] as const).map((t) => [c, t] as const)))(
		'%s, %s: carries its colours in its own <style>, a rule for every theme class it draws with',
		async (chart, theme) => {
			const { svg } = await figure(chart, NO_FILTERS, { theme });
			const style = /<style>([^<]*)<\/style>/.exec(svg)?.[1] ?? '';
			// Written-out values: librsvg and resvg ignore var().
			expect(style).not.toContain('var(');
			const defined = new Set([...style.matchAll(/\.([\w-]+)\{/g)].map((m) => m[1]));
			const used = [...svg.matchAll(/ class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)).filter((c) => c.startsWith('ll-'));
			expect(used.length).toBeGreaterThan(10);
			expect(used.filter((c) => !defined.has(c))).toEqual([]);
			// Nothing colours a mark with a theme colour directly any more.
			const t = THEMES[theme];
			expect(svg).not.toMatch(new RegExp(`(fill|stroke)="(${t.text}|${t.muted}|${t.background})"`));
		}
	);

	it.each(['lending-by-country', 'lending-map', 'sanctions-over-time'] as const)('%s: a mark for every record of the view', async (chart) => {
		const drawn = new Set(records((await figure(chart)).svg));
		expect(drawn).toEqual(new Set(tableRecords(chart)));
		const ven = { ...NO_FILTERS, countries: ['VEN'] };
		expect(new Set(records((await figure(chart, ven)).svg))).toEqual(new Set(tableRecords(chart, ven)));
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
