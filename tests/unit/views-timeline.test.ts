/**
 * The timeline's view from the real dataset: lanes, items at their dates and precision
 * shapes, loans "as reported", eras, filters, and the table behind the chart.
 */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { denseWindow, timelineView, yearsAsReported, type TimelineItem } from '../../src/lib/data/views/timeline.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');
const all = timelineView(ds, NO_FILTERS);
const items = (v = all) => v.lanes.flatMap((l) => l.items);
const item = (id: string, v = all): TimelineItem | undefined => items(v).find((i) => i.id === id);
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

describe('lanes', () => {
	it('has a lane per event kind with events, then sanctions and lending', () => {
		expect(all.id).toBe('timeline');
		expect(all.lanes.map((l) => l.id)).toEqual([
			'political',
			'diplomatic',
			'military',
			'economic',
			'humanitarian',
			'media',
			'sanctions',
			'lending'
		]);
		expect(all.lanes.map((l) => l.label)).toContain('US sanctions');
	});

	it('holds every event, sanctions measure and loan claim once', () => {
		expect(items().length).toBe(ds.events.length + ds.sanctions.length + ds.loans.length);
		expect(new Set(items().map((i) => i.id)).size).toBe(items().length);
	});

	it('reads event lanes by date', () => {
		for (const lane of all.lanes.filter((l) => l.id !== 'lending')) {
			const starts = lane.items.map((i) => i.start);
			expect(starts).toEqual([...starts].sort());
		}
	});
});

describe('dates at their precision', () => {
	it.each([
		['guaido-sworn-in', 'political', '2019-01-23', '2019-01-23', 'day', 'point'],
		['white-house-meeting', 'military', '2019-04-08', '2019-04-14', 'week', 'span'],
		['pompeo-tour', 'diplomatic', '2019-04-11', '2019-04-15', 'range', 'span'],
		['haiti-coup-2004', 'political', '2004-01-01', '2004-12-31', 'year', 'span'],
		['contra-funding', 'military', '1980-01-01', '1989-12-31', 'decade', 'band'],
		['eo-13692', 'sanctions', '2015-03-08', '2015-03-08', 'day', 'point'],
		['clfd-2018-ven', 'lending', '2005-01-01', '2017-12-31', 'range', 'span'],
		['clfd-2019-ven-2018', 'lending', '2018-01-01', '2018-12-31', 'year', 'span'],
		// A debt stock is what was owed at the end of its period: a point on its last day.
		['hrt-ven-2017', 'lending', '2017-12-31', '2017-12-31', 'day', 'point']
	])('%s: %s lane, %s to %s, %s as a %s', (id, lane, start, end, precision, shape) => {
		expect(item(id)).toMatchObject({ lane, start, end, precision, shape });
	});

	it('colours a sanction by its first sector', () => {
		expect(item('eo-13808')?.sector).toBe('government-debt');
		expect(item('guaido-sworn-in')?.sector).toBeNull();
		expect(all.sectors).toContain('oil');
	});
});

describe('loans given only a period in words', () => {
	it('are drawn over the decade before the article, marked as reported, never as an exact period', () => {
		const wsws = item('wsws-2019-ven');
		expect(wsws).toMatchObject({
			shape: 'as-reported',
			precision: 'as-reported',
			start: '2009-04-18',
			end: '2019-04-17'
		});
		expect(wsws?.label).toBe(
			'News report (Apr 2019), Venezuela: $62 billion committed “over the past decade” (as reported), dollar basis not stated'
		);
		expect(wsws?.info.date).toBe('“over the past decade” (as reported)');
		expect(all.notes).toEqual([]);
	});

	it.each([
		['over the past decade', 10],
		['in the last 5 years', 5],
		['over the past year', 1],
		['recently', null],
		['since 2005', null]
	])('"%s" reaches back %s years', (words, years) => {
		expect(yearsAsReported(words)).toBe(years);
	});

	it('are listed in a note when the words give no length', () => {
		const vague = {
			...ds,
			loans: ds.loans.map((l) => (l.id === 'wsws-2019-bra' ? { ...l, periodAsReported: 'in recent years' } : l))
		};
		const v = timelineView(vague, NO_FILTERS);
		expect(item('wsws-2019-bra', v)).toBeUndefined();
		expect(v.notes).toEqual(['Brazil: $42 billion “in recent years”, as reported, with no period that can be drawn.']);
		expect(v.table.rows.some((r) => r.id === 'wsws-2019-bra')).toBe(true);
	});
});

describe('eras and extent', () => {
	it('runs an open era to the end of the data', () => {
		expect(all.domain).toEqual({ start: '1980-01-01', end: '2021-12-31' });
		expect(all.eras).toHaveLength(1);
		expect(all.eras[0]).toMatchObject({
			id: 'guaido-interim-claim',
			start: '2019-01-23',
			end: '2021-12-31',
			open: true
		});
		expect(all.eras[0]?.info).toMatchObject({ value: 'Labelled period', date: 'From 23 Jan 2019, no end recorded' });
	});

	it('opens on the years where items are dense', () => {
		expect(all.focus).toEqual({ start: '2017-01-01', end: '2021-12-31' });
		expect(denseWindow([])).toBeNull();
		expect(denseWindow([{ start: '2019-04-08', end: '2019-04-14' }])).toEqual({
			start: '2019-01-01',
			end: '2019-12-31'
		});
	});
});

