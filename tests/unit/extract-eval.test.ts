/**
 * Extraction measured against the curated records, each document read alone as a new one is:
 * the news article's figures and dates as lower bounds, and how a date matches.
 */
import { describe, expect, it } from 'vitest';
import { parseUsd } from '../../src/lib/data/money.ts';
import { loadContext } from '../../src/lib/extract/document.ts';
import {
	evaluateAll,
	evaluateDocument,
	evaluatedDocuments,
	readingOf,
	total,
	type Score
} from '../../src/lib/extract/evaluate.ts';
import { extract } from '../../src/lib/extract/extract.ts';
import type { Extraction } from '../../src/lib/extract/types.ts';
import { loadDatasetFromDir, readDataFiles } from '../../src/lib/server/data-files.ts';

const dataset = loadDatasetFromDir('data');
const context = loadContext(readDataFiles('data', { tables: false }));
const article = dataset.documents.find((d) => d.file === '2019-04-17-wsws-pentagon-venezuela-plans.txt');
if (!article) throw new Error('the news article is not in the catalogue');
const x = extract(article, readingOf(article, context));
const scores = evaluateDocument(dataset, x).scores;
const of = (type: Score['type'], s: readonly Score[] = scores) => s.find((v) => v.type === type) as Score;

describe('the news article (published 2019-04-17), read alone', () => {
	it('borrows nothing from the other documents: every candidate quotes the article only', () => {
		expect(readingOf(article, context).documents).toEqual([article]);
		for (const c of [...x.loans, ...x.sanctions, ...x.events]) {
			expect((c.record.evidence ?? []).map((e) => e.document)).toEqual([article.id]);
			expect(c.offsets.map((o) => o.document)).toEqual([article.id]);
		}
	});

	it('finds all four country lending figures with the right country and exact amount', () => {
		const usd = (a: string | undefined) => {
			const m = parseUsd(a ?? '');
			return m.ok ? m.usd : null;
		};
		expect(x.loans.map((l) => [l.record.lender, l.record.borrower, usd(l.record.amount)])).toEqual(
			expect.arrayContaining([
				['CHN', 'VEN', 62_000_000_000],
				['CHN', 'BRA', 42_000_000_000],
				['CHN', 'ARG', 18_000_000_000],
				['CHN', 'ECU', 17_000_000_000]
			])
		);
		expect(of('loans')).toMatchObject({ curated: 4, recalled: 4 });
		expect(of('loans').correct).toBeGreaterThanOrEqual(4);
	});

	it('finds at least 80% of its curated events with the date the article alone supports', () => {
		expect(of('events').curated).toBe(
			dataset.events.filter((e) => e.evidence.some((v) => v.document === article.id)).length
		);
		expect(of('events').recall).toBeGreaterThanOrEqual(0.8);
		expect(of('events').precision).toBeGreaterThanOrEqual(0.7);
	});

	it('dates the tour’s remarks within the tour, and the replies from its first day to publication', () => {
		const dateOf = (start: string) =>
			x.events.find((e) => e.record.evidence?.[0]?.quote.startsWith(start))?.record.date;
		expect(dateOf('ending it up with a belligerent speech Sunday')).toBe('2019-04-14');
		for (const remark of [
			'In the course of the trip',
			'At the same time, he denounced',
			'Pompeo also slammed Russia',
			'Most absurdly, Pompeo claimed'
		]) {
			expect([remark, dateOf(remark)]).toEqual([remark, '2019-04-12/2019-04-14']);
		}
		for (const reply of [
			'China’s ambassador to Chile, Xu Bu',
			'The Chinese Foreign Ministry’s spokesman',
			'The country’s foreign minister, Sergei Lavrov',
			'Iran’s Foreign Ministry spokesman'
		]) {
			expect([reply, dateOf(reply)]).toEqual([reply, '2019-04-12/2019-04-17']);
		}
		expect(dateOf('Samuel Moncada')).toBe('2019-04-10/2019-04-17');
		expect(dateOf('with right-wing governments in Latin America')).toBe('2019-01/2019-04-17');
	});

	it('resolves each phrase the curators resolved to the same date', () => {
		const byPhrase = new Map(
			x.events.flatMap((e) =>
				(e.record.evidence ?? [])
					.filter((v) => v.reported_as)
					.map((v) => [v.reported_as, String(v.date ?? e.record.date)] as const)
			)
		);
		const curated = dataset.events.flatMap((e) =>
			e.evidence
				.filter((v) => v.document === article.id && v.reportedAs && v.date)
				.map((v) => [v.reportedAs as string, v.date?.spec as string] as const)
		);
		expect(curated.map(([p]) => p)).toEqual(
			expect.arrayContaining([
				'late Monday',
				'last week',
				'in February',
				'Sunday',
				'on April 10',
				'In the course of the trip',
				'until last year'
			])
		);
		for (const [phrase, spec] of curated) expect([phrase, byPhrase.get(phrase)]).toEqual([phrase, spec]);
	});

	it('names the curated entities its curated records refer to', () => {
		expect(of('entities').recall).toBeGreaterThanOrEqual(0.9);
	});
});

