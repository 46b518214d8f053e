/**
 * Records in words, against the real dataset: lookup across types, anchors that link a
 * record's evidence to its passage, fields, claims side by side and entity mentions.
 */
import { describe, expect, it } from 'vitest';
import {
	citationsOf,
	comparableClaims,
	describeRecord,
	differentScopeFigures,
	evidenceViews,
	mentionsOf,
	recordView
} from '../../src/lib/data/record-view.ts';
import { findRecord, recordTitle } from '../../src/lib/data/records.ts';
import { quoteAnchor } from '../../src/lib/data/urls.ts';
import { dateInWords, truncate } from '../../src/lib/data/words.ts';
import { countsInWords, documentList, documentView } from '../../src/lib/data/sources.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');
const NEWS = 'wsws-2019-04-17-pentagon-venezuela';
const record = (id: string) => {
	const r = findRecord(ds, id);
	if (!r) throw new Error(`no record ${id}`);
	return r;
};
const fieldText = (id: string, label: string) => describeRecord(ds, record(id)).find((f) => f.label === label);

describe('findRecord', () => {
	it.each([
		['wsws-2019-ven', 'loan'],
		['eo-13850', 'sanction'],
		['white-house-meeting', 'event'],
		['guaido-interim-claim', 'era'],
		['clfd-2018', 'series'],
		['john-bolton', 'entity']
	])('finds %s as a %s', (id, type) => {
		expect(record(id).type).toBe(type);
	});

	it('finds nothing for an unknown id', () => {
		expect(findRecord(ds, 'nope')).toBeUndefined();
		expect(recordView(ds, 'nope')).toBeUndefined();
	});

	it('keeps an entity’s own type apart from its record type', () => {
		const e = record('john-bolton');
		expect(e.type === 'entity' && e.entityType).toBe('person');
	});
});

describe('recordTitle', () => {
	it.each([
		['wsws-2019-ven', 'Venezuela: $62 billion, over the past decade'],
		['clfd-2018-ven', 'Venezuela: $62.2 billion, 2005–2017'],
		['clfd-later-lac-2020', 'Latin America and the Caribbean: none, 2020'],
		['eo-13850', 'Blocking sanctions authorised in the gold sector and other sectors of the Venezuelan economy'],
		['guaido-interim-claim', "Guaidó's claim to the interim presidency"],
		['john-bolton', 'John Bolton']
	])('%s is "%s"', (id, title) => {
		expect(recordTitle(ds, record(id))).toBe(title);
	});
});

describe('quote anchors', () => {
	it('number a record’s evidence from 1 and link to the passage on the document page', () => {
		const [first] = evidenceViews(ds, record('wsws-2019-ven'));
		expect(first).toMatchObject({
			n: 1,
			anchor: 'q-wsws-2019-ven-1',
			href: `/sources/${NEWS}#q-wsws-2019-ven-1`,
			quote: 'lending $62 billion to Venezuela over the past decade',
			document: { id: NEWS, kind: 'news', date: '17 Apr 2019' }
		});
		expect(quoteAnchor('a-1', 1)).not.toBe(quoteAnchor('a', 11));
	});

	it('carry the date a source alone supports and the phrase it was resolved from', () => {
		const [news, ref] = evidenceViews(ds, record('guaido-sworn-in'));
		expect(news).toMatchObject({
			reportedAs: 'nearly three months',
			date: 'Jan 2019 (to the month; ISO 8601: 2019-01-01/2019-01-31)'
		});
		expect(ref).toMatchObject({ n: 2, reportedAs: null, date: null, document: { kind: 'reference' } });
	});

	it('are the anchors the document page gives its passages', () => {
		const view = documentView(ds, NEWS)!;
		const anchors = new Set(view.segments.flatMap((s) => s.anchors));
		for (const r of ['wsws-2019-ven', 'white-house-meeting']) {
			for (const e of evidenceViews(ds, record(r)).filter((e) => e.document.id === NEWS))
				expect(anchors).toContain(e.anchor);
		}
	});
});

