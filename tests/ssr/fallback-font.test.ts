/**
 * The default SVG export keeps its text as text, and a tool that ignores its embedded web font
 * draws that text in another font: librsvg (rsvg-convert, Debian's librsvg2-bin) takes the
 * system's sans-serif, DejaVu Sans here, much wider than Source Sans 3. Rendered so, every
 * chart's figure must keep its ink inside its margins (nothing cut at an edge) and its legend
 * entries apart. Needs `rsvg-convert`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/charts/registry.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { parseExportParams } from '../../src/lib/server/export/params.ts';
import { renderFigure } from '../../src/lib/server/export/render.ts';
import { pngPixels, type Pixels } from './png-pixels.ts';

const ds = loadDatasetFromDir('data');
const dir = mkdtempSync(join(tmpdir(), 'fallback-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** rsvg-convert's rendering of `svg`, at the SVG's own size. */
function rsvg(svg: string, name: string): Pixels {
	const file = join(dir, `${name}.svg`);
	writeFileSync(file, svg);
	return pngPixels(execFileSync('rsvg-convert', [file]));
}

/** Whether the pixel at (x, y) differs from `bg` (RGBA) by more than a faint anti-aliasing fringe. */
function inked(p: Pixels, x: number, y: number, bg: readonly number[]): boolean {
	const i = (y * p.width + x) * 4;
	for (let c = 0; c < 4; c++) if (Math.abs(p.data[i + c]! - bg[c]!) > 48) return true;
	return false;
}

/** Columns and rows holding ink, as the smallest box around it (null for none). */
function inkBox(p: Pixels, bg: readonly number[]): { x0: number; x1: number; y0: number; y1: number } | null {
	let box: { x0: number; x1: number; y0: number; y1: number } | null = null;
	for (let y = 0; y < p.height; y++)
		for (let x = 0; x < p.width; x++)
			if (inked(p, x, y, bg)) {
				box ??= { x0: x, x1: x, y0: y, y1: y };
				box.x0 = Math.min(box.x0, x);
				box.x1 = Math.max(box.x1, x);
				box.y0 = Math.min(box.y0, y);
				box.y1 = Math.max(box.y1, y);
			}
	return box;
}

/**
 * Every legend drawn by Legend.svg.svelte or ColourLegend.svg.svelte is an `<svg role="img">`
 * of its own, its entries the `<g>` elements directly inside it (and nothing in it is a nested `<svg>`).
 */
function legends(svg: string): string[] {
	const root = svg.indexOf('<svg');
	return [...svg.matchAll(/<svg\b[^>]*\brole="img"[^>]*>/g)]
		.filter((m) => m.index !== root)
		.map((m) => svg.slice(m.index, svg.indexOf('</svg>', m.index) + '</svg>'.length));
}

/** The same legend with only its `n`-th entry (1-based) drawn: CSS that librsvg honours. */
function onlyEntry(legend: string, n: number): string {
	const open = legend.indexOf('>') + 1;
	return `${legend.slice(0, open)}<style>svg > g { visibility: hidden } svg > g:nth-of-type(${n}) { visibility: visible }</style>${legend.slice(open)}`;
}

const CASES: [string, string][] = [
	...CHART_IDS.map((id): [string, string] => [id, '']),
	...CHART_IDS.map((id): [string, string] => [id, 'width=600']),
	['lending-by-country', 'country=VEN,BRA&width=800'],
	['sanctions-over-time', 'sector=oil,government-debt&width=700'],
	['timeline', 'from=2019-01&to=2019-04&width=900']
];

describe('the default SVG export drawn in a fallback font (rsvg-convert)', () => {
	it('falls back, here, to DejaVu Sans: the wide font the layout reserves room for', () => {
		// fontconfig picks what librsvg draws in place of Source Sans 3 (the figure names it
		// first and ends its font list with sans-serif); .ci/run installs fonts-dejavu-core.
		expect(execFileSync('fc-match', ['Source Sans 3:weight=400'], { encoding: 'utf8' })).toMatch(/DejaVu Sans/);
	});

	it.each(CASES)(
		'%s?%s: nothing is cut at an edge and no legend entry runs into another',
		async (chart, query) => {
			const parsed = parseExportParams(
				new URLSearchParams(query),
				ds.series.map((s) => s.id)
			);
			if (!parsed.ok) throw new Error(parsed.message);
			const p = parsed.params;
			const fig = await renderFigure(ds, chart as (typeof CHART_IDS)[number], p.filters, {
				width: p.width,
				height: p.height,
				growTo: p.growTo,
				theme: 'light',
				origin: 'http://lens.test'
			});
			// The embedded @font-face is in the file, and this renderer ignores it.
			expect(fig.svg).toContain('@font-face');
			const name = `${chart}-${query.replace(/[^a-z0-9]+/gi, '_')}`;
			const page = rsvg(fig.svg, name);
			expect(page.width).toBe(p.width);

			// The figure's margins hold nothing: ink there is text that ran out of its room (the
			// half of the margin next to the edge, so a mark drawn just outside the plot may stay).
			const pad = Math.round(Math.max(12, Math.min(32, p.width * 0.025)));
			const bg = [...page.data.subarray(0, 4)];
			const edge = Math.floor(pad / 2);
			const cut: string[] = [];
			for (let y = 0; y < page.height; y++) {
				for (const x of [...Array(edge).keys(), ...Array.from({ length: edge }, (_, i) => page.width - 1 - i)]) {
					if (inked(page, x, y, bg)) {
						cut.push(`(${x}, ${y})`);
						break;
					}
				}
			}
			for (let x = 0; x < page.width; x++)
				if (inked(page, x, page.height - 1, bg) || inked(page, x, 0, bg)) cut.push(`(${x}, top or bottom)`);
			expect(cut.slice(0, 5), `ink in the outer margin of ${name}`).toEqual([]);

			// Each legend entry alone, as the fallback font draws it: no two entries' ink overlaps.
			const found = legends(fig.svg);
			for (const [l, legend] of found.entries()) {
				const entries = legend.match(/<g\b/g)?.length ?? 0;
				const boxes = [];
				for (let n = 1; n <= entries; n++) {
					const drawn = rsvg(onlyEntry(legend, n), `${name}-legend${l}-${n}`);
					const box = inkBox(drawn, [0, 0, 0, 0]);
					if (box) boxes.push(box);
				}
				for (let a = 0; a < boxes.length; a++)
					for (let b = a + 1; b < boxes.length; b++) {
						const [p1, p2] = [boxes[a]!, boxes[b]!];
						const apart = p1.x1 < p2.x0 || p2.x1 < p1.x0 || p1.y1 < p2.y0 || p2.y1 < p1.y0;
						expect(apart, `${name}: legend ${l} entries ${a + 1} and ${b + 1} overlap`).toBe(true);
					}
			}
		},
		60_000
	);
});
