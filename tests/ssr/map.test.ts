import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LendingMap from '../../src/lib/charts/map/LendingMap.svelte';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { mapView, type LendingMapView } from '../../src/lib/data/views/map.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { latinAmericaFeatures } from '../../src/lib/server/geo.ts';
import { expectSnapshot } from './snapshot.ts';

const ds = loadDatasetFromDir('data');
const features = latinAmericaFeatures();
const view = (f: Partial<Filters> = {}) => mapView(ds, { ...NO_FILTERS, ...f });
const draw = (v: LendingMapView, width = 640) =>
	render(LendingMap, { props: { view: v, features, width } }).body.replace(/<!--[\s\S]*?-->/g, '');
const count = (s: string, re: RegExp) => s.match(re)?.length ?? 0;

describe('LendingMap', () => {
	it('draws the default view: four shaded borrowers, their figures, links that pick countries', () => {
		const html = draw(view());
		expectSnapshot('map-default.html', html);
		expect(count(html, /<path d="M/g)).toBe(features.length);
		// Six borrowers link to the filter; the figures written on them are part of the country
		// (a click on "$62bn" picks Venezuela), not links of their own.
		expect(count(html, /<a href="\?country=/g)).toBe(6);
		expect(html).toContain(
			'<a href="?country=VEN" aria-label="Venezuela, News report (Apr 2019). $62 billion committed, dollar basis not stated. “over the past decade” (as reported). Show only Venezuela"'
		);
		expect(html).toContain('aria-label="Bolivia: no figure. Show only Bolivia"');
		expect(count(html, /<a href="\/records\//g)).toBe(0);
		expect(html).toContain('pointer-events="none" aria-hidden="true"');
		// Toggling a country keeps the reader's scroll position and focus.
		expect(html).toContain('data-sveltekit-noscroll="" data-sveltekit-keepfocus=""');
		// Nothing selected: nothing recedes.
		expect(html).not.toContain('fill-opacity="0.35"');
		for (const label of ['$62bn', '$42bn', '$18bn', '$17bn']) expect(html).toContain(`>${label}</text>`);
		expect(html).toContain('>no figure</text>');
		expect(html).toContain('Shading: News report (Apr 2019): committed');
	});

	it('draws a filtered view (AidData, Venezuela selected) with the selection outlined', () => {
		const html = draw(view({ source: 'aiddata-3', countries: ['VEN'] }));
		expectSnapshot('map-aiddata-venezuela.html', html);
		expect(html).toContain(
			'<a href="?source=aiddata-3" aria-label="Venezuela, AidData 2000–2021. $112.9 billion committed'
		);
		expect(html).toContain('href="?country=ARG,VEN&amp;source=aiddata-3"');
		expect(html).toContain('fill="none" class="ll-text-line" stroke-width="2" pointer-events="none"');
		// The five countries not selected recede; Venezuela keeps its full shade.
		expect(count(html, /fill-opacity="0.35"/g)).toBe(5);
		expect(html).toContain('>$138.8bn</text>');
	});

	it('leaves the ramp out of the legend when nothing is shaded', () => {
		const html = draw(view({ source: 'clfd-later' }));
		expect(html).toContain('>no figure</text>');
		expect(html).not.toContain('>$0</text>');
	});

	it('escapes record text', () => {
		const v = view();
		const evil = '<script>alert(1)</script>';
		const [first, ...rest] = v.countries;
		if (!first?.info) throw new Error('no figure');
		const html = draw({ ...v, countries: [{ ...first, name: evil, info: { ...first.info, title: evil } }, ...rest] });
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script>alert(1)&lt;/script>');
	});
});