describe('describeRecord', () => {
	it('gives a loan’s amount in dollars and as written, its period as reported and its scope', () => {
		expect(fieldText('wsws-2019-ven', 'Amount')?.text).toBe('62,000,000,000 US dollars (written “$62 billion”)');
		expect(fieldText('wsws-2019-ven', 'Period')?.text).toBe(
			'“over the past decade”, as reported; the source gives no exact period'
		);
		expect(fieldText('clfd-2018-ven', 'Period')?.text).toBe('2005–2017 (a range; ISO 8601: 2005-01-01/2017-12-31)');
		expect(fieldText('clfd-2018-ven', 'Loans')?.text).toBe('17 loans');
		expect(fieldText('clfd-2018-ven', 'Scope of the series')?.text).toMatch(/^Loans by Chinese state banks/);
		expect(fieldText('hrt-ven-2017', 'Share of GDP')?.text).toBe('16.4 percent');
		expect(fieldText('clfd-later-lac-2020', 'Amount')?.text).toBe('none (written “none”)');
	});

	it('links related claims from both ends with the relation in words', () => {
		expect(fieldText('wsws-2019-ven', 'Related claims')?.refs).toEqual([
			expect.objectContaining({
				id: 'clfd-2018-ven',
				role: 'reports the same quantity as',
				href: '/records/clfd-2018-ven'
			})
		]);
		expect(fieldText('clfd-2018-ven', 'Related claims')?.refs?.map((r) => [r.id, r.role])).toEqual([
			['wsws-2019-ven', 'reports the same quantity as']
		]);
		expect(fieldText('clfd-later-lac-2018', 'Related claims')?.refs?.map((r) => r.role)).toEqual(['revises']);
		expect(fieldText('clfd-2019-lac-2018', 'Related claims')?.refs?.map((r) => [r.id, r.role])).toEqual(
			expect.arrayContaining([
				['clfd-2019-ven-2018', 'includes'],
				['clfd-later-lac-2018', 'is revised by']
			])
		);
	});

	it('links a sanction’s targets and issuer to entity records, and words its sectors', () => {
		expect(fieldText('eo-13808', 'Targets')?.refs?.map((r) => [r.id, r.type])).toEqual([
			['venezuelan-government', 'entity'],
			['pdvsa', 'entity']
		]);
		expect(fieldText('eo-13808', 'Sectors')?.text).toBe('Government debt, oil');
		expect(fieldText('eo-13692', 'Date')?.text).toBe('8 Mar 2015 (to the day; ISO 8601: 2015-03-08)');
		expect(fieldText('eo-13692', 'Announced')?.text).toBe('9 Mar 2015 (to the day; ISO 8601: 2015-03-09)');
	});

	it('links an event to what it is part of, and the whole to its parts', () => {
		expect(fieldText('pompeo-santiago', 'Part of')?.refs?.map((r) => r.id)).toEqual(['pompeo-tour']);
		expect(fieldText('pompeo-tour', 'Includes')?.refs?.map((r) => r.id)).toContain('pompeo-santiago');
	});

	it('leaves out fields a record does not have', () => {
		expect(fieldText('wsws-2019-ven', 'Loans')).toBeUndefined();
		expect(fieldText('wsws-2019-ven', 'Lending institution')).toBeUndefined();
	});
});

describe('dateInWords', () => {
	it.each([
		[
			'week',
			{
				spec: '2019-W15',
				precision: 'week',
				start: '2019-04-08',
				end: '2019-04-14',
				iso: '2019-04-08/2019-04-14',
				label: 'week of 8 Apr 2019'
			},
			'week of 8 Apr 2019 (to the week; ISO 8601: 2019-04-08/2019-04-14)'
		],
		[
			'decade',
			{
				spec: '1980s',
				precision: 'decade',
				start: '1980-01-01',
				end: '1989-12-31',
				iso: '1980-01-01/1989-12-31',
				label: '1980s'
			},
			'1980s (to the decade; ISO 8601: 1980-01-01/1989-12-31)'
		]
	] as const)('says a %s date with its precision and interval', (_, date, expected) => {
		expect(dateInWords(date)).toBe(expected);
	});
});

