import { describe, expect, it } from 'vitest';
import { findQuote, normalizeSpace } from '../../src/lib/data/evidence.ts';

describe('findQuote', () => {
	const text = 'The Pentagon has been\nordered  to draw up plans.\n\nIt was ordered again.';
	it.each([
		['ordered to draw up', 'ordered  to draw up'],
		['The Pentagon has been ordered', 'The Pentagon has been\nordered'],
		['  plans. It was ', 'plans.\n\nIt was'],
		['ordered', 'ordered']
	])('finds "%s" and points at the original text', (quote, original) => {
		const [span] = findQuote(text, quote);
		expect(span).toBeDefined();
		expect(text.slice(span!.start, span!.end)).toBe(original);
		expect(normalizeSpace(text.slice(span!.start, span!.end))).toBe(normalizeSpace(quote));
	});

	it('lists every occurrence', () => {
		expect(findQuote(text, 'ordered').map((s) => text.slice(s.start, s.end))).toEqual(['ordered', 'ordered']);
	});

	it.each([['ordered to draw down'], [''], ['   '], ['pentagon has been']])('does not find "%s"', (quote) => {
		expect(findQuote(text, quote)).toEqual([]);
	});

	it('keeps typographic quotes distinct from straight ones (verbatim means verbatim)', () => {
		expect(findQuote('called it “nefarious.”', 'called it "nefarious."')).toEqual([]);
		expect(findQuote('called it “nefarious.”', 'called it “nefarious.”')).toHaveLength(1);
	});
});
