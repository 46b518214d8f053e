import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/lib/data/highlight.ts';

const TEXT = 'China lent $62 billion to Venezuela over the past decade.';

/** Segments as [text, covering, starting], for compact expectations. */
const cut = (text: string, spans: { start: number; end: number }[]) =>
	segmentText(text, spans).map((s) => [s.text, [...s.covering], [...s.starting]]);

describe('segmentText', () => {
	it.each([
		{
			name: 'no spans: one plain segment',
			spans: [],
			expected: [[TEXT, [], []]]
		},
		{
			name: 'one span in the middle',
			spans: [{ start: 11, end: 22 }],
			expected: [
				['China lent ', [], []],
				['$62 billion', [0], [0]],
				[' to Venezuela over the past decade.', [], []]
			]
		},
		{
			name: 'overlapping spans',
			spans: [
				{ start: 6, end: 22 },
				{ start: 11, end: 35 }
			],
			expected: [
				['China ', [], []],
				['lent ', [0], [0]],
				['$62 billion', [0, 1], [1]],
				[' to Venezuela', [1], []],
				[' over the past decade.', [], []]
			]
		},
		{
			name: 'nested spans',
			spans: [
				{ start: 0, end: 35 },
				{ start: 11, end: 22 }
			],
			expected: [
				['China lent ', [0], [0]],
				['$62 billion', [0, 1], [1]],
				[' to Venezuela', [0], []],
				[' over the past decade.', [], []]
			]
		},
		{
			name: 'adjacent spans stay apart',
			spans: [
				{ start: 0, end: 5 },
				{ start: 5, end: 10 }
			],
			expected: [
				['China', [0], [0]],
				[' lent', [1], [1]],
				[' $62 billion to Venezuela over the past decade.', [], []]
			]
		},
		{
			name: 'spans at the start and the end of the text',
			spans: [
				{ start: 0, end: 5 },
				{ start: 36, end: TEXT.length }
			],
			expected: [
				['China', [0], [0]],
				[' lent $62 billion to Venezuela ', [], []],
				['over the past decade.', [1], [1]]
			]
		},
		{
			name: 'the same span twice: both cover it and both start there',
			spans: [
				{ start: 11, end: 22 },
				{ start: 11, end: 22 }
			],
			expected: [
				['China lent ', [], []],
				['$62 billion', [0, 1], [0, 1]],
				[' to Venezuela over the past decade.', [], []]
			]
		},
		{
			name: 'a span over the whole text',
			spans: [{ start: 0, end: TEXT.length }],
			expected: [[TEXT, [0], [0]]]
		},
		{
			name: 'empty and out-of-range spans are clamped or left out',
			spans: [
				{ start: 5, end: 5 },
				{ start: -4, end: 5 },
				{ start: TEXT.indexOf('decade'), end: 999 },
				{ start: 30, end: 20 }
			],
			expected: [
				['China', [1], [1]],
				[' lent $62 billion to Venezuela over the past ', [], []],
				['decade.', [2], [2]]
			]
		}
	])('$name', ({ spans, expected }) => {
		expect(cut(TEXT, spans)).toEqual(expected);
	});

	it('gives no segments for an empty text', () => {
		expect(segmentText('', [{ start: 0, end: 3 }])).toEqual([]);
	});

	it('keeps offsets: each segment is text.slice(start, end)', () => {
		const segments = segmentText(TEXT, [
			{ start: 3, end: 30 },
			{ start: 11, end: 22 },
			{ start: 20, end: 40 }
		]);
		for (const s of segments) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
		for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
	});

	it('round-trips: the segments joined are the text, for any spans', () => {
		const text = 'Line one.\n\n“Quoted” — line two, with <b>markup</b> & entities.\r\n';
		// A deterministic spread of spans, overlapping, nested, adjacent and out of range.
		const spans = Array.from({ length: 40 }, (_, i) => ({ start: ((i * 7) % 70) - 3, end: (i * 13) % 75 }));
		const segments = segmentText(text, spans);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		for (const s of segments) {
			for (const i of s.covering) {
				const span = spans[i]!;
				expect(Math.max(0, span.start)).toBeLessThanOrEqual(s.start);
				expect(span.end).toBeGreaterThanOrEqual(s.end);
			}
		}
	});
});
