/**
 * Sentences and words as compromise (a maintained English NLP library) splits and tags
 * them: part of speech, tense, lemma. Every offset points into the document, so any run of
 * tokens gives a quote that is an exact slice of it.
 */
import nlp from 'compromise';

export interface Token {
	readonly text: string;
	/** Punctuation and spaces before and after the word, as the document has them. */
	readonly pre: string;
	readonly post: string;
	readonly start: number;
	readonly end: number;
	readonly tags: ReadonlySet<string>;
	/** Lemma where compromise knows one ("recognized" → "recognize"), else the lower-case word. */
	readonly root: string;
}

export interface TaggedSentence {
	readonly start: number;
	readonly end: number;
	readonly tokens: readonly Token[];
}

interface RawTerm {
	text: string;
	pre: string;
	post: string;
	tags: Set<string>;
	normal: string;
	root?: string;
	offset?: { start: number; length: number };
}

type View = ReturnType<typeof nlp>;
const world = nlp.world() as unknown as {
	hooks: string[];
	methods: { one: { tokenize: { fromString(text: string, world: unknown): unknown } } };
};
const ViewOf = nlp('').constructor as new (document: unknown) => View;
/**
 * The steps nlp() runs on a text, without the chunker: it groups words into noun and verb
 * phrases from the tags alone (it never changes one), no rule here reads its groups, and it
 * costs a twentieth of the time of a long document.
 */
const TAGGING = world.hooks.filter((h) => h !== 'chunks');

/**
 * A document's words carry a handful of tag combinations ("Noun Singular ProperNoun"...): one
 * frozen set per combination, shared, rather than a set per word, which on a long document
 * held a hundred megabytes.
 */
const tagSets = new Map<string, ReadonlySet<string>>();
function sharedTags(tags: Set<string>): ReadonlySet<string> {
	const key = [...tags].join(' ');
	let set = tagSets.get(key);
	if (!set) {
		set = new Set(tags);
		tagSets.set(key, set);
	}
	return set;
}

/** Split `text.slice(from, to)` into sentences of tagged tokens, offsets into `text`. */
export function tagSentences(text: string, from: number, to: number): TaggedSentence[] {
	return tag(text.slice(from, to)).map((s) => placed(s, from));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** A sentence with offsets into the text that was tagged, before it is placed in the document. */
interface Local {
	start: number;
	end: number;
	tokens: Mutable<Token>[];
}

function tag(slice: string): Local[] {
	const view = new ViewOf(world.methods.one.tokenize.fromString(slice, world));
	view.compute(TAGGING);
	view.compute('root');
	view.compute('offset');
	// The tagged terms as compromise holds them: serialising them to JSON would double the time of a long document.
	const docs = (view as unknown as { docs: RawTerm[][] }).docs;
	const out: Local[] = [];
	let cursor = 0;
	for (const terms of docs) {
		const tokens: Mutable<Token>[] = [];
		for (const t of terms) {
			// compromise's offsets are UTF-16 indices; check, and search forward if one drifts.
			let at = t.offset?.start ?? -1;
			if (slice.slice(at, at + t.text.length) !== t.text) at = slice.indexOf(t.text, cursor);
			if (at < 0 || t.text === '') continue;
			cursor = at + t.text.length;
			tokens.push({
				text: t.text,
				pre: t.pre,
				post: t.post,
				start: at,
				end: at + t.text.length,
				tags: sharedTags(t.tags),
				root: (t.root ?? t.normal ?? t.text).toLowerCase()
			});
		}
		const first = tokens[0];
		const last = tokens[tokens.length - 1];
		if (!first || !last) continue;
		// The sentence runs from its first word (with opening quotes) to its final punctuation.
		const start = first.start - first.pre.replace(/^\s+/, '').length;
		const end = last.end + last.post.replace(/\s+$/, '').length;
		out.push({ start, end, tokens });
	}
	return out;
}

/** The sentence, just tagged, moved by `shift` characters to where it stands in the document. */
function placed(s: Local, shift: number): TaggedSentence {
	s.start += shift;
	s.end += shift;
	for (const t of s.tokens) {
		t.start += shift;
		t.end += shift;
	}
	return s;
}

/**
 * How many paragraphs go to compromise at once. Each call has a cost of its own (a view, a
 * cache of the words, the candidate rules per sentence), which on a document of short
 * paragraphs came to a sixth of the tagging; twenty at a time keep a call small.
 */
const BATCH = 20;
/** What separates paragraphs in a batch: a blank line, where compromise always ends a sentence. */
const BETWEEN = '\n\n';

/**
 * The sentences of each paragraph (spans of `text`), as tagSentences gives them for the
 * paragraph alone: compromise tags a sentence from its own words, so paragraphs are tagged
 * a batch at a time. Should a sentence run across the blank line between two paragraphs of
 * a batch, that batch is tagged again a paragraph at a time.
 */
export function tagParagraphs(text: string, paragraphs: readonly { start: number; end: number }[]): TaggedSentence[][] {
	const out: TaggedSentence[][] = [];
	for (let i = 0; i < paragraphs.length; i += BATCH) {
		const batch = paragraphs.slice(i, i + BATCH);
		out.push(...(tagBatch(text, batch) ?? batch.map((p) => tagSentences(text, p.start, p.end))));
	}
	return out;
}

function tagBatch(text: string, batch: readonly { start: number; end: number }[]): TaggedSentence[][] | null {
	// Where each paragraph starts in the joined text.
	const at: number[] = [];
	let length = 0;
	for (const p of batch) {
		at.push(length);
		length += p.end - p.start + BETWEEN.length;
	}
	const joined = batch.map((p) => text.slice(p.start, p.end)).join(BETWEEN);
	const out: TaggedSentence[][] = batch.map(() => []);
	let k = 0;
	for (const s of tag(joined)) {
		while (k + 1 < batch.length && s.start >= (at[k + 1] as number)) k++;
		const p = batch[k] as { start: number; end: number };
		const from = at[k] as number;
		const to = from + (p.end - p.start);
		if (s.start < from || s.end > to) return null;
		// The paragraph's last word is followed by the blank line of the batch, not by what follows it alone.
		for (const t of s.tokens) if (t.end + t.post.length > to) t.post = t.post.slice(0, Math.max(0, to - t.end));
		(out[k] as TaggedSentence[]).push(placed(s, p.start - from));
	}
	return out;
}

export const is = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);