describe('filters', () => {
	it('applies the time window to dated items, keeps the overview and the domain whole', () => {
		const v = timelineView(ds, filters({ from: '2019-04-08', to: '2019-04-14' }));
		for (const i of items(v).filter((x) => x.shape !== 'as-reported')) {
			expect(i.end >= '2019-04-08' && i.start <= '2019-04-14').toBe(true);
		}
		expect(item('contra-funding', v)).toBeUndefined();
		expect(item('white-house-meeting', v)).toBeDefined();
		// The article's claims have no exact period, so no window can exclude them.
		expect(item('wsws-2019-ven', v)).toBeDefined();
		expect(v.domain).toEqual(all.domain);
		expect(v.overview).toHaveLength(all.overview.length);
		expect(v.window).toEqual({ from: '2019-04-08', to: '2019-04-14' });
		expect(v.focus).toEqual({ start: '2019-04-08', end: '2019-04-14' });
		expect(v.eras.map((e) => e.id)).toEqual(['guaido-interim-claim']);
		expect(v.subtitle).toContain('8 Apr 2019 to 14 Apr 2019');
	});

	it('keeps only the chosen event kinds; sanctions and lending stay', () => {
		const v = timelineView(ds, filters({ kinds: ['diplomatic'] }));
		expect(v.lanes.map((l) => l.id)).toEqual(['diplomatic', 'sanctions', 'lending']);
		expect(v.overview.every((m) => !['political', 'military'].includes(m.lane))).toBe(true);
	});

	it('filters by country and sector', () => {
		const v = timelineView(ds, filters({ countries: ['BRA'], sectors: ['mining'] }));
		expect(
			items(v)
				.filter((i) => i.lane === 'lending')
				.every((i) => i.info.title.startsWith('Brazil'))
		).toBe(true);
		expect(v.lanes.find((l) => l.id === 'sanctions')).toBeUndefined();
	});

	it('says so when nothing matches', () => {
		const v = timelineView(ds, filters({ countries: ['FRA'] }));
		expect(v.lanes).toEqual([]);
		expect(v.description).toBe('No events, sanctions or loan claims match the filters.');
	});
});

describe('marks and table', () => {
	it('describes each item with its record link, quote and source', () => {
		const info = item('cnn-reports-pentagon-plans')?.info;
		expect(info).toMatchObject({
			id: 'cnn-reports-pentagon-plans',
			href: '/records/cnn-reports-pentagon-plans',
			date: '15 Apr 2019'
		});
		expect(info?.quote).toContain('CNN reported late Monday');
		expect(info?.source).toBe('Pentagon ordered to draft military plans to counter Russia and China in Venezuela');
		expect(info?.evidenceCount).toBe(2);
		// Loans are described as the lending chart describes them; a debt stock is dated where it is drawn.
		expect(item('hrt-ven-2017')?.info).toMatchObject({ date: 'end of 2017', title: 'Venezuela, Debt owed, end 2017' });
		expect(item('hrt-ven-2017')?.info.value).toContain('$34.48 billion debt owed');
		expect(item('hrt-ven-2017')?.label).toBe(
			'Debt owed, end 2017, Venezuela: $34.48 billion owed at the end of 2017, nominal US$'
		);
	});

	// A loan bar says which figure it is: series, borrower, amount, measure, its whole period and its dollars.
	it.each([
		['aiddata-3-ven', 'AidData 2000–2021, Venezuela: $112.9 billion committed 2000–2021, constant 2021 US$'],
		['clfd-2018-ven', 'CLFD 2005–2017, Venezuela: $62.2 billion committed 2005–2017, nominal US$'],
		['clfd-2019-ven-2018', 'CLFD 2018, Venezuela: $5 billion lent in 2018, nominal US$']
	])('labels the loan bar %s "%s"', (id, label) => {
		expect(item(id)?.label).toBe(label);
	});

	it('leaves counts of zero out of its description, and says one in the singular', () => {
		const sanctionsOnly = timelineView(ds, {
			...NO_FILTERS,
			kinds: [],
			countries: [],
			from: '2015-03-08',
			to: '2015-03-08'
		});
		expect(sanctionsOnly.description).toMatch(/^1 sanctions measure and \d+ loan claims from /);
		expect(sanctionsOnly.description).not.toMatch(/\b0 /);
	});

	it('lists every item and era in the table, with lane, date, title and record', () => {
		expect(all.table.columns.map((c) => c.key)).toEqual(['lane', 'date', 'title', 'value', 'id']);
		expect(all.table.rows).toHaveLength(items().length + all.eras.length);
		expect(all.table.rows).toContainEqual(
			expect.objectContaining({ lane: 'Military', date: 'week of 8 Apr 2019', id: 'white-house-meeting' })
		);
		expect(all.table.rows[0]).toMatchObject({ lane: 'Eras', id: 'guaido-interim-claim' });
	});

	it('cites the documents of the records shown', () => {
		expect([...all.documents].sort()).toEqual(ds.documents.map((d) => d.id).sort());
		expect(all.description).toMatch(/^30 events, 13 sanctions measures and 24 loan claims from 1980 to 2021/);
	});
});
