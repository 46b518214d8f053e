/**
 * A PNG is drawn with the fonts subset to the characters its figure can use (fonts.ts
 * rasterFontFiles), which resvg reads faster than the whole faces: the image must be the one
 * the whole faces draw, pixel for pixel.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/lib/data/query.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { rasterFontFiles } from '../../src/lib/server/export/fonts.ts';
import { resvgOptions } from '../../src/lib/server/export/png.ts';
import { renderFigure } from '../../src/lib/server/export/render.ts';

const ds = loadDatasetFromDir('data');

describe('PNG fonts', () => {
	it.each(['lending-by-country', 'timeline'] as const)(
		'%s: the subset fonts draw what the whole faces draw',
		async (chart) => {
			const fig = await renderFigure(ds, chart, NO_FILTERS, {
				width: 1200,
				height: 675,
				theme: 'light',
				origin: 'http://lens.test',
				embedFonts: false
			});
			const files = await rasterFontFiles(fig.glyphs);
			expect(files).toHaveLength(3);
			// The same set of glyphs is subset once: a second figure of the dataset gets the same files.
			expect(await rasterFontFiles(fig.glyphs)).toBe(files);
			const whole = new Resvg(fig.svg, resvgOptions(1)).render();
			const subset = new Resvg(fig.svg, resvgOptions(1, files)).render();
			expect(subset.width).toBe(whole.width);
			expect(subset.pixels.equals(whole.pixels)).toBe(true);
		},
		60_000
	);
});
