/**
 * The built dataset holds what the documents say: exact figures, dates at their precision,
 * and evidence whose offsets point at the quoted passage.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../../src/lib/data/evidence.ts';
import { summarize } from '../../src/lib/data/summary.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');
const NEWS = 'wsws-2019-04-17-pentagon-venezuela';
const loan = (id: string) => ds.loans.find((l) => l.id === id);
const event = (id: string) => ds.events.find((e) => e.id === id);

describe('documents', () => {
	it('holds the four documents with their metadata', () => {
		expect(ds.documents.map((d) => [d.id, d.kind, d.date.iso])).toEqual([
			[NEWS, 'news', '2019-04-17'],
			['ref-us-sanctions-venezuela', 'reference', '2026-11-26'],
			['ref-venezuela-crisis-dates', 'reference', '2026-11-26'],
			['ref-china-lac-lending', 'reference', '2026-11-26']
		]);
		const news = ds.documents[0]!;
		expect(news.publisher).toBe('World Socialist Web Site');
		expect(news.url).toBe('https://www.wsws.org/en/articles/2019/04/17/vene-a17.html');
		expect(ds.documents.find((d) => d.id === 'ref-us-sanctions-venezuela')?.sources).toHaveLength(5);
	});
});

describe('loans', () => {
	it.each([
		['VEN', 62_000_000_000],
		['BRA', 42_000_000_000],
		['ARG', 18_000_000_000],
		['ECU', 17_000_000_000]
	])("the article's figure for %s is exactly %d dollars", (code, usd) => {
		const claims = ds.loans.filter((l) => l.series === 'wsws-2019-article' && l.borrower?.code === code);
		expect(claims).toHaveLength(1);
		expect(claims[0]!.amountUsd).toBe(usd);
		expect(claims[0]!.periodAsReported).toBe('over the past decade');
		expect(claims[0]!.evidence[0]!.document).toBe(NEWS);
	});

	it.each([
		['VEN', 62_200_000_000, 17],
		['BRA', 42_100_000_000, 12],
		['ARG', 18_200_000_000, 11],
		['ECU', 17_400_000_000, 13],
		['BOL', 3_500_000_000, 10]
	])('the database (2005-2017) has %s at %d dollars in %d loans', (code, usd, count) => {
		const c = ds.loans.find((l) => l.series === 'clfd-2018' && l.borrower?.code === code);
		expect(c).toMatchObject({ amountUsd: usd, loanCount: count, dollars: 'nominal', measure: 'commitments' });
		expect(c?.period?.label).toBe('2005–2017');
	});

	it('keeps the article figure and the database figure as two linked claims', () => {
		expect(loan('wsws-2019-ven')?.related).toEqual([
			{ record: 'clfd-2018-ven', relation: 'same-quantity', declared: true }
		]);
		expect(loan('clfd-2018-ven')?.related).toEqual([
			{ record: 'wsws-2019-ven', relation: 'same-quantity', declared: false }
		]);
	});

	it('holds the 2018 figures, the AidData totals and the debt stocks with their scope', () => {
		expect(loan('clfd-2019-lac-2018')).toMatchObject({
			amountUsd: 7_700_000_000,
			borrowerRegion: 'latin-america-caribbean',
			borrower: null
		});
		expect(loan('clfd-2019-dom-2018')?.amountUsd).toBe(600_000_000);
		expect(loan('clfd-later-lac-2020')?.amountUsd).toBe(0);
		expect(loan('aiddata-3-ven')).toMatchObject({ amountUsd: 112_900_000_000, dollars: 'constant-2021' });
		expect(loan('aiddata-3-arg')?.amountUsd).toBe(138_800_000_000);
		expect(loan('hrt-ven-2017')).toMatchObject({
			amountUsd: 34_480_000_000,
			measure: 'debt-stock',
			shareOfGdpPercent: 16.4
		});
	});
});

describe('sanctions', () => {
	it('holds all 13 measures from EO 13692 to EO 13884 with their dates', () => {
		expect(ds.sanctions.map((s) => [s.instrument.match(/\d{5}/)?.[0] ?? s.action, s.date.iso])).toEqual([
			['13692', '2015-03-08'],
			['13808', '2017-08-24'],
			['13827', '2018-03-19'],
			['13835', '2018-05-21'],
			['13850', '2018-11-01'],
			['13857', '2019-01-25'],
			['13850', '2019-01-28'],
			['13850', '2019-03-19'],
			['designation', '2019-03-22'],
			['designation', '2019-04-05'],
			['designation', '2019-04-12'],
			['13850', '2019-04-17'],
			['13884', '2019-08-05']
		]);
		expect(ds.sanctions.every((s) => s.date.precision === 'day' && s.targetCountry.code === 'VEN')).toBe(true);
	});

	it("attaches the article's sentence to the measures it refers to", () => {
		const cited = ds.sanctions.filter((s) => s.evidence.some((e) => e.document === NEWS)).map((s) => s.id);
		expect(cited).toEqual([
			'ofac-2019-01-28-pdvsa',
			'ofac-2019-03-19-minerven',
			'ofac-2019-03-22-bandes',
			'ofac-2019-04-05-shipping',
			'ofac-2019-04-12-shipping'
		]);
	});

	it('records sectors, targets and the blocked assets', () => {
		const pdvsa = ds.sanctions.find((s) => s.id === 'ofac-2019-01-28-pdvsa');
		expect(pdvsa).toMatchObject({
			sectors: ['oil'],
			targets: ['pdvsa'],
			assetsBlockedUsd: 7_000_000_000,
			authority: ['eo-13850']
		});
		expect(ds.sanctions.find((s) => s.id === 'eo-13692')?.announced?.iso).toBe('2015-03-09');
	});
});

describe('events', () => {
	it.each([
		// id, resolved date, precision, what the article alone supports
		['cnn-reports-pentagon-plans', '2019-04-15', 'day', 'late Monday', '2019-04-15'],
		['white-house-meeting', '2019-04-08/2019-04-14', 'week', 'last week', '2019-04-08/2019-04-14'],
		['guaido-sworn-in', '2019-01-23', 'day', 'nearly three months', '2019-01-01/2019-01-31'],
		['pompeo-cucuta-speech', '2019-04-14', 'day', 'Sunday', '2019-04-14'],
		['tidd-leaves-southcom', '2018-01-01/2018-12-31', 'year', 'until last year', '2018-01-01/2018-12-31']
	])('%s is %s (%s); the article says "%s"', (id, iso, precision, reportedAs, articleIso) => {
		const e = event(id);
		expect(e?.date.iso).toBe(iso);
		expect(e?.date.precision).toBe(precision);
		const fromArticle = e?.evidence.find((x) => x.document === NEWS);
		expect(fromArticle?.reportedAs).toBe(reportedAs);
		expect(fromArticle?.date?.iso).toBe(articleIso);
	});

	it.each([
		['aid-convoy-cucuta', '2019-02-23', 'day'],
		['bridges-closed', '2019-02-22', 'day'],
		['csis-roundtable', '2019-04-10', 'day'],
		['pompeo-tour', '2019-04-11/2019-04-15', 'range'],
		['pompeo-santiago', '2019-04-12', 'day'],
		['contra-funding', '1980-01-01/1989-12-31', 'decade'],
		['haiti-coup-2004', '2004-01-01/2004-12-31', 'year'],
		['us-recognizes-guaido', '2019-01-23', 'day']
	])('%s is dated %s at %s precision', (id, iso, precision) => {
		expect(event(id)?.date).toMatchObject({ iso, precision });
	});

	it('cites the reference note wherever it pins a date the article gives loosely', () => {
		for (const e of ds.events.filter((x) => x.evidence.some((ev) => ev.document === NEWS && ev.reportedAs))) {
			if (e.id === 'tidd-leaves-southcom') continue; // no reference covers it
			expect(
				e.evidence.map((x) => x.document),
				e.id
			).toContain('ref-venezuela-crisis-dates');
		}
	});

	it('dates no event after the news report that reports it', () => {
		for (const e of ds.events.filter((x) => x.evidence.some((ev) => ev.document === NEWS))) {
			expect(e.date.start <= '2019-04-17', e.id).toBe(true);
		}
	});

	it("has the era of Guaidó's claim from 23 January 2019", () => {
		expect(ds.eras[0]).toMatchObject({ id: 'guaido-interim-claim', end: null });
		expect(ds.eras[0]?.start.iso).toBe('2019-01-23');
	});
});

describe('evidence', () => {
	const all = [...ds.loans, ...ds.sanctions, ...ds.events, ...ds.eras, ...ds.series].flatMap((r) =>
		r.evidence.map((e) => ({ id: r.id, e }))
	);

	it('every offset round-trips: text.slice(start, end) is the quote', () => {
		expect(all.length).toBeGreaterThan(80);
		for (const { id, e } of all) {
			const doc = ds.documents.find((d) => d.id === e.document)!;
			expect(doc.text.slice(e.start, e.end), id).toBe(e.quote);
			expect(normalizeSpace(e.quote).length, id).toBeGreaterThan(0);
		}
	});

	it('every record points to entities and countries that exist', () => {
		const ids = new Set(ds.entities.map((e) => e.id));
		for (const e of ds.events) for (const a of e.actors) expect(ids.has(a), `${e.id} → ${a}`).toBe(true);
		for (const s of ds.sanctions) for (const t of s.targets) expect(ids.has(t), `${s.id} → ${t}`).toBe(true);
	});

	it('is frozen', () => {
		expect(Object.isFrozen(ds)).toBe(true);
		expect(Object.isFrozen(ds.loans[0]!.evidence[0])).toBe(true);
	});
});

describe('summary', () => {
	it('lists the claims that disagree: the same quantity, different figures', () => {
		const s = summarize(ds);
		const ven = s.disagreements.find((d) => d.borrower === 'Venezuela' && d.measure === 'commitments');
		// AidData's 2000-2021 official finance is another quantity, not a rival estimate.
		expect(ven?.claims.map((c) => c.amount)).toEqual(['$62 billion', '$62.2 billion']);
		expect(s.counts).toMatchObject({ documents: 4, sanctions: 13 });
		expect(s.byPrecision.week).toBe(1);
	});
});
