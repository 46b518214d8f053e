/**
 * One pass over a document that every extraction rule reads: its prose split into
 * sentences and clauses, with the names and date expressions found in each.
 */
import type { SourceDocument } from '../data/types.ts';
import { dateOf, findDates, type DateContext, type DateMention } from './dates.ts';
import { Gazetteer, type Mention } from './mentions.ts';
import { is, type Token } from './nlp.ts';
import { readProse, splitClauses, type Clause, type Sentence, type Span } from './text.ts';

export interface ClauseInfo {
	readonly clause: Clause;
	readonly mentions: readonly Mention[];
	readonly dates: readonly DateMention[];
}

export interface SentenceInfo {
	readonly sentence: Sentence;
	readonly mentions: readonly Mention[];
	readonly dates: readonly DateMention[];
	readonly clauses: readonly ClauseInfo[];
}

export interface Analysis {
	readonly document: SourceDocument;
	readonly sentences: readonly SentenceInfo[];
	readonly gazetteer: Gazetteer;
}

/** Words that place an event after the one before it ("responded", "following suit"). */
export const AFTER_MARKER =
	/\b(?:responded|replied|reacted|retorted|hit back|follow(?:ed|ing) suit|in response|(?:was|were) followed by|subsequently|afterwards|later on)\b/i;
/** Words that place an event at the time of the one before it. */
export const SAME_TIME_MARKER = /\b(?:at the same time|meanwhile|simultaneously|on the same occasion)\b/i;
const FUTURE = /\b(?:will|shall|is to|are to|plans? to|upcoming|coming)\b/i;

export const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function analyse(document: SourceDocument, gazetteer: Gazetteer, progress?: (done: number) => void): Analysis {
	const prose = readProse(document.text, document.title, progress);
	const ctx: DateContext = { reference: dateOf(document.date), anchor: null, last: null };
	let paragraph = -1;
	const sentences: SentenceInfo[] = prose.sentences.map((sentence) => {
		if (sentence.paragraph.index !== paragraph) {
			paragraph = sentence.paragraph.index;
			ctx.anchor = null;
		}
		const text = document.text;
		const local: DateContext = { ...ctx, future: FUTURE.test(sentence.text) };
		const dates = findDates(text, sentence, local);
		ctx.anchor = local.anchor;
		ctx.last = local.last;
		const mentions = gazetteer.find(text, sentence);
		const keep = (span: Span) =>
			dates.some((d) => inside(d, span)) || AFTER_MARKER.test(text.slice(span.start, span.end));
		const clauses = splitClauses(text, sentence, keep).map((clause) => ({
			clause,
			mentions: mentions.filter((m) => inside(m, clause)),
			dates: dates.filter((d) => inside(d, clause))
		}));
		return { sentence, mentions, dates, clauses };
	});
	return { document, sentences, gazetteer };
}

/** Content words of a span: lemmas of nouns, verbs and adjectives, not names already matched. */
export function contentWords(tokens: readonly Token[], names: readonly Span[]): Set<string> {
	const out = new Set<string>();
	for (const t of tokens) {
		if (names.some((n) => overlaps(n, t))) continue;
		if (
			!(is(t, 'Noun') || is(t, 'Verb') || is(t, 'Adjective')) ||
			is(t, 'Pronoun') ||
			is(t, 'Copula') ||
			is(t, 'Auxiliary')
		)
			continue;
		for (const w of t.root.split(/[-\s]+/)) if (w.length >= 3 && !STOP.has(w)) out.add(w);
	}
	return out;
}

const STOP = new Set([
	'the',
	'and',
	'has',
	'have',
	'had',
	'was',
	'were',
	'been',
	'said',
	'say',
	'told',
	'tell',
	'also',
	'its',
	'their',
	'his',
	'her',
	'this',
	'that',
	'which',
	'who',
	'make',
	'made',
	'take',
	'took',
	'get',
	'give',
	'go',
	'went',
	'come'
]);
