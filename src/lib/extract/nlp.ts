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
	const slice = text.slice(from, to);
	const view = new ViewOf(world.methods.one.tokenize.fromString(slice, world));
	view.compute(TAGGING);
	view.compute('root');
	view.compute('offset');
	// The tagged terms as compromise holds them: serialising them to JSON would double the time of a long document.
	const docs = (view as unknown as { docs: RawTerm[][] }).docs;
	const out: TaggedSentence[] = [];
	let cursor = 0;
	for (const terms of docs) {
		const tokens: Token[] = [];
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
				start: from + at,
				end: from + at + t.text.length,
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

export const is = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);
