/** The tagging step: sentences and words as compromise tags them, with offsets into the document. */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { tagParagraphs, tagSentences } from '../../src/lib/extract/nlp.ts';

const TEXTS = [
	'Maduro’s China trip yields promises as the US Treasury sanctions his inner circle.',
	'From 2005 to 2017 it borrowed $62.2 billion. Brazil received $29.7 billion over the same period, Ecuador $18.4 billion and Argentina $17.1 billion.',
	'Mike Pompeo spoke in Santiago on 12 April; he didn’t meet officials of China Development Bank, which is expected to sign next month.',
	'“We will not be intimidated,” said Jorge Arreaza, who visited Moscow. Rosneft Trading S.A. was designated on February 18, 2020.'
];

/** Each word compromise's nlp() finds, with its tags and lemma, in document order. */
function byCompromise(text: string): [string, string[], string][] {
	const view = nlp(text);
	view.compute('root');
	return (view.json({ offset: true }) as { terms: { text: string; tags: string[]; normal: string; root?: string }[] }[])
		.flatMap((s) => s.terms)
		.filter((t) => t.text !== '')
		.map((t) => [t.text, [...t.tags].sort(), (t.root ?? t.normal).toLowerCase()]);
}

describe('tagSentences', () => {
	it.each(TEXTS)('tags every word as compromise does, with a lemma: %s', (text) => {
		const ours = tagSentences(text, 0, text.length).flatMap((s) =>
			s.tokens.map((t): [string, string[], string] => [t.text, [...t.tags].sort(), t.root])
		);
		expect(ours).toEqual(byCompromise(text));
	});

	it('gives offsets into the whole text, each an exact slice of it', () => {
		const text = `# Heading\n\n${TEXTS[1]}`;
		const from = text.indexOf('From');
		const sentences = tagSentences(text, from, text.length);
		expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
			'From 2005 to 2017 it borrowed $62.2 billion.',
			'Brazil received $29.7 billion over the same period, Ecuador $18.4 billion and Argentina $17.1 billion.'
		]);
		for (const t of sentences.flatMap((s) => s.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
	});

	it('tags paragraphs together exactly as it tags each alone, offsets and spacing included', () => {
		// Forty paragraphs (two batches and more), one of them without closing punctuation, so
		// that compromise could run its sentence on into the next paragraph of a batch.
		const paragraphs = Array.from({ length: 40 }, (_, i) =>
			i === 7
				? 'A line that ends without a stop'
				: (TEXTS[i % TEXTS.length] as string).replace('2017', String(1980 + i))
		);
		const text = `# Title\n\n${paragraphs.join('\n\n  \n')}\n`;
		const spans = paragraphs.map((p) => {
			const start = text.indexOf(p);
			return { start, end: start + p.length };
		});
		const flat = (s: ReturnType<typeof tagSentences>) =>
			s.map((x) => ({ ...x, tokens: x.tokens.map((t) => ({ ...t, tags: [...t.tags].sort() })) }));
		const together = tagParagraphs(text, spans);
		expect(together).toHaveLength(spans.length);
		together.forEach((sentences, i) => {
			const span = spans[i] as { start: number; end: number };
			expect(flat(sentences)).toEqual(flat(tagSentences(text, span.start, span.end)));
		});
	});
});
