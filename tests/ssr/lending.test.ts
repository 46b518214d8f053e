import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LendingByCountry from '../../src/lib/charts/lending/LendingByCountry.svelte';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { lendingView, type LendingView } from '../../src/lib/data/views/lending.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { expectSnapshot } from './snapshot.ts';

const ds = loadDatasetFromDir('data');
const view = (f: Partial<Filters> = {}) => lendingView(ds, { ...NO_FILTERS, ...f });
const draw = (v: LendingView, width = 640) =>
	render(LendingByCountry, { props: { view: v, width } }).body.replace(/<!--[\s\S]*?-->/g, '');
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

describe('LendingByCountry', () => {
	it('draws the default view: news report bars, comparison marks, legend, region notes', () => {
		const v = view();
		const html = draw(v);
		expectSnapshot('lending-default.html', html);
		const marks = v.rows.reduce((n, r) => n + (r.bar ? 1 : 0) + r.comparisons.length, 0);
		// Every mark and every region note links to its record.
		expect(count(html, /<a href="\/records\//g)).toBe(marks + v.regionNotes.length);
		expect(count(html, /<a href="\/records\/wsws-2019-\w+"[^>]*>\s*<title>[^<]*<\/title>\s*<rect /g)).toBe(4);
		for (const label of ['$62 billion', '$42 billion', '$18 billion', '$17 billion'])
			expect(html).toContain(`>${label}</text>`);
		expect(html).toContain('no News report (Apr 2019) figure');
		expect(html).toContain('AidData 2000–2021: committed 2000–2021, constant 2021 US$');
		expect(html).toContain(
			'aria-label="Venezuela, News report (Apr 2019). $62 billion committed, dollar basis not stated. “over the past decade” (as reported)"'
		);
		expect(html).toContain(
			'<title>Venezuela, AidData 2000–2021. $112.9 billion committed, constant 2021 US$; a different quantity from the bar. 2000–2021</title>'
		);
		expect(html).toContain(
			'Latin America and the Caribbean: $7.7 billion lent, nominal US$; superseded by a later release, 2018 (CLFD 2018)'
		);
		// The chart is labelled by its title and described by the view's description.
		const id = /aria-label="Chinese lending by country" aria-describedby="([^"]+)" role="group"/.exec(html)?.[1];
		expect(id).toBeTruthy();
		expect(html).toContain(`<p id="${id}" class="visually-hidden svelte-`);
		expect(html).toContain(`>${v.description}</p>`);
		// Looks travel with the SVG: attributes, not classes.
		expect(html).toContain("font-family=\"'Source Sans 3'");
	});

	it('draws a chosen source with loan counts (source=clfd-2018)', () => {
		const html = draw(view({ source: 'clfd-2018' }));
		expectSnapshot('lending-source-clfd-2018.html', html);
		expect(html).toContain('>$3.5 billion (10 loans)</text>');
		expect(html).toContain('Bars: CLFD 2005–2017: committed 2005–2017, nominal US$');
	});

	it('draws a filtered view (country=VEN) at phone width without region notes', () => {
		const html = draw(view({ countries: ['VEN'] }), 360);
		expectSnapshot('lending-venezuela-360.html', html);
		expect(html).toContain('>$62 billion</text>');
		expect(html).not.toContain('Region-level figures');
	});

	it('drops the loan count from a value label that fits neither in nor after its bar at 320 px', () => {
		const html = draw(view({ source: 'clfd-2018', countries: ['VEN'] }), 320);
		expect(html).toMatch(/text-anchor="end" class="ll-on-mark" font-weight="600">\$62\.2 billion<\/text>/);
		expect(draw(view({ source: 'clfd-2018', countries: ['VEN'] }), 640)).toContain('>$62.2 billion (17 loans)</text>');
	});

	it('says so when nothing matches', () => {
		const html = draw(view({ countries: ['USA'] }));
		expect(html).toContain('No Chinese lending figures for a country match these filters.');
		expect(html).not.toContain('href="/records/');
	});

	it('escapes record text', () => {
		const v = view();
		const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
		const row = v.rows[0];
		if (!row?.bar) throw new Error('no bar');
		const bar = { ...row.bar, label: evil, info: { ...row.bar.info, title: evil, quote: evil } };
		const html = draw({ ...v, description: evil, rows: [{ ...row, name: evil, bar }, ...v.rows.slice(1)] });
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script>alert(1)&lt;/script>');
	});
});