describe('comparableClaims and differentScopeFigures', () => {
	const loanRecord = (id: string) => record(id) as Parameters<typeof comparableClaims>[1];

	it('sets the news figure beside the database total for the same quantity, and nothing else', () => {
		const claims = comparableClaims(ds, loanRecord('wsws-2019-ven'));
		expect(claims.map((c) => [c.record.id, c.amount, c.current])).toEqual([
			['clfd-2018-ven', '$62.2 billion', false],
			['wsws-2019-ven', '$62 billion', true]
		]);
		expect(claims[0]?.scope).toBe('committed 2005–2017, nominal US$; loans only');
		expect(claims[1]?.period).toBe('“over the past decade” (as reported)');
	});

	it('lists the borrower’s other figures apart, each with its scope in words', () => {
		const other = differentScopeFigures(ds, loanRecord('wsws-2019-ven'));
		expect(other.map((c) => [c.record.id, c.scope])).toEqual([
			['clfd-2019-ven-2018', 'lent in 2018, nominal US$; loans only'],
			[
				'aiddata-3-ven',
				'committed 2000–2021, constant 2021 US$; all official finance: loans, grants and central-bank currency swaps'
			],
			['hrt-ven-2017', 'owed at the end of 2017, nominal US$; loans only']
		]);
		expect(other[0]?.supersededBy.map((r) => [r.id, r.role])).toEqual([
			['clfd-later-lac-2018', 'revises the total this figure is part of']
		]);
	});

	it('compares yearly figures only within the same year: a figure and its revision', () => {
		const claims = comparableClaims(ds, loanRecord('clfd-2019-lac-2018'));
		expect(claims.map((c) => c.record.id)).toEqual(['clfd-2019-lac-2018', 'clfd-later-lac-2018']);
		expect(claims[0]?.supersededBy.map((r) => r.role)).toEqual(['revises this figure']);
		expect(comparableClaims(ds, loanRecord('clfd-2018-bol'))).toEqual([]);
		expect(comparableClaims(ds, loanRecord('aiddata-3-arg'))).toEqual([]);
	});

	it('states a claim’s status, derived from the links', () => {
		expect(fieldText('clfd-2019-ven-2018', 'Status')?.text).toMatch(/^Superseded/);
		expect(fieldText('clfd-2019-ven-2018', 'Superseded by')?.refs?.map((r) => r.id)).toEqual(['clfd-later-lac-2018']);
		expect(fieldText('clfd-2018-ven', 'Status')?.text).toMatch(/^Current/);
	});
});

describe('mentionsOf', () => {
	it('lists the records naming an entity with the part it plays', () => {
		const m = mentionsOf(ds, 'pdvsa');
		expect(m).toContainEqual(expect.objectContaining({ id: 'eo-13808', type: 'sanction', role: 'target' }));
		expect(mentionsOf(ds, 'chinese-state-banks').every((r) => r.type === 'loan' && r.role === 'lender')).toBe(true);
		expect(mentionsOf(ds, 'john-bolton').map((r) => r.role)).toContain('actor');
	});

	it('groups an entity’s mentions by type on its page', () => {
		const view = recordView(ds, 'pdvsa')!;
		expect(view.evidence).toEqual([]);
		expect(view.mentions.map((g) => g.type)).toContain('sanction');
	});
});

describe('citationsOf and the document list', () => {
	it('groups the records citing a document by type, each with its passages', () => {
		const groups = citationsOf(ds, NEWS);
		expect(groups.map((g) => g.type)).toEqual(['loan', 'sanction', 'event', 'era']);
		const ven = groups[0]?.citations.find((c) => c.record.id === 'wsws-2019-ven');
		expect(ven?.passages.map((p) => p.anchor)).toEqual(['q-wsws-2019-ven-1']);
	});

	it('counts citing records by type for the catalogue', () => {
		const ref = documentList(ds).find((d) => d.meta.id === 'ref-china-lac-lending')!;
		expect(ref.meta).toMatchObject({ kind: 'reference', dateRole: 'compiled', date: '26 Nov 2026' });
		expect(ref.citedBy.map((c) => c.type)).toEqual(['loan', 'series']);
		expect(countsInWords(ref.citedBy)).toMatch(/^\d+ loan claims and \d+ loan series$/);
		expect(countsInWords([])).toBe('');
	});
});

describe('recordView', () => {
	it('says where the record was curated', () => {
		expect(recordView(ds, 'wsws-2019-ven')?.origin).toEqual({ file: 'data/records/loans.yaml', line: 6 });
		expect(recordView(ds, 'wsws-2019-ven')?.sameQuantityCaption).toBe(
			'Venezuela: committed “over the past decade” (as reported), dollar basis not stated; loans only'
		);
	});
});

describe('truncate', () => {
	it.each([
		['short', 20, 'short', false],
		['a quote  with\nbreaks', 40, 'a quote with breaks', false],
		['From 2005 to 2017 Chinese state banks made 17 loans', 30, 'From 2005 to 2017 Chinese…', true],
		['Supercalifragilisticexpialidocious', 10, 'Supercali…', true]
	])('cuts "%s" to %d characters at a word', (text, max, expected, truncated) => {
		const t = truncate(text, max);
		expect(t).toEqual({ text: expected, truncated });
		expect(t.text.length).toBeLessThanOrEqual(max);
	});
});
