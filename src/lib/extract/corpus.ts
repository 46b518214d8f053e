/**
 * Extraction measured on documents it was not written for: a folder of `<name>.md` documents
 * (metadata in front matter), each with `<name>.gold.yaml` listing the records a careful
 * analyst would extract and `not_records`, spans that must become no loan or sanction.
 *
 * Matching (a candidate matches a gold record when):
 *   loan      the same borrower (country code, or region by name) and exactly the same
 *             amount in US dollars (the stated dollar figure of a yuan amount counts);
 *   sanction  the same date and at least one target the gold record names (an order with no
 *             named target: the same order number in the instrument);
 *   event     overlapping quotes and the same date at the gold record's precision.
 * A distractor is taken when a loan or sanction candidate that matches no gold record quotes
 * a not_records span (for events, the same is reported but not required to be zero).
 * Reading the files stays in the command; these functions take their text.
 */
import { parseDate } from '../data/dates.ts';
import { parseUsd } from '../data/money.ts';
import type { SourceDocument } from '../data/types.ts';
import { YamlFile } from '../data/yaml-file.ts';
import { overlaps } from './analyse.ts';
import { extract } from './extract.ts';
import { describeMissing, documentFromFrontMatter } from './front-matter.ts';
import { fold } from './mentions.ts';
import type { Span } from './text.ts';
import type { Candidate, ExtractContext, Extraction } from './types.ts';

export const CORPUS_TYPES = ['loans', 'sanctions', 'events'] as const;
export type CorpusType = (typeof CORPUS_TYPES)[number];

export interface GoldLoan {
	borrower?: string;
	borrower_region?: string;
	amount_usd?: number;
	quote: string;
}
export interface GoldSanction {
	date: string;
	instrument?: string;
	targets?: string[];
	quote: string;
}
export interface GoldEvent {
	date: string;
	precision?: string;
	what?: string;
	quote: string;
}
export interface Gold {
	loans: GoldLoan[];
	sanctions: GoldSanction[];
	events: GoldEvent[];
	not_records: string[];
}

export interface CorpusScore {
	readonly type: CorpusType;
	readonly found: number;
	readonly gold: number;
	readonly correct: number;
	readonly recalled: number;
	readonly precision: number | null;
	readonly recall: number | null;
	readonly misses: readonly string[];
	/** Candidates that match no gold record, one line each. */
	readonly false: readonly string[];
	/** not_records spans a candidate of this type took. */
	readonly distractors: readonly string[];
	/** Confidence and correctness of every candidate, for calibration. */
	readonly confidences: readonly { confidence: number; correct: boolean }[];
}

export interface CorpusDocumentScore {
	readonly document: SourceDocument;
	readonly scores: readonly CorpusScore[];
}

export class CorpusError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string
	) {
		super(`${file}: ${problem}`);
		this.name = 'CorpusError';
	}
}

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Parse a gold file; a record without a quote, or with a malformed date, is an error naming it. */
export function parseGold(file: string, text: string): Gold {
	const y = new YamlFile(file, text);
	if (y.problems.length) throw new CorpusError(file, y.problems.map((p) => `line ${p.line}: ${p.message}`).join('; '));
	const data = (y.data ?? {}) as Record<string, unknown>;
	const gold: Gold = {
		loans: list(data.loans),
		sanctions: list(data.sanctions),
		events: list(data.events),
		not_records: list<string>(data.not_records).map(String)
	};
	for (const type of CORPUS_TYPES) {
		(gold[type] as { quote?: unknown; date?: unknown }[]).forEach((r, i) => {
			if (typeof r?.quote !== 'string' || !r.quote.trim())
				throw new CorpusError(file, `${type}[${i}], field quote: is required`);
			if (type !== 'loans') {
				const d = goldDate(r.date);
				if (!d.ok) throw new CorpusError(file, `${type}[${i}], field date: ${d.error}`);
			}
		});
	}
	return gold;
}

