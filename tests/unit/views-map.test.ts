import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { mapView } from '../../src/lib/data/views/map.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { latinAmericaFeatures } from '../../src/lib/server/geo.ts';

const ds = loadDatasetFromDir('data');
const view = (f: Partial<Filters> = {}) => mapView(ds, { ...NO_FILTERS, ...f });
const shading = (v: ReturnType<typeof view>) => v.countries.map((c) => [c.code, c.amountUsd]);

describe('mapView', () => {
	it('shades borrowers by the news report’s figures by default; the rest have no figure', () => {
		const v = view();
		expect(shading(v)).toEqual([
			['VEN', 62_000_000_000],
			['BRA', 42_000_000_000],
			['ARG', 18_000_000_000],
			['ECU', 17_000_000_000],
			['BOL', null],
			['DOM', null]
		]);
		expect(v.maxUsd).toBe(62_000_000_000);
		expect(v.countries.find((c) => c.code === 'BOL')).toMatchObject({ label: 'no figure', info: null });
		expect(v.countries[0]).toMatchObject({ numeric: '862', name: 'Venezuela', label: '$62 billion' });
		expect(v.countries[0]?.info?.href).toBe('/records/wsws-2019-ven');
	});

	it('shades by the chosen series', () => {
		expect(shading(view({ source: 'clfd-2019' })).filter(([, a]) => a !== null)).toEqual([
			['VEN', 5_000_000_000],
			['DOM', 600_000_000]
		]);
		expect(view({ source: 'aiddata-3' }).maxUsd).toBe(138_800_000_000);
		expect(view({ source: 'aiddata-3' }).source.scope).toBe(
			'AidData 2000–2021: committed 2000–2021, constant 2021 US$'
		);
	});

	it('links each country to the same view with it toggled in the country filter', () => {
		const none = view();
		expect(none.countries.find((c) => c.code === 'VEN')).toMatchObject({
			selected: false,
			toggleHref: '?country=VEN',
			toggleLabel: 'Show only Venezuela'
		});
		const ven = view({ countries: ['VEN'], source: 'aiddata-3', from: '2000-01-01' });
		expect(ven.countries.find((c) => c.code === 'VEN')).toMatchObject({
			selected: true,
			toggleHref: '?from=2000-01-01&source=aiddata-3',
			toggleLabel: 'Remove Venezuela from the selection'
		});
		expect(ven.countries.find((c) => c.code === 'BRA')).toMatchObject({
			selected: false,
			toggleHref: '?country=BRA,VEN&from=2000-01-01&source=aiddata-3',
			toggleLabel: 'Add Brazil to the selection'
		});
		expect(view({ countries: ['VEN'] }).countries.find((c) => c.code === 'VEN')?.toggleHref).toBe('?');
	});

	it('keeps every country pickable under a country filter, and a selected country with no figure', () => {
		expect(view({ countries: ['VEN'] }).countries).toHaveLength(6);
		const chl = view({ countries: ['CHL'] }).countries.find((c) => c.code === 'CHL');
		expect(chl).toMatchObject({ selected: true, amountUsd: null, toggleHref: '?' });
	});

	it('has a table of the countries shown and a description with their values', () => {
		const v = view();
		expect(v.table.rows[0]).toEqual({
			country: 'Venezuela',
			amount: '$62 billion',
			amount_usd: 62_000_000_000,
			period: 'over the past decade',
			selected: 'no',
			record: 'wsws-2019-ven'
		});
		expect(v.table.rows).toHaveLength(6);
		expect(v.description).toBe(
			'Countries shaded by News report (Apr 2019) figures: Venezuela $62 billion, Brazil $42 billion, Argentina $18 billion, Ecuador $17 billion. No News report (Apr 2019) figure for Bolivia, Dominican Republic.'
		);
	});
});

describe('latinAmericaFeatures', () => {
	const features = latinAmericaFeatures();
	it('has the region’s countries keyed by ISO numeric code, and nothing from elsewhere', () => {
		const ids = features.filter((f) => !f.properties.context).map((f) => f.id);
		for (const code of ['862', '076', '032', '218', '068', '214', '484', '192']) expect(ids).toContain(code);
		for (const code of ['840', '124', '250', '156']) expect(ids).not.toContain(code);
	});

	it('keeps French Guiana as a context shape (part of France at 1:110m)', () => {
		const france = features.find((f) => f.id === '250');
		expect(france?.properties.context).toBe(true);
		expect(france?.geometry.type).toBe('MultiPolygon');
		const coords = france?.geometry.type === 'MultiPolygon' ? france.geometry.coordinates.flat(2) : [];
		expect(coords.every(([lon = 0]) => lon > -60 && lon < -50)).toBe(true);
	});

	it('stays small for the page', () => {
		expect(JSON.stringify(features).length).toBeLessThan(40_000);
	});
});
