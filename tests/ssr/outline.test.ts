/**
 * `?text=outline`: the exported SVG with every glyph a path. Tools that ignore an embedded web
 * font (librsvg's rsvg-convert, design tools) must draw it as resvg, with the font, does: the
 * two renderings agree within a small pixel tolerance, and the file keeps its title,
 * description and provenance. Needs `rsvg-convert` (Debian's librsvg2-bin).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { NO_FILTERS } from '../../src/lib/data/query.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { resvgOptions } from '../../src/lib/server/export/png.ts';
import { figureOutlineSvg, renderFigure } from '../../src/lib/server/export/render.ts';
import { pngPixels } from './png-pixels.ts';

const ds = loadDatasetFromDir('data');
const dir = mkdtempSync(join(tmpdir(), 'outline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Share of pixels whose channels differ by more than `tolerance` (0-255) in any channel. */
function differing(a: Buffer, b: Buffer, tolerance: number): number {
	let off = 0;
	for (let i = 0; i < a.length; i += 4) {
		if (
			Math.max(
				Math.abs(a[i]! - b[i]!),
				Math.abs(a[i + 1]! - b[i + 1]!),
				Math.abs(a[i + 2]! - b[i + 2]!),
				Math.abs(a[i + 3]! - b[i + 3]!)
			) > tolerance
		)
			off++;
	}
	return off / (a.length / 4);
}

const W = 1200;
const H = 675;

describe('outline SVG export', () => {
	it.each(CHART_IDS)('%s: no text left, provenance kept, and rsvg-convert draws what resvg draws', async (chart) => {
		const fig = await renderFigure(ds, chart, NO_FILTERS, {
			width: W,
			height: H,
			theme: 'light',
			origin: 'http://lens.test',
			embedFonts: false
		});
		const svg = await figureOutlineSvg(fig);
		expect(svg).not.toMatch(/<text\b/);
		// Each run of text becomes a path of its own, besides the figure's other shapes.
		const texts = fig.svg.match(/<text\b/g)?.length ?? 0;
		expect(texts).toBeGreaterThan(5);
		expect(svg.match(/<path\b/g)?.length ?? 0).toBeGreaterThan(texts);
		expect(svg).toContain(`<title>${fig.text.title}</title>`);
		expect(svg).toContain('<metadata');
		expect(svg).toContain(fig.permalink);

		const file = join(dir, `${chart}.svg`);
		writeFileSync(file, svg);
		// A figure may end where its content does, so compare at the size it has.
		const drawn = new Resvg(fig.svg, resvgOptions(1)).render();
		const byRsvg = pngPixels(execFileSync('rsvg-convert', [file])).data;
		const byResvg = drawn.pixels;
		expect(byRsvg.length).toBe(byResvg.length);
		// Anti-aliasing differs between the two renderers at the edges of shapes only.
		expect(differing(byRsvg, byResvg, 64)).toBeLessThan(0.005);
	});

	it('the same renderers disagree on the text-as-text SVG, which is what outlines are for', async () => {
		const fig = await renderFigure(ds, 'lending-by-country', NO_FILTERS, {
			width: W,
			height: H,
			theme: 'light',
			origin: 'http://lens.test',
			embedFonts: false
		});
		const file = join(dir, 'text.svg');
		writeFileSync(file, fig.svg);
		const byRsvg = pngPixels(execFileSync('rsvg-convert', [file])).data;
		const byResvg = new Resvg(fig.svg, resvgOptions(1)).render().pixels;
		expect(differing(byRsvg, byResvg, 64)).toBeGreaterThan(0.005);
		expect(readFileSync(file, 'utf8')).toMatch(/<text\b/);
	});
});
