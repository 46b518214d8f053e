/**
 * The timeline rendered on the server at fixed widths, as a reader without JavaScript gets
 * it: lanes, marks, labels, axis and legend are in the HTML. The main `<svg>` (the figure an
 * export takes) is compared with SVG snapshots; the markup around it is checked for links,
 * controls and escaping.
 */
import { render } from 'svelte/server';
import { LIGHT, themeRules } from '../../src/lib/charts/theme.ts';
import { markLabel } from '../../src/lib/data/mark-info.ts';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { timelineView } from '../../src/lib/data/views/timeline.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import Timeline from '../../src/lib/timeline/Timeline.svelte';
import { expectSnapshot } from './snapshot.ts';

const ds = loadDatasetFromDir('data');
const all = timelineView(ds, NO_FILTERS);

type Props = Parameters<typeof render<typeof Timeline>>[1] extends { props?: infer P } | undefined ? P : never;
const html = (props: Props) => render(Timeline, { props }).body.replace(/<!--[\s\S]*?-->/g, '');
/** The main chart's `<svg>`, the first in the figure. */
const mainSvg = (markup: string) => /<svg[\s\S]*?<\/svg>/.exec(markup)?.[0] ?? '';
const hrefs = (markup: string) => [...markup.matchAll(/<a href="\/records\/([^"]+)"/g)].map((m) => m[1]);

describe('Timeline, server-rendered', () => {
	it('draws the full extent, 1980 to 2021: every lane, the era, the 1980s band and the 2019 cluster', () => {
		const out = html({ view: all, initialWindow: all.domain, width: 1200 });
		const svg = mainSvg(out);
		expectSnapshot('timeline-full-extent.svg', svg);
		// The article's "largest investor" claim is the one economic event.
		for (const lane of [
			'Political',
			'Diplomatic',
			'Military',
			'Economic',
			'Humanitarian',
			'Media',
			'US sanctions',
			'Chinese lending'
		]) {
			expect(svg).toContain(`>${lane}</text>`);
		}
		expect(svg).toContain('viewBox="0 0 1200 ');
		expect(hrefs(svg)).toEqual(
			expect.arrayContaining(['contra-funding', 'haiti-coup-2004', 'guaido-interim-claim', 'eo-13692'])
		);
		// Rows past the limit fold into a marker that opens the lane.
		expect(svg).toMatch(/role="button" tabindex="0" aria-label="\d+ more in Diplomatic: show every row"/);
		expect(svg).toContain('>1980</text>');
		expect(svg).toContain('Sanctions by first sector:');
		expect(svg).toContain("font-family=\"'Source Sans 3'");
		// Colours come from the theme's classes; every class a layer uses has a rule there.
		const rules = new Set(themeRules(LIGHT).map((r) => r.cls));
		const used = [...svg.matchAll(/class="([^"]*)"/g)]
			.flatMap((m) => (m[1] ?? '').split(/\s+/))
			.filter((c) => c.startsWith('ll-'));
		expect(used.length).toBeGreaterThan(0);
		expect(used.filter((c) => !rules.has(c))).toEqual([]);
	});

	it('zooms to the week of 8 April 2019: weekday ticks and labelled items', () => {
		const out = html({ view: all, initialWindow: { start: '2019-04-08', end: '2019-04-14' }, width: 1200 });
		const svg = mainSvg(out);
		expectSnapshot('timeline-week-2019-04-08.svg', svg);
		for (const day of ['Mon 8', 'Tue 9', 'Wed 10', 'Thu 11', 'Fri 12', 'Sat 13', 'Sun 14'])
			expect(svg).toContain(`>${day}</text>`);
		expect(svg).toContain('>April 2019</text>');
		expect(svg).toContain(
			'>At a White House meeting, Bolton orders the Pentagon to draw up military plans for Venezuela</text>'
		);
		expect(svg).toContain('>Mike Pompeo tours Chile, Paraguay, Peru and Colombia</text>');
		expect(svg).not.toContain('more in Diplomatic');
		expect(out).toContain('Showing 8 Apr 2019 – 14 Apr 2019');
	});

	it('draws a filtered view: the window shaded outside, the period in the fields, the brush drawn', () => {
		const f: Filters = { ...NO_FILTERS, kinds: ['diplomatic', 'military'], from: '2019-01-01', to: '2019-04-30' };
		const view = timelineView(ds, f);
		const out = html({ view, width: 960 });
		const svg = mainSvg(out);
		expectSnapshot('timeline-filtered.svg', svg);
		expect(svg).toContain('>Diplomatic</text>');
		expect(svg).not.toContain('>Political</text>');
		expect(hrefs(svg)).not.toContain('contra-funding');
		expect(out).toContain('name="from" min="1980-01-01" max="2021-12-31" value="2019-01-01"');
		expect(out).toContain('value="2019-04-30"');
		expect(out).toContain('Showing 1 Jan 2019 – 30 Apr 2019');
	});

	it('puts lane names above lanes at 360px, inside the width', () => {
		const out = html({ view: all, width: 360 });
		const svg = mainSvg(out);
		expectSnapshot('timeline-360.svg', svg);
		expect(svg).toContain('viewBox="0 0 360 ');
		const xs = [...svg.matchAll(/<text x="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(360);
	});

	it('makes every mark a link with a label and a no-script tooltip', () => {
		const svg = mainSvg(html({ view: all, width: 1200 }));
		const links = [...svg.matchAll(/<a href="\/records\/[^"]+" aria-label="([^"]+)"[^>]*>\s*<title>([^<]+)<\/title>/g)];
		expect(links.length).toBe(hrefs(svg).length);
		// The timeline opens on 2017-2021, where the records are dense.
		const info = all.lanes.flatMap((l) => l.items).find((i) => i.id === 'ofac-2019-01-28-pdvsa')!.info;
		expect(svg).toContain(`<a href="/records/ofac-2019-01-28-pdvsa" aria-label="${markLabel(info)}"`);
		// The evidence travels with the mark, for the embed widget's tooltip.
		expect(svg).toContain(`data-quote="${info.quote}"`);
		expect(markLabel(info)).toContain('28 Jan 2019');
	});

	it('renders the controls, disabled until scripts run, and a plain form for the period', () => {
		const out = html({ view: all, width: 960 });
		for (const b of ['Zoom in', 'Zoom out', 'Reset', 'All years'])
			expect(out).toMatch(new RegExp(`<button type="button"[^>]*disabled[^>]*>${b}</button>`));
		expect(out).toContain('<form class="period');
		expect(out).toMatch(/<form[^>]*method="get"/);
		expect(out).toContain('<button type="submit">Apply period</button>');
		expect(out).toContain('All years, 1980 to 2021: drag across to select a period');
	});

	it('escapes record text', () => {
		const hostile = '<img src=x onerror=alert(1)> & "quoted"';
		const evil = {
			...ds,
			events: ds.events.map((e) => (e.id === 'cnn-reports-pentagon-plans' ? { ...e, title: hostile } : e))
		};
		const out = html({
			view: timelineView(evil, NO_FILTERS),
			initialWindow: { start: '2019-04-08', end: '2019-04-21' },
			width: 1200
		});
		expect(out).not.toContain('<img');
		expect(out).toContain('&lt;img src=x onerror=alert(1)> &amp; "quoted"');
		expect(out).toContain('aria-label="&lt;img src=x onerror=alert(1)> &amp; &quot;quoted&quot;');
	});
});
