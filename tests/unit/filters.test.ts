import { describe, expect, it } from 'vitest';
import {
	applyFilters,
	boundNotices,
	describeFilters,
	filtersToQuery,
	MAX_NOTICES,
	NO_FILTERS,
	parseFilters,
	refusal
} from '../../src/lib/data/filters.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');
const series = ds.series.map((s) => s.id);
const parse = (q: string, alsoAllowed: string[] = []) => parseFilters(new URLSearchParams(q), { series, alsoAllowed });

describe('parseFilters', () => {
	it.each([
		['', NO_FILTERS],
		['country=VEN', { ...NO_FILTERS, countries: ['VEN'] }],
		['country=ven,BRA', { ...NO_FILTERS, countries: ['BRA', 'VEN'] }],
		['country=VEN&country=BRA&country=VEN', { ...NO_FILTERS, countries: ['BRA', 'VEN'] }],
		['sector=oil,Shipping', { ...NO_FILTERS, sectors: ['oil', 'shipping'] }],
		['kind=media', { ...NO_FILTERS, kinds: ['media'] }],
		['from=2019&to=2019-04', { ...NO_FILTERS, from: '2019-01-01', to: '2019-04-30' }],
		['from=2019-04-08', { ...NO_FILTERS, from: '2019-04-08' }],
		['source=aiddata-3', { ...NO_FILTERS, source: 'aiddata-3' }]
	])('?%s', (q, filters) => {
		expect(parse(q)).toEqual({ filters, notices: [] });
	});

	it.each([
		['country=XYZ', 'country', /country=XYZ was ignored: "XYZ" is not an ISO 3166-1 alpha-3 country code/],
		['country=Venezuela', 'country', /three capital letters/],
		['sector=tourism', 'sector', /sector=tourism was ignored: expected one of oil, mining/],
		['kind=gossip', 'kind', /kind=gossip was ignored/],
		['from=2019-02-30', 'from', /from=2019-02-30 was ignored: "2019-02-30" is not a real calendar day/],
		['from=2019-05&to=2019-04', 'from', /is after to=2019-04; the time window was ignored/],
		['source=imf', 'source', /source=imf was ignored: expected one of wsws-2019-article/],
		['colour=red', 'colour', /Unknown parameter "colour" was ignored/],
		['<script>=1', '<script>', /Unknown parameter "<script>" was ignored/]
	])('?%s is ignored with a notice naming %s', (q, param, message) => {
		const { filters, notices } = parse(q);
		expect(filters).toEqual(NO_FILTERS);
		expect(notices).toHaveLength(1);
		expect(notices[0]!.param).toBe(param);
		expect(notices[0]!.message).toMatch(message);
	});

	it('keeps the good values when some are bad', () => {
		const { filters, notices } = parse('country=VEN,XXX&kind=media,nope');
		expect(filters).toMatchObject({ countries: ['VEN'], kinds: ['media'] });
		expect(notices.map((n) => n.param)).toEqual(['country', 'kind']);
	});

	it('accepts parameters a page declares', () => {
		expect(parse('theme=dark', ['theme']).notices).toEqual([]);
	});
});

describe('boundNotices', () => {
	const n = (i: number) => ({ param: 'country', message: `country=X${i} was ignored.` });
	it.each([
		[0, 0, null],
		[3, 3, null],
		[MAX_NOTICES, MAX_NOTICES, null],
		[MAX_NOTICES + 1, MAX_NOTICES + 1, 'And 1 more parameter value not understood.'],
		[500, MAX_NOTICES + 1, 'And 490 more parameter values not understood.']
	])('%i notices give %i lines', (count, lines, last) => {
		const out = boundNotices(Array.from({ length: count }, (_, i) => n(i)));
		expect(out).toHaveLength(lines);
		if (last) expect(out.at(-1)!.message).toBe(last);
		else expect(out.map((x) => x.message)).toEqual(Array.from({ length: count }, (_, i) => n(i).message));
	});

	it('names each distinct notice once', () => {
		const { notices } = parse(`country=${Array(2000).fill('a').join(',')}`);
		expect(boundNotices(notices)).toHaveLength(1);
	});

	it('keeps a hostile link short: many values, one long value', () => {
		const many = boundNotices(parse(`country=${Array.from({ length: 3000 }, (_, i) => `q${i}`).join(',')}`).notices);
		expect(many).toHaveLength(MAX_NOTICES + 1);
		expect(many.at(-1)!.message).toBe('And 2990 more parameter values not understood.');
		const long = parse(`country=${'A'.repeat(10_000)}&from=${'9'.repeat(10_000)}&${'z'.repeat(5000)}=1`).notices;
		expect(long).toHaveLength(3);
		for (const x of long) expect(x.message.length).toBeLessThan(200);
		expect(long[0]!.message).toContain(`${'z'.repeat(40)}…`);
	});
});

describe('filtersToQuery', () => {
	it('round-trips through the URL in a stable order', () => {
		const { filters } = parse('to=2019-04-30&kind=media&country=VEN,BRA&from=2019-01-01&sector=oil');
		const q = filtersToQuery(filters);
		expect(q).toBe('?country=BRA,VEN&sector=oil&kind=media&from=2019-01-01&to=2019-04-30');
		expect(parse(q.slice(1)).filters).toEqual(filters);
		expect(filtersToQuery(NO_FILTERS)).toBe('');
	});
});