describe('every document with curated records, each read alone', () => {
	it('is evaluated, and the totals hold up', () => {
		const all = evaluateAll(dataset, context);
		expect(all.map((d) => d.document.id).sort()).toEqual([
			'ref-china-lac-lending',
			'ref-us-sanctions-venezuela',
			'ref-venezuela-crisis-dates',
			'wsws-2019-04-17-pentagon-venezuela'
		]);
		expect(all.map((d) => d.document.id)).toEqual(evaluatedDocuments(dataset).map((d) => d.id));
		expect(of('events', all.find((d) => d.document.id === article.id)?.scores)).toEqual(of('events'));
		const t = total(all);
		expect(of('loans', t).recall).toBe(1);
		expect(of('sanctions', t).recall).toBeGreaterThanOrEqual(0.7);
		// A count, not a ratio: curating more events from these documents must not read as the
		// extractor finding fewer. 33 is what it recalled when the floor was set.
		expect(of('events', t).recalled).toBeGreaterThanOrEqual(33);
		for (const s of t) expect(s.misses.length).toBe(s.curated - s.recalled);
	}, 30_000);
});

describe('how a candidate event matches a curated one', () => {
	// The minimal dataset: its news text says "closed the bridge in February"; the reference note pins 22 February 2019.
	const minimal = loadDatasetFromDir('tests/fixtures/minimal');
	const minimalContext = loadContext(readDataFiles('tests/fixtures/minimal'));
	const news = minimal.documents.find((d) => d.id === 'news');
	if (!news) throw new Error('the minimal dataset has no news document');
	const bridge = (e: Extraction) =>
		e.events.find((c) => c.record.evidence?.[0]?.quote.startsWith('The ministry closed the bridge'));
	const recalled = (e: Extraction, withReferences = false) =>
		of('events', evaluateDocument(minimal, e, { withReferences }).scores).misses;

	it('reads alone by default, and dates from the document’s own words', () => {
		const alone = extract(news, readingOf(news, minimalContext));
		expect(bridge(alone)?.record.date).toBe('2019-02');
		expect(recalled(alone).join('\n')).not.toMatch(/bridge-closed/);
	});

	it('does not count a date borrowed from another document in the headline figure', () => {
		const pinned = extract(news, readingOf(news, minimalContext, { withReferences: true }));
		const c = bridge(pinned);
		expect(c?.record.date).toBe('2019-02-22');
		expect(c?.record.evidence?.[0]?.date).toBe('2019-02');
		// The article's own date on its evidence still matches; the pinned record date alone does not.
		const stripped: Extraction = {
			...pinned,
			events: pinned.events.map((e) =>
				e === c ? { ...e, record: { ...e.record, evidence: e.record.evidence?.map(({ date: _d, ...v }) => v) } } : e
			)
		};
		expect(recalled(pinned).join('\n')).not.toMatch(/bridge-closed/);
		expect(recalled(stripped).join('\n')).toMatch(/event bridge-closed \(2019-02\)/);
		expect(recalled(stripped, true).join('\n')).not.toMatch(/bridge-closed/);
	});

	it('needs the quotes to overlap as well as the dates to agree', () => {
		const alone = extract(news, readingOf(news, minimalContext));
		const c = bridge(alone);
		const moved: Extraction = {
			...alone,
			events: alone.events.map((e) =>
				e === c ? { ...e, offsets: e.offsets.map((o) => ({ ...o, start: 0, end: 10 })) } : e
			)
		};
		expect(recalled(moved).join('\n')).toMatch(/bridge-closed/);
	});
});
