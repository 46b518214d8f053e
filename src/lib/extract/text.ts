/**
 * The prose of a document as paragraphs, sentences and clauses, each a span of the
 * original text. Markdown front matter, headings and list items are not prose; a heading is
 * remembered as the context of the paragraphs under it.
 */
import { is, tagParagraphs, type Token } from './nlp.ts';

export interface Span {
	readonly start: number;
	readonly end: number;
}

export interface Paragraph extends Span {
	readonly index: number;
	/** The nearest Markdown heading above the paragraph, if any. */
	readonly heading: string | null;
}

export interface Sentence extends Span {
	readonly index: number;
	readonly text: string;
	readonly paragraph: Paragraph;
	readonly tokens: readonly Token[];
	/** True when the sentence starts inside a quotation opened by an earlier sentence. */
	readonly quoted: boolean;
}

/**
 * How a clause attaches to the one before it: `and` (coordinated: "and was recognized"),
 * `rel` (relative: "who visited", "which was disclosed"), `part` (participle: "ending it
 * up", "charging that"), or `main`.
 */
export type Lead = 'main' | 'and' | 'rel' | 'part';

export interface Clause extends Span {
	readonly text: string;
	readonly sentence: Sentence;
	readonly tokens: readonly Token[];
	readonly lead: Lead;
}

