/**
 * A PNG is drawn with the fonts subset to the characters its figure can use (fonts.ts
 * rasterFonts), which resvg reads faster than the whole faces: the image must be the one
 * the whole faces draw, pixel for pixel.
 */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/lib/data/query.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { rasterFonts } from '../../src/lib/server/export/fonts.ts';
import { resvgOptions } from '../../src/lib/server/export/png.ts';
import { renderFigure } from '../../src/lib/server/export/render.ts';
import { rasterise } from '../../src/lib/server/pool/raster.ts';
import { pngPixels } from './png-pixels.ts';

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
			const fonts = await rasterFonts(fig.glyphs);
			expect(fonts.faces).toHaveLength(3);
			// The same set of glyphs is subset once: a second figure of the dataset gets the same fonts.
			expect(await rasterFonts(fig.glyphs)).toBe(fonts);
			const whole = pngPixels(Buffer.from(await rasterise(fig.svg, { resvg: resvgOptions(1) })));
			const subset = pngPixels(Buffer.from(await rasterise(fig.svg, { resvg: resvgOptions(1), fonts })));
			expect(subset.width).toBe(whole.width);
			expect(subset.data.equals(whole.data)).toBe(true);
			// Not a blank image: the text is drawn.
			expect(new Set(subset.data).size).toBeGreaterThan(10);
		},
		60_000
	);
});
