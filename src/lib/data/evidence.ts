/**
 * Quotes are located in their document with whitespace normalised (runs of spaces and
 * line breaks count as one space), and the offsets returned point into the original text,
 * so `text.slice(start, end)` is the passage as the document has it.
 */

export interface Span {
	readonly start: number;
	readonly end: number;
}

/** Collapse whitespace runs to one space and trim. */
export function normalizeSpace(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

interface NormalizedText {
	text: string;
	/** For each index of `text`, the index in the original. */
	origin: number[];
}

function normalizeWithMap(original: string): NormalizedText {
	let text = '';
	const origin: number[] = [];
	let inSpace = false;
	for (let i = 0; i < original.length; i++) {
		const ch = original[i] as string;
		if (/\s/.test(ch)) {
			if (!inSpace && text.length > 0) {
				text += ' ';
				origin.push(i);
			}
			inSpace = true;
		} else {
			text += ch;
			origin.push(i);
			inSpace = false;
		}
	}
	return { text, origin };
}

// Documents are few and long-lived: keep each one's normalised form.
const cache = new Map<string, NormalizedText>();

function normalizedFor(original: string): NormalizedText {
	let n = cache.get(original);
	if (!n) {
		n = normalizeWithMap(original);
		cache.set(original, n);
	}
	return n;
}

/**
 * All places where `quote` occurs in `text`, whitespace-normalised, as spans of the original.
 * An empty quote occurs nowhere.
 */
export function findQuote(text: string, quote: string): Span[] {
	const q = normalizeSpace(quote);
	if (q === '') return [];
	const n = normalizedFor(text);
	const spans: Span[] = [];
	let from = 0;
	for (;;) {
		const at = n.text.indexOf(q, from);
		if (at < 0) break;
		const start = n.origin[at] as number;
		const end = (n.origin[at + q.length - 1] as number) + 1;
		spans.push({ start, end });
		from = at + 1;
	}
	return spans;
}