export interface Prose {
	readonly text: string;
	readonly paragraphs: readonly Paragraph[];
	readonly sentences: readonly Sentence[];
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** Where the body starts: after the front matter of a Markdown note. */
export function bodyStart(text: string): number {
	const m = FRONT_MATTER.exec(text);
	return m ? m[0].length : 0;
}

const OPEN_QUOTES = /[“‘]/g;
const CLOSE_QUOTES = /[”’](?![\p{L}])/gu;

function quoteDepthChange(s: string): number {
	const opens = s.match(OPEN_QUOTES)?.length ?? 0;
	const closes = s.match(CLOSE_QUOTES)?.length ?? 0;
	return opens - closes;
}

/**
 * Paragraphs are separated by blank lines. A Markdown heading (`#`) or list item (`-`, `*`,
 * `1.`) is not prose, nor is a single line without closing punctuation that repeats the
 * title (the headline of a news text).
 */
export function readProse(text: string, title = '', progress?: (done: number) => void): Prose {
	const paragraphs: Paragraph[] = [];
	const sentences: Sentence[] = [];
	// A passage repeated verbatim (a boilerplate, a page pasted twice) is read once.
	const seen = new Set<string>();
	let heading: string | null = null;
	const re = /[^\n](?:[\s\S]*?)(?=\n[ \t]*\n|\s*$)/g;
	re.lastIndex = bodyStart(text);
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const raw = m[0];
		const start = m.index;
		const trimmed = raw.trim();
		if (trimmed === '') continue;
		const h = /^#{1,6}\s+(.*)$/.exec(trimmed);
		if (h) {
			heading = (h[1] ?? '').trim();
			continue;
		}
		if (/^(?:[-*+]|\d+\.)\s/.test(trimmed)) continue;
		// A Markdown table is read row by row (tables.ts), not as sentences.
		if (trimmed.split('\n').every((l) => /^\s*\|/.test(l))) continue;
		// A short line without closing punctuation is a headline or a caption, not a sentence.
		const headline = trimmed.length < 160 && !/[.!?][”"’)]*$/.test(trimmed);
		if (!trimmed.includes('\n') && (trimmed === title.trim() || headline)) {
			heading = trimmed;
			continue;
		}
		const key = trimmed.replace(/\s+/g, ' ');
		if (seen.has(key)) continue;
		seen.add(key);
		paragraphs.push({ index: paragraphs.length, start, end: start + raw.trimEnd().length, heading });
	}
	// Tagging is most of the time of a long document: a few paragraphs at a time (tagParagraphs), with progress.
	const step = 100;
	let reported = 0;
	for (let i = 0; i < paragraphs.length; i += step) {
		const some = paragraphs.slice(i, i + step);
		const first = some[0] as Paragraph;
		if (progress && first.start - reported > 50_000) {
			reported = first.start;
			progress(first.start / text.length);
		}
		tagParagraphs(text, some).forEach((tagged, j) => {
			const paragraph = some[j] as Paragraph;
			let depth = 0;
			for (const s of tagged) {
				const sText = text.slice(s.start, s.end);
				sentences.push({ ...s, index: sentences.length, text: sText, paragraph, quoted: depth > 0 });
				depth = Math.max(0, depth + quoteDepthChange(sText));
			}
		});
	}
	return { text, paragraphs, sentences };
}

const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
const BREAK_PUNCT = /[,;:—–]/;
const STRONG_PUNCT = /[;:—–]/;

/**
 * A word that acts as a verb here: compromise says Verb, and, for a participle, it does not
 * follow a determiner or possessive ("a virtually unknown figure", "Haiti’s elected president").
 */
export function isVerb(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	if (!t || !is(t, 'Verb') || is(t, 'Hyphenated')) return false;
	if (is(t, 'Copula') || is(t, 'Auxiliary') || is(t, 'Modal')) return true;
	let j = i - 1;
	while (j >= 0 && is(tokens[j], 'Adverb')) j--;
	const before = tokens[j];
	if (before && (is(before, 'Determiner') || is(before, 'Possessive') || is(before, 'Adjective'))) return false;
	return true;
}

/** A finite verb that is not a form of "be" or an auxiliary alone: "swore", "was recognized", "told". */
export function isActionVerb(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	if (!t || !isVerb(tokens, i) || is(t, 'Copula') || is(t, 'Auxiliary') || is(t, 'Modal')) return false;
	return is(t, 'PastTense') || is(t, 'PresentTense') || is(t, 'Infinitive');
}

const PAST_BE = new Set(['was', 'were']);
const PRESENT_BE = new Set(['is', 'are', 'am', 'has', 'have']);

/** The word before `i`, skipping adverbs and "been". */
function auxiliaryBefore(tokens: readonly Token[], i: number): string | undefined {
	let j = i - 1;
	while (j >= 0 && (is(tokens[j], 'Adverb') || tokens[j]?.text.toLowerCase() === 'been')) j--;
	return tokens[j]?.text.toLowerCase();
}

/**
 * The index of a simple past action: a past-tense verb not in the present perfect ("has
 * coordinated") or present passive ("is bound"), or a participle after "was"/"were" that
 * compromise reads as an adjective ("was combined with"); -1 if none.
 */
export function pastActionAt(tokens: readonly Token[]): number {
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i] as Token;
		const aux = auxiliaryBefore(tokens, i);
		if (isActionVerb(tokens, i) && is(t, 'PastTense') && !PRESENT_BE.has(aux ?? '')) return i;
		if (is(t, 'Adjective') && /ed$/.test(t.text) && !is(t, 'Hyphenated')) {
			// compromise sometimes reads a past participle or past verb as an adjective: after
			// "was"/"were" ("was combined with"), or right after its subject and not before a
			// noun ("Sergei Lavrov, responded:").
			if (PAST_BE.has(aux ?? '')) return i;
			const before = tokens[i - 1];
			const after = tokens[i + 1];
			if (
				before &&
				is(before, 'Noun') &&
				!is(before, 'Possessive') &&
				(!after || !is(after, 'Noun') || /[,:;—–]/.test(t.post))
			)
				return i;
		}
	}
	return -1;
}

/** A finite verb in the present tense and none in the past: commentary, not a report of an event. */
export function presentOnly(tokens: readonly Token[]): boolean {
	if (pastActionAt(tokens) >= 0) return false;
	return tokens.some(
		(t, i) =>
			isVerb(tokens, i) &&
			!is(t, 'Gerund') &&
			!is(t, 'Infinitive') &&
			(is(t, 'PresentTense') || (is(t, 'Copula') && !PAST_BE.has(t.text.toLowerCase())))
	);
}

function leadOf(tokens: readonly Token[]): Lead {
	const first = tokens[0];
	if (!first) return 'main';
	const w = first.text.toLowerCase();
	if (COORDINATORS.has(w)) return 'and';
	if (RELATIVES.has(w)) return 'rel';
	if (is(first, 'Gerund')) return 'part';
	return 'main';
}

/**
 * Split a sentence into clauses at commas, semicolons, colons and dashes outside quotations
 * and brackets, and before "and"/"but" followed by a verb. Pieces with no verb of their own
 * (appositions, list items) are joined to their neighbours, as is a predicate separated from
 * its subject by an apposition ("Juan Guaidó, ..., swore himself in").
 * `keep(piece)` says whether a piece carries a date (or a word placing it in time): after a
 * dash, semicolon or colon such a piece stands on its own even without a verb.
 */