describe('applyFilters', () => {
	it('filters loans by borrower, sanctions by target and events by place', () => {
		const r = applyFilters(ds, parse('country=BRA').filters);
		expect(new Set(r.loans.map((l) => l.borrower?.code))).toEqual(new Set(['BRA']));
		expect(r.sanctions).toEqual([]);
		// Brazil's embassy took part in the CSIS roundtable: Brazil is one of its places.
		expect(r.events.map((e) => e.id)).toEqual(['csis-roundtable']);
		const col = applyFilters(ds, parse('country=COL').filters);
		expect(col.events.map((e) => e.id)).toEqual([
			'bridges-closed',
			'aid-convoy-cucuta',
			'csis-roundtable',
			'pompeo-tour',
			'pompeo-cucuta-speech',
			'pompeo-all-options',
			'pompeo-denounces-china',
			'pompeo-slams-russia',
			'pompeo-iran-claims'
		]);
	});

	it.each([
		// [country, event, matched by]
		['CHL', 'xu-bu-responds', 'place'],
		['CHN', 'xu-bu-responds', 'subject'],
		['CHL', 'pompeo-denounces-china', 'place'],
		['CHN', 'pompeo-denounces-china', 'subject'],
		['CHN', 'lu-kang-responds', 'subject'],
		['VEN', 'white-house-meeting', 'subject'],
		['USA', 'white-house-meeting', 'place'],
		['NIC', 'contra-funding', 'subject']
	])('country=%s keeps %s (by its %s)', (code, id, by) => {
		const e = ds.events.find((x) => x.id === id)!;
		const field = by === 'place' ? e.places : e.subjects;
		expect(field.map((c) => c.code)).toContain(code);
		expect(applyFilters(ds, parse(`country=${code}`).filters).events.map((x) => x.id)).toContain(id);
	});

	it.each([
		['CHL', 'lu-kang-responds'],
		['RUS', 'pompeo-denounces-china'],
		['USA', 'guaido-sworn-in']
	])('country=%s leaves out %s: neither a place nor a subject', (code, id) => {
		expect(applyFilters(ds, parse(`country=${code}`).filters).events.map((x) => x.id)).not.toContain(id);
	});

	it('filters sanctions by sector and events by kind', () => {
		const r = applyFilters(ds, parse('sector=shipping&kind=media').filters);
		expect(r.sanctions.map((s) => s.id)).toEqual(['ofac-2019-04-05-shipping', 'ofac-2019-04-12-shipping']);
		expect(r.events.every((e) => e.kind === 'media')).toBe(true);
		expect(r.loans).toHaveLength(ds.loans.length);
	});

	it('keeps records whose dates meet the window, and loans with a period in words', () => {
		const r = applyFilters(ds, parse('from=2019-04-08&to=2019-04-14').filters);
		expect(r.sanctions.map((s) => s.id)).toEqual(['ofac-2019-04-12-shipping']);
		expect(r.events.map((e) => e.id)).toContain('white-house-meeting');
		expect(r.events.map((e) => e.id)).not.toContain('cnn-reports-pentagon-plans');
		expect(r.loans.map((l) => l.id).sort()).toEqual([
			'aiddata-3-arg',
			'aiddata-3-bra',
			'aiddata-3-ecu',
			'aiddata-3-ven', // 2000-2021 covers the week
			'clfd-later-lac-2019',
			'wsws-2019-arg',
			'wsws-2019-bra',
			'wsws-2019-ecu',
			'wsws-2019-ven' // "over the past decade": kept
		]);
		expect(r.eras.map((e) => e.id)).toEqual(['guaido-interim-claim']);
	});

	it('describes the filters in words', () => {
		// Days in words, as everywhere on the site; an open end is said, not written as "end".
		expect(describeFilters(ds, parse('country=VEN&from=2019').filters)).toBe('Venezuela; from 1 Jan 2019');
		expect(describeFilters(ds, parse('from=2019-01&to=2019-04-30').filters)).toBe('1 Jan 2019 to 30 Apr 2019');
		expect(describeFilters(ds, parse('to=2018').filters)).toBe('until 31 Dec 2018');
		expect(describeFilters(ds, NO_FILTERS)).toBe('All records');
	});
});

describe('refusal: notices said as a download refuses them', () => {
	it('is null when nothing was ignored', () => {
		expect(refusal([])).toBeNull();
	});

	it('gives the first notice as "not valid" and names the other parameters', () => {
		const r = refusal([
			{ param: 'country', message: 'country=XYZ was ignored: expected a country code.' },
			{ param: 'flow', message: 'flow=banana was ignored: expected one of loan, grant.' },
			{ param: 'colour', message: 'Unknown parameter "colour" was ignored.' }
		]);
		expect(r).toEqual({
			param: 'country',
			message: 'country=XYZ is not valid: expected a country code. (and 2 more: flow, colour)'
		});
	});

	it('drops what a page did about the notice', () => {
		const r = refusal([{ param: 'from', message: 'from=2010 is after to=2005; the years were ignored.' }]);
		expect(r?.message).toBe('from=2010 is after to=2005.');
	});
});
