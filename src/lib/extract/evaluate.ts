/**
 * Extraction measured against the curated records: for each document that curated loans,
 * sanctions or events cite, precision (the share of candidates that match a curated record)
 * and recall (the share of curated records some candidate matches), per record type, with
 * the curated records no candidate found.
 *
 * Each document is read alone, as a new document is: with the curated entities, series,
 * sanction orders and ids, but none of the other catalogued documents, so every date comes
 * from its own words and its own publication date. `withReferences` lets the other documents pin dates, as an
 * extra view of the same records; it is never the headline figure.
 *
 * Matching:
 *   loan      the same borrower (country or region) and exactly the same amount in dollars;
 *   event     a quote of the candidate overlaps a curated quote from this document, and the
 *             candidate's date from this document equals the date that quote supports (its
 *             `date`, else the record's); with references, the record's date also counts;
 *   sanction  the same date (likewise, quote by quote) and the same instrument or a shared
 *             target;
 *   entity    the same id, against the entities the document's curated records refer to
 *             (actors, issuers, targets, lenders, borrowing regions) where a quote from this
 *             document names them.
 */
import { parseDate, type DateValue } from '../data/dates.ts';
import { parseUsd } from '../data/money.ts';
import type { Dataset, Evidence, SourceDocument } from '../data/types.ts';
import { overlaps } from './analyse.ts';
import { extract } from './extract.ts';
import { fold } from './mentions.ts';
import type { Span } from './text.ts';
import type { Candidate, ExtractContext, Extraction } from './types.ts';

