/**
 * Extraction measured against the curated records: for each document that curated loans,
 * sanctions or events cite, precision (the share of candidates that match a curated record)
 * and recall (the share of curated records some candidate matches), per record type, with
 * the curated records no candidate found.
 *
 * Matching:
 *   loan      the same borrower (country or region) and exactly the same amount in dollars;
 *   event     the same date — the record's, or the one the evidence from this document alone
 *             supports, on either side — and quotes in this document that overlap;
 *   sanction  the same date (likewise) and the same instrument or a shared target;
 *   entity    the same id, against the entities the document's curated records refer to
 *             (actors, issuers, targets, lenders, borrowing regions) where a quote from this
 *             document names them.
 */
import { parseDate } from '../data/dates.ts';
import { parseUsd } from '../data/money.ts';
import type { RawEvidence } from '../data/schema.ts';
import type { Dataset, Evidence, SourceDocument } from '../data/types.ts';
import { overlaps } from './analyse.ts';
import { fold } from './mentions.ts';
import type { Candidate, Extraction } from './types.ts';

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

const iso = (spec: string | number | undefined) => {
	if (spec === undefined) return null;
	const r = parseDate(spec);
	return r.ok ? r.value.iso : null;
};

/** A candidate's dates: its record's, and those its evidence from this document states. */
function candidateDates(c: Candidate<{ date?: string | number; evidence?: RawEvidence[] }>, doc: string): Set<string> {
	const out = new Set<string>();
	const d = iso(c.record.date);
	if (d) out.add(d);
	for (const e of c.record.evidence ?? []) if (e.document === doc && iso(e.date)) out.add(iso(e.date) as string);
	return out;
}

function curatedDates(r: { date: { iso: string }; evidence: readonly Evidence[] }, doc: string): Set<string> {
	const out = new Set([r.date.iso]);
	for (const e of r.evidence) if (e.document === doc && e.date) out.add(e.date.iso);
	return out;
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
const quote = (s: string) => `“${s.length > 90 ? `${s.slice(0, 88).trimEnd()}…` : s}”`;

function score<C, G>(type: RecordType, candidates: readonly C[], gold: readonly G[], match: (c: C, g: G) => boolean, describe: (g: G) => string): Score {
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

export function evaluateDocument(dataset: Dataset, x: Extraction): DocumentScore {
	const doc = x.document.id;
	const cites = (r: { evidence: readonly Evidence[] }) => r.evidence.some((e) => e.document === doc);
	const loans = dataset.loans.filter(cites);
	const sanctions = dataset.sanctions.filter(cites);
	const events = dataset.events.filter(cites);
	const spansIn = (r: { evidence: readonly Evidence[] }) => r.evidence.filter((e) => e.document === doc);
	const candidateSpans = (c: Candidate<unknown>) => c.offsets.filter((o) => o.document === doc);
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
		(c, g) => (c.record.borrower ?? c.record.borrower_region) === (g.borrower?.code ?? g.borrowerRegion) && usd(c.record.amount) === g.amountUsd,
		(g) => `loan ${g.id} (${g.borrower?.code ?? g.borrowerRegion}, ${g.amountText}): ${firstQuote(g)}`
	);
	const eventScore = score(
		'events',
		x.events,
		events,
		(c, g) => meets(candidateDates(c, doc), curatedDates(g, doc)) && candidateSpans(c).some((s) => spansIn(g).some((e) => overlaps(s, e))),
		(g) => `event ${g.id} (${[...curatedDates(g, doc)].join(' or ')}): ${firstQuote(g)}`
	);
	const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
	const sanctionScore = score(
		'sanctions',
		x.sanctions,
		sanctions,
		(c, g) =>
			meets(candidateDates(c, doc), curatedDates(g, doc)) &&
			(norm(c.record.instrument) === norm(g.instrument) || (c.record.targets ?? []).some((t) => g.targets.includes(t))),
		(g) => `sanction ${g.id} (${[...curatedDates(g, doc)].join(' or ')}, ${g.instrument}): ${firstQuote(g)}`
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
	const cited = new Set([...dataset.loans, ...dataset.sanctions, ...dataset.events].flatMap((r) => r.evidence.map((e) => e.document)));
	return dataset.documents.filter((d) => cited.has(d.id));
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
	for (const s of scores) lines.push(`  ${s.type.padEnd(10)} ${ratio(s.correct, s.found, s.precision).padEnd(16)} ${ratio(s.recalled, s.curated, s.recall)}`);
	if (withMisses) {
		const misses = scores.flatMap((s) => s.misses);
		lines.push(misses.length ? `  missed (${misses.length}):` : '  missed: none');
		for (const m of misses) lines.push(`    ${m}`);
	}
	return lines.join('\n');
}
