/**
 * The filters the published tables' views add (region, flow class, show=all) and how a view of
 * the tables reads the dashboard's filters: one case per rule.
 */
import { describe, expect, it } from 'vitest';
import { applyFilters, describeFilters, filtersToQuery, NO_FILTERS, parseFilters } from '../../src/lib/data/filters.ts';
import { DEFAULT_REGION, mapFocusOf, tableScopeOf } from '../../src/lib/data/filters-tables.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');
const series = ds.series.map((s) => s.id);
const parse = (q: string) => parseFilters(new URLSearchParams(q), { series });

describe('parseFilters: region, flow class, show', () => {
	it.each([
		['region=latin-america-caribbean', { ...NO_FILTERS, regions: ['latin-america-caribbean'] }],
		[
			'region=Sub-Saharan-Africa,east-asia-pacific',
			{ ...NO_FILTERS, regions: ['east-asia-pacific', 'sub-saharan-africa'] }
		],
		['region=world', { ...NO_FILTERS, regions: ['world'] }],
		['flow_class=oof-like,ODA-like', { ...NO_FILTERS, flowClasses: ['oda-like', 'oof-like'] }],
		['flow_class=vague&flow_class=vague', { ...NO_FILTERS, flowClasses: ['vague'] }],
		['show=all', { ...NO_FILTERS, showAll: true }],
		['from=2005&to=2017', { ...NO_FILTERS, from: '2005-01-01', to: '2017-12-31' }]
	])('?%s', (q, filters) => {
		expect(parse(q)).toEqual({ filters, notices: [] });
	});

	it.each([
		[
			'region=atlantis',
			'region',
			/^region=atlantis was ignored: expected one of world, east-asia-pacific, .*latin-america-caribbean/
		],
		['region=constructor', 'region', /^region=constructor was ignored/],
		['flow_class=loan', 'flow_class', /^flow_class=loan was ignored: expected one of oda-like, oof-like, vague\.$/],
		['show=everything', 'show', /^show=everything was ignored: expected all\.$/],
		['from=2017&to=2005', 'from', /is after to=2005; the time window was ignored/]
	])('?%s is ignored with a notice naming %s', (q, param, message) => {
		const { filters, notices } = parse(q);
		expect(filters).toEqual(NO_FILTERS);
		expect(notices).toHaveLength(1);
		expect(notices[0]!.param).toBe(param);
		expect(notices[0]!.message).toMatch(message);
	});

	it('names world combined with a region, and keeps the region', () => {
		const { filters, notices } = parse('region=world,south-asia');
		expect(filters.regions).toEqual(['south-asia']);
		expect(notices.map((n) => n.message)).toEqual([
			'region=world was ignored: it cannot be combined with other regions.'
		]);
	});

	it('keeps the good values when some are bad', () => {
		const { filters, notices } = parse('region=south-asia,mars&flow_class=vague,grant');
		expect(filters).toMatchObject({ regions: ['south-asia'], flowClasses: ['vague'] });
		expect(notices.map((n) => n.param)).toEqual(['region', 'flow_class']);
	});

	it('round-trips through the URL in a stable order', () => {
		const q = '?country=VEN&region=south-asia&flow_class=oda-like,vague&from=2005-01-01&show=all';
		const { filters } = parse('show=all&flow_class=vague,oda-like&from=2005&region=south-asia&country=VEN');
		expect(filtersToQuery(filters)).toBe(q);
		expect(parse(q.slice(1)).filters).toEqual(filters);
	});

	it('describes region and flow class in words', () => {
		expect(describeFilters(ds, parse('region=latin-america-caribbean&flow_class=oof-like').filters)).toBe(
			'Latin America & Caribbean; flow classes: oof-like'
		);
		expect(describeFilters(ds, parse('region=world').filters)).toBe('the world');
	});
});

describe('applyFilters: region', () => {
	it('keeps the records of the region’s countries, and loans to the region itself', () => {
		const lac = applyFilters(ds, parse('region=latin-america-caribbean').filters);
		expect(lac.loans.length).toBe(
			ds.loans.filter((l) => l.borrower || l.borrowerRegion === 'latin-america-caribbean').length
		);
		expect(lac.sanctions.length).toBeGreaterThan(0);
		const asia = applyFilters(ds, parse('region=south-asia').filters);
		expect(asia.loans.every((l) => l.borrower?.code !== 'VEN')).toBe(true);
		expect(asia.sanctions.filter((s) => s.targetCountry.code === 'VEN')).toEqual([]);
	});

	it('region=world filters nothing', () => {
		expect(applyFilters(ds, parse('region=world').filters)).toEqual(applyFilters(ds, NO_FILTERS));
	});
});

describe('tableScopeOf and mapFocusOf', () => {
	it.each([
		['', { regions: [DEFAULT_REGION], countries: [], flowClasses: [], from: null, to: null }, DEFAULT_REGION],
		['region=world', { regions: [], countries: [], flowClasses: [], from: null, to: null }, null],
		['country=KEN', { regions: [], countries: ['KEN'], flowClasses: [], from: null, to: null }, null],
		[
			'region=south-asia&flow_class=oof-like',
			{ regions: ['south-asia'], countries: [], flowClasses: ['oof-like'], from: null, to: null },
			'south-asia'
		],
		[
			'region=south-asia,east-asia-pacific',
			{ regions: ['east-asia-pacific', 'south-asia'], countries: [], flowClasses: [], from: null, to: null },
			null
		],
		// A window reaches a year's figure when it meets that year.
		[
			'from=2005-07-01&to=2017-03',
			{ regions: [DEFAULT_REGION], countries: [], flowClasses: [], from: 2005, to: 2017 },
			DEFAULT_REGION
		]
	])('?%s', (q, scope, focus) => {
		const f = parse(q).filters;
		expect(tableScopeOf(f)).toEqual(scope);
		expect(mapFocusOf(f)).toBe(focus);
	});
});
