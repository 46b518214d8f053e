import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SanctionsOverTime from '../../src/lib/charts/sanctions/SanctionsOverTime.svelte';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { sanctionsView, type SanctionsView } from '../../src/lib/data/views/sanctions.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { expectSnapshot } from './snapshot.ts';

const ds = loadDatasetFromDir('data');
const view = (f: Partial<Filters> = {}) => sanctionsView(ds, { ...NO_FILTERS, ...f });
const draw = (v: SanctionsView, width = 640) =>
	render(SanctionsOverTime, { props: { view: v, width } }).body.replace(/<!--[\s\S]*?-->/g, '');
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

describe('SanctionsOverTime', () => {
	it('draws the default view: 2015-2019, a lane per sector, a mark per measure and lane', () => {
		const v = view();
		const html = draw(v);
		expectSnapshot('sanctions-default.html', html);
		expect(count(html, /<a href="\/records\//g)).toBe(18);
		expect(count(html, /<a href="\/records\/ofac-2019-04-05-shipping"/g)).toBe(2);
		for (const lane of [
			'Oil (5)',
			'Mining (2)',
			'Banking (3)',
			'Shipping (2)',
			'Government debt (2)',
			'Officials (1)'
		]) {
			expect(html).toContain(`>${lane}</text>`);
		}
		for (const year of ['2015', '2016', '2017', '2018', '2019']) expect(html).toContain(`>${year}</text>`);
		expect(html).toContain('>13 measures in all</text>');
		expect(html).toContain('aria-label="US sanctions on Venezuela, by targeted sector"');
		expect(html).toContain(
			'<title>PdVSA designated; about $7 billion of its assets blocked. Designation: Designation under Executive Order 13850; sectors: oil. 28 Jan 2019</title>'
		);
	});

	it('draws a filtered view (sector=oil,shipping, Jan-Apr 2019) with month ticks', () => {
		const html = draw(view({ sectors: ['oil', 'shipping'], from: '2019-01-01', to: '2019-04-30' }));
		expectSnapshot('sanctions-oil-shipping-2019.html', html);
		expect(count(html, /<a href="\/records\//g)).toBe(6);
		expect(html).toContain('>Feb</text>');
		expect(html).not.toContain('Banking');
	});

	it('keeps tick labels apart at phone width', () => {
		const html = draw(view(), 360);
		expectSnapshot('sanctions-default-360.html', html);
		const ticks = [
			...html.matchAll(/<text x="([\d.-]+)" y="[\d.]+" dy="0.71em" text-anchor="\w+" class="ll-muted">(\d{4})<\/text>/g)
		];
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		expect(ticks.length).toBeLessThanOrEqual(4);
		const xs = ticks.map((m) => Number(m[1]));
		xs.slice(1).forEach((x, i) => expect(x - (xs[i] ?? 0)).toBeGreaterThan(40));
	});

	it('escapes record text', () => {
		const v = view();
		const evil = '<script>alert(1)</script>';
		const first = v.marks[0];
		if (!first) throw new Error('no mark');
		const html = draw({ ...v, marks: [{ ...first, info: { ...first.info, title: evil } }, ...v.marks.slice(1)] });
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script>alert(1)&lt;/script>');
	});
});
