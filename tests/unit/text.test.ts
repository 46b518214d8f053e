/**
 * Text is measured from the fonts' own metrics: the table in font-metrics.ts is what fontkit
 * reads from the Source Sans 3 files and from DejaVu Sans (the usual fallback where an SVG's
 * embedded font is ignored) today, and textWidth adds up those advances in each and keeps the
 * wider sum, so room laid out for a label holds it in either font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/lib/charts/common/text.ts';
import { fontMetricsSource } from '../../scripts/font-metrics.ts';

const require = createRequire(import.meta.url);
const font = (file: string) => fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font;
const regular = font('source-sans/TTF/SourceSans3-Regular.ttf');
const semibold = font('source-sans/TTF/SourceSans3-Semibold.ttf');
const dejavu = font('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const dejavuBold = font('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
/** The sum of the glyphs' advances, straight from the font file. */
const advances = (f: fontkit.Font, s: string, size: number) =>
	([...s].reduce((n, c) => n + f.glyphForCodePoint(c.codePointAt(0) as number).advanceWidth, 0) / f.unitsPerEm) * size;

describe('textWidth', () => {
	it('font-metrics.ts is what fontkit reads from the shipped fonts (regenerate with npx tsx scripts/font-metrics.ts)', () => {
		expect(readFileSync('src/lib/charts/common/font-metrics.ts', 'utf8')).toBe(fontMetricsSource());
	});

	it.each([
		['', 13],
		['Venezuela', 13],
		['Dominican Republic', 13],
		['$62 billion (news report, over the past decade)', 12],
		['“dollars unspecified” – 2005–2017 · café → Bogotá', 15],
		['WWW mmm iii ...', 22]
	])('%j at %i px is the wider of the two fonts’ sums of advances', (s, size) => {
		const wider = Math.max(advances(regular, s, size), advances(dejavu, s, size));
		// The table rounds each fallback advance up to a thousandth of an em.
		expect(textWidth(s, size)).toBeGreaterThanOrEqual(wider - 1e-9);
		expect(textWidth(s, size)).toBeLessThanOrEqual(wider + ([...s].length * size) / 1000);
	});

	it('lays out for the fallback where it is wider: "dollars unspecified" needs DejaVu Sans’s room', () => {
		const s = 'dollars unspecified';
		expect(advances(dejavu, s, 13)).toBeGreaterThan(advances(regular, s, 13) * 1.1);
		expect(textWidth(s, 13)).toBeGreaterThanOrEqual(advances(dejavu, s, 13));
	});

	it('measures semibold in its own face (and the fallback’s bold), wider than regular', () => {
		const s = '$62 billion';
		expect(textWidth(s, 13, 'semibold')).toBeGreaterThanOrEqual(
			Math.max(advances(semibold, s, 13), advances(dejavuBold, s, 13))
		);
		expect(textWidth(s, 13, 'semibold')).toBeGreaterThan(textWidth(s, 13));
	});

	it('counts a character outside the table as an "o", never as nothing', () => {
		expect(textWidth('中', 10)).toBeCloseTo(textWidth('o', 10), 6);
		expect(textWidth('中', 10)).toBeGreaterThan(0);
	});
});

describe('wrapText', () => {
	it.each([
		['one two three four five six', 70, 14],
		['Latin America and the Caribbean: $7.7 billion lent, nominal US$, 2018 (CLFD 2018)', 200, 13],
		['short', 600, 14]
	])('%j in %i px: every line fits, no word is lost', (s, width, size) => {
		const lines = wrapText(s, width, size);
		expect(lines.join(' ')).toBe(s);
		for (const l of lines) if (l.includes(' ')) expect(textWidth(l, size)).toBeLessThanOrEqual(width);
		// And no line could have taken the next word.
		for (let i = 0; i + 1 < lines.length; i++)
			expect(textWidth(`${lines[i]} ${lines[i + 1]!.split(' ')[0]}`, size)).toBeGreaterThan(width);
	});
});
