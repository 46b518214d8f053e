/**
 * The views of the published tables, on the fixture tables: stacks by flow class, every
 * borrower ranked, the world map with a region focus, debt owed to China, and the scope read
 * from the URL. Figures of other releases and bases stay comparison marks, never summed in.
 */
import { describe, expect, it } from 'vitest';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { parseTableScope, WHOLE_WORLD, type TableScope } from '../../src/lib/data/tables/scope.ts';
import { debtView } from '../../src/lib/data/views/debt-to-china.ts';
import { lendingOverTimeView } from '../../src/lib/data/views/lending-over-time.ts';
import { lendingRankedView } from '../../src/lib/data/views/lending-ranked.ts';
import { worldMapView } from '../../src/lib/data/views/world-map.ts';
import { tablesFixtureDataset } from '../fixtures/tables/dataset.ts';

const ds = tablesFixtureDataset();
// Loaded once, outside any test's time limit.
const real = loadDatasetFromDir('data');
const scope = (s: Partial<TableScope>): TableScope => ({ ...WHOLE_WORLD, ...s });

describe('parseTableScope', () => {
	it.each([
		['', WHOLE_WORLD, []],
		['region=latin-america-caribbean', scope({ regions: ['latin-america-caribbean'] }), []],
		['flow_class=oof-like,oda-like', scope({ flowClasses: ['oda-like', 'oof-like'] }), []],
		['from=2005&to=2017-12-31', scope({ from: 2005, to: 2017 }), []],
		['country=ven', scope({ countries: ['VEN'] }), []],
		['region=narnia', WHOLE_WORLD, ['region']],
		['flow_class=loan', WHOLE_WORLD, ['flow_class']],
		['from=2017&to=2005', WHOLE_WORLD, ['from']],
		['from=soon', WHOLE_WORLD, ['from']],
		['country=XXX', WHOLE_WORLD, ['country']]
	])('%s', (query, expected, noticed) => {
		const r = parseTableScope(new URLSearchParams(query));
		expect(r.scope).toEqual(expected);
		expect(r.notices.map((n) => n.param)).toEqual(noticed);
	});
});

describe('lending over time', () => {
	it('the world: the world file, stacked by flow class in a fixed order', () => {
		const v = lendingOverTimeView(ds, WHOLE_WORLD);
		expect(v.source).toBe('world');
		expect(v.years.map((y) => [y.year, y.segments.map((s) => [s.flowClass, s.y0, s.y1])])).toEqual([
			[
				2010,
				[
					['oda-like', 0, 750_000_000.51],
					['oof-like', 750_000_000.51, 2_250_000_000.51],
					['vague', 2_250_000_000.51, 2_250_000_000.51]
				]
			],
			[
				2011,
				[
					['oda-like', 0, 0],
					['oof-like', 0, 2_000_000_000],
					['vague', 2_000_000_000, 2_000_000_000]
				]
			]
		]);
		expect(v.sourceLine).toMatch(/^AidData, GCDF 3\.0\. Licence: ODC-By-1\.0/);
	});

	it('a region: the sum of its countries, each segment naming the cells summed', () => {
		const v = lendingOverTimeView(ds, scope({ regions: ['latin-america-caribbean'] }));
		expect(v.source).toBe('countries');
		expect(v.years.map((y) => [y.year, y.total])).toEqual([
			[2010, 1_500_000_000.5],
			[2011, 2_000_000_000]
		]);
		const oda = v.years[0]!.segments.find((s) => s.flowClass === 'oda-like')!;
		expect(oda.evidence.map((e) => [e.key, e.column, e.text])).toEqual([
			['ccode 101, year 2010', 'oda_amt', '500000000.5']
		]);
	});

	it('flow classes and years narrow the stack', () => {
		const v = lendingOverTimeView(ds, scope({ countries: ['VEN'], flowClasses: ['oof-like'], from: 2011 }));
		expect(v.years.map((y) => [y.year, y.segments.map((s) => s.flowClass), y.total])).toEqual([
			[2011, ['oof-like'], 2_000_000_000]
		]);
	});

	it("on the real data, the CLFD's annual figures for the region are comparison marks, not stacked", () => {
		const v = lendingOverTimeView(real, scope({ regions: ['latin-america-caribbean'] }));
		expect(v.comparisons.map((c) => [c.year, c.record])).toEqual(
			expect.arrayContaining([[2018, 'clfd-2019-lac-2018']])
		);
		const y2018 = v.years.find((y) => y.year === 2018)!;
		expect(y2018.total).toBe(y2018.segments.reduce((a, s) => a + s.usd, 0));
	});
});

describe('lending by country, every borrower', () => {
	it('ranks all borrowers in scope; the rest stay reachable; other sources are comparisons', () => {
		const v = lendingRankedView(ds, WHOLE_WORLD, 1);
		expect(v.top.map((c) => [c.rank, c.code, c.usd])).toEqual([[1, 'VEN', 3_500_000_000.5]]);
		expect(v.rest.map((c) => [c.rank, c.code, c.usd])).toEqual([[2, 'BRA', 250_000_000]]);
		expect(v.top[0]!.comparisons.map((c) => c.record)).toEqual(['paper-ven', 'db-ven']);
	});

	it('a region keeps only its members', () => {
		expect(lendingRankedView(ds, scope({ regions: ['latin-america-caribbean'] })).top.map((c) => c.code)).toEqual([
			'VEN'
		]);
	});
});

describe('the world map', () => {
	it('keeps every country, marks the focus region, scales to the focus', () => {
		const v = worldMapView(ds, WHOLE_WORLD, 'latin-america-caribbean');
		expect(v.countries.map((c) => [c.code, c.numeric, c.inFocus])).toEqual([
			['BRA', '076', false],
			['VEN', '862', true]
		]);
		expect(v.max).toBe(3_500_000_000.5);
	});
});

describe('debt owed to China', () => {
	it('one debtor: stocks by creditor group, each with its cell; no share without every group', () => {
		const v = debtView(ds, 'AGO')!;
		expect(v.years).toEqual([
			expect.objectContaining({
				year: 2017,
				stocks: { 'china-bilateral': 20_390_000_000, 'china-private': null, other: 30_000_000_000 },
				chinaShare: null
			})
		]);
		expect(v.years[0]!.evidence.map((e) => e.row)).toEqual([1, 2]);
		expect(v.sourceLine).toMatch(/World Bank, IDS\. Licence: CC-BY-4\.0/);
	});

	it('an unknown debtor has no view', () => expect(debtView(ds, 'FRA')).toBeNull());

	it('on the real data, the aggregate: China’s share where every group is given', () => {
		const v = debtView(real, null)!;
		expect(v.debtor).toBe('Africa (excluding high income)');
		const y = v.years.find((x) => x.year === 2020)!;
		expect(y.chinaShare).toBeGreaterThan(0);
		expect(y.chinaShare).toBeLessThan(1);
		expect(v.debtors[0]).toEqual({ code: null, name: 'Africa (excluding high income)' });
	});
});
