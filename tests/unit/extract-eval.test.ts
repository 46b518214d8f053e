/** Extraction measured against the curated records: the news article's figures and dates, as lower bounds. */
import { describe, expect, it } from 'vitest';
import { loadContext } from '../../src/lib/extract/document.ts';
import { evaluateDocument, evaluatedDocuments, total, type Score } from '../../src/lib/extract/evaluate.ts';
import { extract } from '../../src/lib/extract/extract.ts';
import { parseUsd } from '../../src/lib/data/money.ts';
import { loadDatasetFromDir, readDataFiles } from '../../src/lib/server/data-files.ts';

const dataset = loadDatasetFromDir('data');
const context = loadContext(readDataFiles('data'));
const article = dataset.documents.find((d) => d.file === '2019-04-17-wsws-pentagon-venezuela-plans.txt');
if (!article) throw new Error('the news article is not in the catalogue');
const x = extract(article, context);
const scores = evaluateDocument(dataset, x).scores;
const of = (type: Score['type']) => scores.find((s) => s.type === type) as Score;

describe('the news article (published 2019-04-17)', () => {
	it('finds all four country lending figures with the right country and exact amount', () => {
		const found = x.loans.map((l) => [l.record.lender, l.record.borrower, parseUsd(l.record.amount ?? '').ok ? (parseUsd(l.record.amount ?? '') as { usd: number }).usd : null]);
		expect(found).toEqual(
			expect.arrayContaining([
				['CHN', 'VEN', 62_000_000_000],
				['CHN', 'BRA', 42_000_000_000],
				['CHN', 'ARG', 18_000_000_000],
				['CHN', 'ECU', 17_000_000_000]
			])
		);
		expect(of('loans').recalled).toBe(4);
		expect(of('loans').curated).toBe(4);
		expect(of('loans').correct).toBeGreaterThanOrEqual(4);
	});

	it('finds at least 80% of its curated events with the right resolved date', () => {
		expect(of('events').curated).toBe(dataset.events.filter((e) => e.evidence.some((v) => v.document === article.id)).length);
		expect(of('events').recall).toBeGreaterThanOrEqual(0.8);
		expect(of('events').precision).toBeGreaterThanOrEqual(0.7);
	});

	it('resolves each relative phrase the curators resolved to the same date', () => {
		const byPhrase = new Map(x.events.flatMap((e) => (e.record.evidence ?? []).filter((v) => v.document === article.id && v.reported_as).map((v) => [v.reported_as, v.date ?? e.record.date] as const)));
		const curated = dataset.events.flatMap((e) => e.evidence.filter((v) => v.document === article.id && v.reportedAs && v.date).map((v) => [v.reportedAs as string, v.date?.spec as string] as const));
		expect(curated.length).toBeGreaterThanOrEqual(5);
		for (const [phrase, spec] of curated) expect([phrase, String(byPhrase.get(phrase))]).toEqual([phrase, spec]);
	});

	it('names the curated entities its curated records refer to', () => {
		expect(of('entities').recall).toBeGreaterThanOrEqual(0.9);
	});
});

describe('every document with curated records', () => {
	it('is evaluated, and the totals hold up', () => {
		const docs = evaluatedDocuments(dataset);
		expect(docs.map((d) => d.id).sort()).toEqual(['ref-china-lac-lending', 'ref-us-sanctions-venezuela', 'ref-venezuela-crisis-dates', 'wsws-2019-04-17-pentagon-venezuela']);
		const all = total(docs.map((d) => evaluateDocument(dataset, d.id === article.id ? x : extract(d, context))));
		const t = (type: Score['type']) => all.find((s) => s.type === type) as Score;
		expect(t('loans').recall).toBe(1);
		expect(t('sanctions').recall).toBeGreaterThanOrEqual(0.7);
		expect(t('events').recall).toBeGreaterThanOrEqual(0.75);
		for (const s of all) expect(s.misses.length).toBe(s.curated - s.recalled);
	}, 30_000);
});