export function splitClauses(text: string, sentence: Sentence, keep: (span: Span) => boolean): Clause[] {
	const tokens = sentence.tokens;
	// Each piece with whether a strong break (dash, semicolon, colon) or the sentence start precedes it.
	const pieces: { tokens: Token[]; strong: boolean }[] = [];
	let current: Token[] = [];
	let strong = true;
	let depth = 0;
	const cut = (nextStrong: boolean) => {
		pieces.push({ tokens: current, strong });
		current = [];
		strong = nextStrong;
	};
	tokens.forEach((t, i) => {
		const next = tokens[i + 1];
		if (current.length && COORDINATORS.has(t.text.toLowerCase()) && depth === 0) {
			let k = i + 1;
			while (is(tokens[k], 'Adverb')) k++;
			if (isVerb(tokens, k)) cut(false);
		}
		current.push(t);
		// Quotations and brackets opened in `post` begin after the break: "responded: “Venezuela ...".
		const at = t.post.search(/[“‘"([]/u);
		const beforeOpen = at < 0 ? t.post : t.post.slice(0, at);
		const opened = at < 0 ? '' : t.post.slice(at);
		depth += quoteDepthChange(t.pre) + (t.pre.match(/[([]/g)?.length ?? 0);
		depth += quoteDepthChange(beforeOpen) - (beforeOpen.match(/[)\]]/g)?.length ?? 0);
		if (depth < 0) depth = 0;
		if (next && depth === 0 && BREAK_PUNCT.test(beforeOpen)) cut(STRONG_PUNCT.test(beforeOpen));
		depth += quoteDepthChange(opened) + (opened.match(/[([]/g)?.length ?? 0) - (opened.match(/[)\]]/g)?.length ?? 0);
		if (depth < 0) depth = 0;
	});
	if (current.length) pieces.push({ tokens: current, strong });

	const span = (ts: readonly Token[]): Span => {
		const first = ts[0] as Token;
		const last = ts[ts.length - 1] as Token;
		const open = first.pre.replace(/^[\s,;:—–]+/, '').match(/[“‘"(]*$/)?.[0] ?? '';
		const close = last.post.match(/^(?:[.!?]?[”’")\]]+)?/)?.[0] ?? '';
		return { start: first.start - open.length, end: last.end + close.length };
	};
	const hasVerb = (ts: readonly Token[]) => ts.some((_, i) => isVerb(ts, i));
	const startsWithVerb = (ts: readonly Token[]) => {
		let k = 0;
		while (is(ts[k], 'Adverb')) k++;
		return isVerb(ts, k) && !is(ts[k], 'Gerund');
	};
	interface Piece {
		tokens: Token[];
		lead: Lead;
		standalone: boolean;
	}
	// A piece without a verb stands alone only when it carries a date after a strong break
	// ("—the site of the provocation in February"); after a comma it is a list item or an
	// apposition ("visited Peru, Chile and Bolivia last week").
	const classified: Piece[] = pieces.map((p) => ({
		tokens: p.tokens,
		lead: leadOf(p.tokens),
		standalone: hasVerb(p.tokens) || (p.strong && keep(span(p.tokens)))
	}));
	const merged: Piece[] = [];
	let pending: Token[] = [];
	for (const p of classified) {
		const prev = merged[merged.length - 1];
		if (pending.length) {
			p.tokens = [...pending, ...p.tokens];
			pending = [];
		}
		if (!p.standalone) {
			if (prev) prev.tokens.push(...p.tokens);
			else pending = p.tokens;
			continue;
		}
		// A predicate cut from its subject by an apposition joins the subject again, unless
		// both halves carry their own date ("spoke on 12 April, met officials on 13 April").
		if (prev && p.lead === 'main' && startsWithVerb(p.tokens) && !(keep(span(p.tokens)) && keep(span(prev.tokens)))) {
			prev.tokens.push(...p.tokens);
			continue;
		}
		merged.push(p);
	}
	if (pending.length) {
		const last = merged[merged.length - 1];
		if (last) last.tokens.push(...pending);
		else merged.push({ tokens: pending, lead: 'main', standalone: false });
	}
	return merged.map((p) => {
		const s = span(p.tokens);
		return { ...s, text: text.slice(s.start, s.end), sentence, tokens: p.tokens, lead: p.lead };
	});
}
