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

/** Split `text.slice(from, to)` into sentences of tagged tokens, offsets into `text`. */
export function tagSentences(text: string, from: number, to: number): TaggedSentence[] {
	const slice = text.slice(from, to);
	const view = nlp(slice);
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
				tags: new Set(t.tags),
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
