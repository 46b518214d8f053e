/**
 * Extraction on documents it was not written for: the development corpus (tests/corpus, nine
 * news-style documents with gold records), each read alone from its front matter. Its
 * figures are lower bounds: a change that lowers them fails here. And the scoring itself:
 * what matches, what is a false candidate, what is a distractor taken.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	calibration,
	corpusTotal,
	CorpusError,
	evaluateCorpus,
	parseGold,
	sameName,
	scoreCorpusDocument,
	type CorpusScore
} from '../../src/lib/extract/corpus.ts';
import { loadContext } from '../../src/lib/extract/document.ts';
import { readDataFiles } from '../../src/lib/server/data-files.ts';
import { doc } from '../fixtures/extract/helpers.ts';

const DIR = 'tests/corpus';
const files = readdirSync(DIR)
	.filter((n) => n.endsWith('.md') && n !== 'README.md')
	.map((name) => ({
		name,
		text: readFileSync(join(DIR, name), 'utf8'),
		gold: readFileSync(join(DIR, name.replace(/\.md$/, '.gold.yaml')), 'utf8')
	}));

describe('the development corpus, each document read alone', () => {
	const scores = evaluateCorpus(files, loadContext(readDataFiles('data', { tables: false })));
	const total = corpusTotal(scores);
	const of = (type: CorpusScore['type']) => total.find((s) => s.type === type) as CorpusScore;

	it('reads all nine documents and their gold records', () => {
		expect(scores).toHaveLength(9);
		expect([of('loans').gold, of('sanctions').gold, of('events').gold]).toEqual([34, 10, 35]);
	});

	it('loans: at least 90% recall on borrower and exact dollar amount, 80% precision, no distractor', () => {
		expect(of('loans').recall).toBeGreaterThanOrEqual(0.9);
		expect(of('loans').precision).toBeGreaterThanOrEqual(0.8);
		expect(of('loans').distractors).toEqual([]);
	});

	it('sanctions: at least 90% recall on date and a named target, no distractor', () => {
		expect(of('sanctions').recall).toBeGreaterThanOrEqual(0.9);
		expect(of('sanctions').distractors).toEqual([]);
	});

	it('events: at least 75% recall with the date at the gold precision, 70% precision', () => {
		expect(of('events').recall).toBeGreaterThanOrEqual(0.75);
		expect(of('events').precision).toBeGreaterThanOrEqual(0.7);
	});

	it('lists each miss and each false candidate, one line each', () => {
		for (const s of total) {
			expect(s.misses).toHaveLength(s.gold - s.recalled);
			expect(s.false).toHaveLength(s.found - s.correct);
		}
	});

	it('splits the candidates at confidence 0.5 for calibration', () => {
		for (const s of total) {
			const c = calibration(s);
			expect(c.above.n + c.below.n).toBe(s.found);
		}
	});
}, 60_000);

describe('corpus scoring', () => {
	const text = 'LIMA — Peru borrowed $3 billion from China in 2015. Trade reached $20 billion.';
	const gold = parseGold(
		't.gold.yaml',
		'loans:\n  - borrower: "PER"\n    amount_usd: 3000000000\n    quote: "Peru borrowed $3 billion"\nsanctions: []\nevents: []\nnot_records:\n  - "Trade reached $20 billion"\n'
	);
	const d = doc(text, '2020-01-01');
	const loan = (borrower: string, amount: string, quote: string) => {
		const start = text.indexOf(quote);
		return {
			record: { id: `l-${borrower}-${amount}`, borrower, amount, evidence: [{ document: d.id, quote }] },
			confidence: 0.9,
			offsets: [{ document: d.id, start, end: start + quote.length }],
			notes: []
		};
	};
	const x = (loans: ReturnType<typeof loan>[]) => ({
		document: d,
		known: [],
		entities: [],
		series: [],
		loans,
		sanctions: [],
		events: []
	});

	it('matches a loan on borrower and exact amount, and counts a false candidate that quotes a distractor', () => {
		const [s] = scoreCorpusDocument(
			x([
				loan('PER', '$3 billion', 'Peru borrowed $3 billion'),
				loan('PER', '$20 billion', 'Trade reached $20 billion')
			]),
			gold,
			(id) => [id]
		);
		expect(s).toMatchObject({ found: 2, gold: 1, correct: 1, recalled: 1, distractors: ['Trade reached $20 billion'] });
	});

	it('does not match another amount or another borrower', () => {
		const [s] = scoreCorpusDocument(
			x([
				loan('PER', '$3.1 billion', 'Peru borrowed $3 billion'),
				loan('CHN', '$3 billion', 'Peru borrowed $3 billion')
			]),
			gold,
			(id) => [id]
		);
		expect(s).toMatchObject({ correct: 0, recalled: 0 });
		expect(s?.misses).toHaveLength(1);
	});

	it.each([
		['Rosneft Trading S.A.', 'Rosneft Trading', true],
		['Government of Venezuela', 'Government of Venezuela', true],
		['Delcy Rodríguez', 'Delcy Rodriguez', true],
		['Delcy Rodríguez', 'Jorge Rodríguez', false]
	])('sameName(%s, %s) = %s', (a, b, expected) => expect(sameName(a, b)).toBe(expected));

	it('refuses a gold record without a quote or with a malformed date, naming file, record and field', () => {
		expect(() => parseGold('x.gold.yaml', 'loans:\n  - borrower: PER\n')).toThrow(
			new CorpusError('x.gold.yaml', 'loans[0], field quote: is required')
		);
		expect(() => parseGold('x.gold.yaml', 'events:\n  - date: "2019-13"\n    quote: q\n')).toThrow(
			/x\.gold\.yaml: events\[0\], field date: /
		);
	});
});