export const RECORD_TYPES = ['loans', 'sanctions', 'events', 'entities'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface Score {
	readonly type: RecordType;
	readonly found: number;
	readonly curated: number;
	/** Candidates that match some curated record. */
	readonly correct: number;
	/** Curated records some candidate matches. */
	readonly recalled: number;
	readonly precision: number | null;
	readonly recall: number | null;
	/** Curated records no candidate matches, one line each. */
	readonly misses: readonly string[];
}

export interface DocumentScore {
	readonly document: SourceDocument;
	readonly scores: readonly Score[];
}

export interface EvaluateOptions {
	/** Let the other catalogued documents pin dates (an extra view): a candidate then also matches on its record's date. */
	readonly withReferences?: boolean;
}

const iso = (spec: string | number | undefined) => {
	if (spec === undefined) return null;
	const r = parseDate(spec);
	return r.ok ? r.value.iso : null;
};

/** A quote in the evaluated document with the date it supports (an ISO interval). */
interface DatedQuote extends Span {
	readonly iso: string;
	/** The date as written in the record, for the list of misses. */
	readonly spec: string;
}

/** The candidate's quotes from this document, each with the date this document alone gives it: its evidence's `date`, else the record's. */
function candidateQuotes(
	c: Candidate<{ date?: string | number; evidence?: { date?: string | number }[] }>,
	doc: string
): DatedQuote[] {
	const evidence = c.record.evidence ?? [];
	return c.offsets.flatMap((o, i) => {
		const spec = String(evidence[i]?.date ?? c.record.date ?? '');
		const d = iso(spec);
		return o.document === doc && d ? [{ start: o.start, end: o.end, iso: d, spec }] : [];
	});
}

/** The curated quotes from this document, each with the date it supports: its `date`, else the record's. */
function curatedQuotes(r: { date: DateValue; evidence: readonly Evidence[] }, doc: string): DatedQuote[] {
	return r.evidence
		.filter((e) => e.document === doc)
		.map((e) => ({ start: e.start, end: e.end, iso: (e.date ?? r.date).iso, spec: (e.date ?? r.date).spec }));
}

const quote = (s: string) => `“${s.length > 90 ? `${s.slice(0, 88).trimEnd()}…` : s}”`;

function score<C, G>(
	type: RecordType,
	candidates: readonly C[],
	gold: readonly G[],
	match: (c: C, g: G) => boolean,
	describe: (g: G) => string
): Score {
	const correct = candidates.filter((c) => gold.some((g) => match(c, g))).length;
	const missed = gold.filter((g) => !candidates.some((c) => match(c, g)));
	const recalled = gold.length - missed.length;
	return {
		type,
		found: candidates.length,
		curated: gold.length,
		correct,
		recalled,
		precision: candidates.length ? correct / candidates.length : null,
		recall: gold.length ? recalled / gold.length : null,
		misses: missed.map(describe)
	};
}

export function evaluateDocument(dataset: Dataset, x: Extraction, options: EvaluateOptions = {}): DocumentScore {
	const doc = x.document.id;
	const cites = (r: { evidence: readonly Evidence[] }) => r.evidence.some((e) => e.document === doc);
	const loans = dataset.loans.filter(cites);
	const sanctions = dataset.sanctions.filter(cites);
	const events = dataset.events.filter(cites);
	const spansIn = (r: { evidence: readonly Evidence[] }) => r.evidence.filter((e) => e.document === doc);
	const firstQuote = (r: { evidence: readonly Evidence[] }) => quote(spansIn(r)[0]?.quote ?? '');

	const usd = (amount: string | undefined) => {
		if (amount === undefined) return null;
		if (amount.trim().toLowerCase() === 'none') return 0;
		const m = parseUsd(amount);
		return m.ok ? m.usd : null;
	};
	const loanScore = score(
		'loans',
		x.loans,
		loans,
		(c, g) =>
			(c.record.borrower ?? c.record.borrower_region) === (g.borrower?.code ?? g.borrowerRegion) &&
			usd(c.record.amount) === g.amountUsd,
		(g) => `loan ${g.id} (${g.borrower?.code ?? g.borrowerRegion}, ${g.amountText}): ${firstQuote(g)}`
	);
	const ofRecord = (c: Candidate<{ date?: string | number }>, g: { date: { iso: string } }) =>
		!!options.withReferences && iso(c.record.date) === g.date.iso;
	const datesIn = (g: { date: DateValue; evidence: readonly Evidence[] }) =>
		[...new Set(curatedQuotes(g, doc).map((q) => q.spec))].join(' or ');
	const eventScore = score(
		'events',
		x.events,
		events,
		(c, g) => {
			const mine = candidateQuotes(c, doc);
			const theirs = curatedQuotes(g, doc);
			if (mine.some((m) => theirs.some((t) => overlaps(m, t) && m.iso === t.iso))) return true;
			return ofRecord(c, g) && mine.some((m) => theirs.some((t) => overlaps(m, t)));
		},
		(g) => `event ${g.id} (${datesIn(g)}): ${firstQuote(g)}`
	);
	const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
	const sanctionScore = score(
		'sanctions',
		x.sanctions,
		sanctions,
		(c, g) => {
			const theirs = new Set(curatedQuotes(g, doc).map((q) => q.iso));
			const dated = candidateQuotes(c, doc).some((m) => theirs.has(m.iso)) || ofRecord(c, g);
			return (
				dated &&
				(norm(c.record.instrument) === norm(g.instrument) ||
					(c.record.targets ?? []).some((t) => g.targets.includes(t)))
			);
		},
		(g) => `sanction ${g.id} (${datesIn(g)}, ${g.instrument}): ${firstQuote(g)}`
	);
	// The entities the document's curated records refer to, where a quote from this document names them.
	const quotes = [...loans, ...sanctions, ...events].flatMap((r) => spansIn(r).map((e) => fold(e.quote).toLowerCase()));
	const namedInQuotes = (id: string) => {
		const e = dataset.entities.find((x) => x.id === id);
		return !!e && [e.name, ...e.aliases].some((n) => quotes.some((q) => q.includes(fold(n).toLowerCase())));
	};
	const named = new Set<string>();
	const refer = (id: string | null) => id && namedInQuotes(id) && named.add(id);
	for (const l of loans) [l.lenderEntity, l.borrowerRegion].forEach(refer);
	for (const s of sanctions) [s.issuer, ...s.targets].forEach(refer);
	for (const e of events) e.actors.forEach(refer);
	const found = [...new Set([...x.known.map((k) => k.id), ...x.entities.map((e) => e.record.id)])];
	const entityScore = score(
		'entities',
		found,
		[...named],
		(c, g) => c === g,
		(g) => `entity ${g} (${dataset.entities.find((e) => e.id === g)?.name ?? g})`
	);
	return { document: x.document, scores: [loanScore, sanctionScore, eventScore, entityScore] };
}

/** Documents that curated loans, sanctions or events cite. */
export function evaluatedDocuments(dataset: Dataset): SourceDocument[] {
	const cited = new Set(
		[...dataset.loans, ...dataset.sanctions, ...dataset.events].flatMap((r) => r.evidence.map((e) => e.document))
	);
	return dataset.documents.filter((d) => cited.has(d.id));
}

/** What extraction reads with `document`: the curated context and, only with references, the other catalogued documents. */
export function readingOf(
	document: SourceDocument,
	context: ExtractContext,
	options: EvaluateOptions = {}
): ExtractContext {
	return options.withReferences ? context : { ...context, documents: [document] };
}

/** Every evaluated document extracted (alone unless `withReferences`) and scored. */
export function evaluateAll(dataset: Dataset, context: ExtractContext, options: EvaluateOptions = {}): DocumentScore[] {
	return evaluatedDocuments(dataset).map((d) =>
		evaluateDocument(dataset, extract(d, readingOf(d, context, options)), options)
	);
}

/** Sum of the scores of several documents, per type. */
export function total(scores: readonly DocumentScore[]): Score[] {
	return RECORD_TYPES.map((type) => {
		const s = scores.map((d) => d.scores.find((x) => x.type === type) as Score);
		const sum = (k: 'found' | 'curated' | 'correct' | 'recalled') => s.reduce((n, x) => n + x[k], 0);
		const found = sum('found');
		const curated = sum('curated');
		return {
			type,
			found,
			curated,
			correct: sum('correct'),
			recalled: sum('recalled'),
			precision: found ? sum('correct') / found : null,
			recall: curated ? sum('recalled') / curated : null,
			misses: s.flatMap((x) => x.misses)
		};
	});
}

const ratio = (n: number, d: number, v: number | null) => (v === null ? '—' : `${n}/${d} = ${v.toFixed(2)}`);

export function formatScores(title: string, scores: readonly Score[], withMisses = true): string {
	const lines = [title, `  ${'type'.padEnd(10)} ${'precision'.padEnd(16)} recall`];
	for (const s of scores)
		lines.push(
			`  ${s.type.padEnd(10)} ${ratio(s.correct, s.found, s.precision).padEnd(16)} ${ratio(s.recalled, s.curated, s.recall)}`
		);
	if (withMisses) {
		const misses = scores.flatMap((s) => s.misses);
		lines.push(misses.length ? `  missed (${misses.length}):` : '  missed: none');
		for (const m of misses) lines.push(`    ${m}`);
	}
	return lines.join('\n');
}
