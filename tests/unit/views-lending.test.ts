import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { DEFAULT_SOURCE, lendingView } from '../../src/lib/data/views/lending.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');
const view = (f: Partial<Filters> = {}) => lendingView(ds, { ...NO_FILTERS, ...f });
const bars = (v: ReturnType<typeof view>) =>
	v.rows.flatMap((r) => (r.bar ? [[r.code, r.bar.amountUsd, r.bar.label]] : []));

describe('lendingView', () => {
	it('draws the news report’s four figures as bars by default, in exact dollars, largest first', () => {
		const v = view();
		expect(v.source).toBe(DEFAULT_SOURCE);
		expect(bars(v)).toEqual([
			['VEN', 62_000_000_000, '$62 billion'],
			['BRA', 42_000_000_000, '$42 billion'],
			['ARG', 18_000_000_000, '$18 billion'],
			['ECU', 17_000_000_000, '$17 billion']
		]);
	});

	it('keeps borrowers with figures only in other series, after the bars, with comparison marks only', () => {
		const v = view();
		expect(v.rows.map((r) => r.code)).toEqual(['VEN', 'BRA', 'ARG', 'ECU', 'BOL', 'DOM']);
		const bol = v.rows.find((r) => r.code === 'BOL');
		expect(bol?.bar).toBeNull();
		expect(bol?.comparisons.map((c) => [c.series, c.amountUsd])).toEqual([['clfd-2018', 3_500_000_000]]);
	});

	it('draws every other series’ figure for Venezuela as a comparison mark, never merged', () => {
		const ven = view().rows.find((r) => r.code === 'VEN');
		expect(ven?.comparisons.map((c) => [c.series, c.amountUsd])).toEqual([
			['clfd-2018', 62_200_000_000],
			['clfd-2019', 5_000_000_000],
			['aiddata-3', 112_900_000_000],
			['hrt-debt-stock', 34_480_000_000]
		]);
	});

	it('draws the chosen source as bars: CLFD 2005-2017 gives five bars with loan counts', () => {
		const v = view({ source: 'clfd-2018' });
		expect(bars(v).map(([c]) => c)).toEqual(['VEN', 'BRA', 'ARG', 'ECU', 'BOL']);
		expect(v.rows.map((r) => r.bar?.loanCount ?? null)).toEqual([17, 12, 11, 13, 10, null]);
		expect(v.rows.find((r) => r.code === 'BOL')?.bar?.label).toBe('$3.5 billion (10 loans)');
		expect(v.rows.find((r) => r.code === 'VEN')?.comparisons.map((c) => c.amountUsd)).toContain(62_000_000_000);
		expect(v.series[0]).toMatchObject({ id: 'clfd-2018', role: 'bars' });
	});

	it('states each series’ period, measure and dollars in the legend, and whether it is the bars’ quantity', () => {
		const scopes = Object.fromEntries(view().series.map((s) => [s.id, s.scope]));
		expect(scopes).toEqual({
			'wsws-2019-article':
				'News report (Apr 2019): committed “over the past decade” (as reported), dollar basis not stated',
			'clfd-2018': 'CLFD 2005–2017: committed 2005–2017, nominal US$ (the same quantity as the bars)',
			'clfd-2019': 'CLFD 2018: lent in 2018, nominal US$ (another quantity)',
			'aiddata-3': 'AidData 2000–2021: committed 2000–2021, constant 2021 US$ (another quantity)',
			'hrt-debt-stock': 'Debt owed, end 2017: owed at the end of 2017, nominal US$ (another quantity)'
		});
		expect(view({ source: 'aiddata-3' }).series.find((s) => s.id === 'clfd-2018')?.quantity).toBe('other');
	});

	it('prefers a current figure for a bar, and marks a superseded one wherever it is shown', () => {
		const v = view({ source: 'clfd-2019' });
		const ven = v.rows.find((r) => r.code === 'VEN');
		expect(ven?.bar).toMatchObject({ id: 'clfd-2019-ven-2018', superseded: true });
		expect(ven?.bar?.info.value).toContain('superseded by a later release');
		expect(v.table.rows.find((r) => r.record === 'clfd-2019-ven-2018')?.status).toBe('superseded');
		expect(v.table.rows.find((r) => r.record === 'clfd-2018-ven')?.status).toBe('current');
		expect(v.description).toMatch(/3 figures were superseded by a later release/);
	});

	it('lists region-level figures as notes, not as country rows', () => {
		const v = view();
		expect(v.regionNotes.map((n) => n.id)).toEqual([
			'clfd-2019-lac-2018',
			'clfd-later-lac-2018',
			'clfd-later-lac-2019',
			'clfd-later-lac-2020',
			'clfd-later-lac-2021'
		]);
		expect(v.regionNotes[0]?.text).toBe(
			'Latin America and the Caribbean: $7.7 billion lent, nominal US$; superseded by a later release, 2018 (CLFD 2018)'
		);
		expect(v.regionNotes.map((n) => n.superseded)).toEqual([true, false, false, false, false]);
		expect(v.regionNotes[3]?.text).toContain('none lent');
		expect(v.rows.some((r) => r.code === '' || r.name.startsWith('Latin'))).toBe(false);
	});

	it('describes each mark with its value, date at its precision, first quote and document', () => {
		const ven = view().rows[0];
		expect(ven?.bar?.info).toEqual({
			id: 'wsws-2019-ven',
			href: '/records/wsws-2019-ven',
			title: 'Venezuela, News report (Apr 2019)',
			value: '$62 billion committed, dollar basis not stated',
			date: '“over the past decade” (as reported)',
			quote: 'lending $62 billion to Venezuela over the past decade',
			source: 'Pentagon ordered to draft military plans to counter Russia and China in Venezuela',
			evidenceCount: 1
		});
		const clfd = ven?.comparisons[0]?.info;
		expect(clfd?.value).toBe('$62.2 billion committed in 17 loans, nominal US$; the same quantity as the bar');
		expect(ven?.comparisons.find((c) => c.series === 'aiddata-3')?.info.value).toBe(
			'$112.9 billion committed, constant 2021 US$; a different quantity from the bar'
		);
		expect(clfd?.date).toBe('2005–2017');
	});

	it('has a table of exactly the marks and notes shown', () => {
		const v = view();
		const marks = v.rows.reduce((n, r) => n + (r.bar ? 1 : 0) + r.comparisons.length, 0);
		expect(v.table.rows).toHaveLength(marks + v.regionNotes.length);
		expect(v.table.columns.map((c) => c.key)).toEqual([
			'borrower',
			'series',
			'shown_as',
			'amount',
			'amount_usd',
			'measure',
			'period',
			'dollars',
			'loans',
			'status',
			'record'
		]);
		expect(v.table.rows[0]).toEqual({
			borrower: 'Venezuela',
			series: 'News report (Apr 2019)',
			shown_as: 'bar',
			amount: '$62 billion',
			amount_usd: 62_000_000_000,
			measure: 'commitments',
			period: '“over the past decade” (as reported)',
			dollars: 'unspecified',
			loans: null,
			status: 'current',
			record: 'wsws-2019-ven'
		});
		expect(v.table.rows.filter((r) => r.shown_as === 'note')).toHaveLength(5);
	});

	it('says the main values in its description and names the documents it cites', () => {
		const v = view();
		expect(v.description).toContain(
			'Venezuela $62 billion, Brazil $42 billion, Argentina $18 billion, Ecuador $17 billion'
		);
		expect(v.description).toContain('5 region-level figures');
		expect(v.documents).toEqual(['wsws-2019-04-17-pentagon-venezuela', 'ref-china-lac-lending']);
		expect(v.subtitle).toBe('All records; bars: World Socialist Web Site, 17 April 2019');
		expect(v.maxUsd).toBe(138_800_000_000);
	});

	it.each([
		[{ countries: ['VEN'] }, ['VEN'], 0],
		[{ countries: ['BOL', 'DOM'] }, ['BOL', 'DOM'], 0],
		[{ countries: ['USA'] }, [], 0],
		// Undated ("over the past decade") figures stay whatever the window; 2005-2017 ones do not reach 2019.
		[{ from: '2019-01-01', to: '2019-04-30' }, ['VEN', 'BRA', 'ARG', 'ECU'], 1],
		[{ from: '2018-01-01', to: '2018-12-31' }, ['VEN', 'BRA', 'ARG', 'ECU', 'DOM'], 2]
	] as const)('filters %j to rows %j with %i region notes', (f, codes, notes) => {
		const v = view(f);
		expect(v.rows.map((r) => r.code)).toEqual(codes);
		expect(v.regionNotes).toHaveLength(notes);
	});

	it('shows the chosen series with no country figure in the legend and no bars', () => {
		const v = view({ source: 'clfd-later' });
		expect(v.rows.every((r) => r.bar === null)).toBe(true);
		expect(v.series[0]).toMatchObject({ id: 'clfd-later', role: 'bars' });
		expect(v.description).toContain('CLFD revised has no country figures under these filters.');
	});

	it('falls back to the first series when the dataset has no news report series', () => {
		const small = loadDatasetFromDir('tests/fixtures/minimal');
		const v = lendingView(small, NO_FILTERS);
		expect(v.source).toBe(small.series[0]?.id);
		expect(v.rows).toHaveLength(1);
	});
});