/** Where `quote` stands in `text`, whitespace-insensitively; null when it does not. */
export function locate(text: string, quote: string): Span | null {
	const words = quote
		.trim()
		.split(/\s+/)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const m = new RegExp(words.join('\\s+')).exec(text);
	return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const usdOf = (amount: string | undefined): number | null => {
	if (!amount) return null;
	const m = parseUsd(amount);
	return m.ok ? m.usd : null;
};
const words = (s: string) =>
	fold(s)
		.toLowerCase()
		.match(/[\p{L}\d]+/gu) ?? [];
const STOP = new Set(['the', 'of', 'and', 'de', 'la', 's', 'a', 'sa']);
/** Two names name the same thing when every significant word of the shorter is in the longer. */
export function sameName(a: string, b: string): boolean {
	const [x, y] = [words(a).filter((w) => !STOP.has(w)), words(b).filter((w) => !STOP.has(w))];
	if (!x.length || !y.length) return false;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	return short.every((w) => long.includes(w));
}
/** A gold date as the dataset writes it: a quarter (`2017-Q3`) is the range of its months. */
export function goldDate(spec: unknown) {
	const q = /^(\d{4})-Q([1-4])$/.exec(String(spec ?? ''));
	const first = q ? (Number(q[2]) - 1) * 3 + 1 : 0;
	const pad = (n: number) => String(n).padStart(2, '0');
	return parseDate(q ? `${q[1]}-${pad(first)}/${q[1]}-${pad(first + 2)}` : String(spec ?? ''));
}
const isoOf = (spec: unknown) => {
	const d = goldDate(spec);
	return d.ok ? d.value : null;
};

function spansOf(c: Candidate<unknown>, doc: string): Span[] {
	return c.offsets.filter((o) => o.document === doc);
}

/** Score one extraction against its gold file. `names` gives an entity id's names (curated or proposed). */
export function scoreCorpusDocument(x: Extraction, gold: Gold, names: (id: string) => string[]): CorpusScore[] {
	const doc = x.document;
	const where = (quote: string): Span => locate(doc.text, quote) ?? { start: -1, end: -1 };
	const distractors = gold.not_records.map((q) => ({ q, span: where(q) }));
	const short = (s: string) => `“${s.length > 90 ? `${s.slice(0, 88).trimEnd()}…` : s}”`;

	const regionNames = (id: string) => names(id);
	const loanMatch = (
		c: Candidate<{ borrower?: string; borrower_region?: string; amount?: string; amount_usd?: number }>,
		g: GoldLoan
	) => {
		const r = c.record;
		const borrower = g.borrower
			? r.borrower === g.borrower
			: !!r.borrower_region &&
				!!g.borrower_region &&
				regionNames(r.borrower_region).some((n) => sameName(n, g.borrower_region as string));
		return borrower && g.amount_usd !== undefined && usdOf(r.amount) === g.amount_usd;
	};
	const sanctionMatch = (
		c: Candidate<{ date?: string | number; targets?: string[]; instrument?: string }>,
		g: GoldSanction
	) => {
		const d = isoOf(c.record.date);
		const gd = isoOf(g.date);
		if (!d || !gd || d.iso !== gd.iso) return false;
		const targets = (c.record.targets ?? []).flatMap(names);
		// A measure the text names no target for (an order) matches on its order number.
		if (!g.targets?.length) {
			const order = /\d{4,5}/.exec(g.instrument ?? '')?.[0];
			return !!order && new RegExp(`\\b${order}\\b`).test(String(c.record.instrument ?? ''));
		}
		return g.targets.some((t) => targets.some((n) => sameName(n, t)));
	};
	const eventMatch = (c: Candidate<{ date?: string | number }>, g: GoldEvent) => {
		const d = isoOf(c.record.date);
		const gd = isoOf(g.date);
		if (!d || !gd || d.iso !== gd.iso) return false;
		const span = where(g.quote);
		return spansOf(c, doc.id).some((s) => overlaps(s, span));
	};

	const run = <C extends Candidate<object>, G extends { quote: string }>(
		type: CorpusType,
		candidates: readonly C[],
		golds: readonly G[],
		match: (c: C, g: G) => boolean,
		describe: (g: G) => string
	): CorpusScore => {
		const flags = candidates.map((c) => golds.some((g) => match(c, g)));
		const missed = golds.filter((g) => !candidates.some((c) => match(c, g)));
		const wrong = candidates.filter((_, i) => !flags[i]);
		const quoteOf = (c: C) => (c.record as { evidence?: { quote: string }[] }).evidence?.[0]?.quote ?? '';
		const taken = distractors.filter(
			(d) => d.span.start >= 0 && wrong.some((c) => spansOf(c, doc.id).some((s) => overlaps(s, d.span)))
		);
		return {
			type,
			found: candidates.length,
			gold: golds.length,
			correct: flags.filter(Boolean).length,
			recalled: golds.length - missed.length,
			precision: candidates.length ? flags.filter(Boolean).length / candidates.length : null,
			recall: golds.length ? (golds.length - missed.length) / golds.length : null,
			misses: missed.map(describe),
			false: wrong.map(
				(c) => `${type.slice(0, -1)} ${c.record.id ?? ''} (${describeCandidate(c.record)}): ${short(quoteOf(c))}`
			),
			distractors: taken.map((d) => d.q),
			confidences: candidates.map((c, i) => ({ confidence: c.confidence, correct: !!flags[i] }))
		};
	};
	return [
		run(
			'loans',
			x.loans,
			gold.loans,
			loanMatch,
			(g) => `loan (${g.borrower ?? g.borrower_region}, ${g.amount_usd}): ${short(g.quote)}`
		),
		run(
			'sanctions',
			x.sanctions,
			gold.sanctions,
			sanctionMatch,
			(g) => `sanction (${g.date}, ${(g.targets ?? []).join('; ')}): ${short(g.quote)}`
		),
		run('events', x.events, gold.events, eventMatch, (g) => `event (${g.date}): ${short(g.quote)}`)
	];
}

function describeCandidate(r: object): string {
	const v = r as Record<string, unknown>;
	return [
		v.borrower ?? v.borrower_region,
		v.amount,
		v.date ?? v.period,
		Array.isArray(v.targets) ? v.targets.join('; ') : undefined
	]
		.filter((p) => p !== undefined)
		.join(', ');
}

export interface CorpusFile {
	readonly name: string;
	readonly text: string;
	readonly gold: string;
}

/** Extract each corpus document alone (with the curated entities) and score it. */
export function evaluateCorpus(files: readonly CorpusFile[], context: ExtractContext): CorpusDocumentScore[] {
	return files.map((f) => {
		const r = documentFromFrontMatter(f.name, f.text);
		if (!r.ok) throw new CorpusError(f.name, describeMissing(r));
		const gold = parseGold(f.name.replace(/\.(?:md|txt)$/, '.gold.yaml'), f.gold);
		const x = extract(r.document, { ...context, documents: [r.document] });
		const byId = new Map<string, string[]>();
		for (const e of context.entities) byId.set(e.id, [e.name, ...(e.aliases ?? [])]);
		for (const e of x.entities) byId.set(e.record.id, [String(e.record.name ?? '')]);
		return { document: r.document, scores: scoreCorpusDocument(x, gold, (id) => byId.get(id) ?? [id]) };
	});
}

/** The scores of several documents summed per type. */
export function corpusTotal(scores: readonly CorpusDocumentScore[]): CorpusScore[] {
	return CORPUS_TYPES.map((type) => {
		const s = scores.map((d) => d.scores.find((x) => x.type === type) as CorpusScore);
		const sum = (k: 'found' | 'gold' | 'correct' | 'recalled') => s.reduce((n, x) => n + x[k], 0);
		return {
			type,
			found: sum('found'),
			gold: sum('gold'),
			correct: sum('correct'),
			recalled: sum('recalled'),
			precision: sum('found') ? sum('correct') / sum('found') : null,
			recall: sum('gold') ? sum('recalled') / sum('gold') : null,
			misses: s.flatMap((x) => x.misses),
			false: s.flatMap((x) => x.false),
			distractors: s.flatMap((x) => x.distractors),
			confidences: s.flatMap((x) => x.confidences)
		};
	});
}

/** Precision of the candidates with confidence at or above `cut`, and below it. */
export function calibration(
	score: CorpusScore,
	cut = 0.5
): { above: { n: number; precision: number | null }; below: { n: number; precision: number | null } } {
	const part = (keep: (c: number) => boolean) => {
		const c = score.confidences.filter((x) => keep(x.confidence));
		return { n: c.length, precision: c.length ? c.filter((x) => x.correct).length / c.length : null };
	};
	return { above: part((c) => c >= cut), below: part((c) => c < cut) };
}

const ratio = (n: number, d: number, v: number | null) => (v === null ? '—' : `${n}/${d} = ${v.toFixed(2)}`);

export function formatCorpusScores(title: string, scores: readonly CorpusScore[], details = true): string {
	const lines = [title, `  ${'type'.padEnd(10)} ${'precision'.padEnd(16)} ${'recall'.padEnd(16)} distractors taken`];
	for (const s of scores)
		lines.push(
			`  ${s.type.padEnd(10)} ${ratio(s.correct, s.found, s.precision).padEnd(16)} ${ratio(s.recalled, s.gold, s.recall).padEnd(16)} ${s.distractors.length}`
		);
	if (details) {
		for (const s of scores) {
			if (s.misses.length) lines.push(`  missed ${s.type} (${s.misses.length}):`, ...s.misses.map((m) => `    ${m}`));
			if (s.false.length) lines.push(`  false ${s.type} (${s.false.length}):`, ...s.false.map((m) => `    ${m}`));
			if (s.distractors.length)
				lines.push(`  distractors taken as ${s.type}:`, ...s.distractors.map((m) => `    “${m}”`));
		}
	}
	return lines.join('\n');
}
