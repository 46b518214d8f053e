/**
 * The export's heavy work off the main thread, in a WorkerPool whose workers are child
 * processes: rasterising (SVG in, PNG bytes out, resvg with the project's fonts), turning an
 * SVG's text into outlines (resvg again) and
 * subsetting the fonts an SVG embeds (HarfBuzz and Brotli, about a second a face, which
 * would otherwise stop every page for that long). A full pool answers QueueFullError (503).
 */
import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { RasterFonts } from '../export/fonts.ts';
import { encodePng, PNG_LEVEL } from '../export/png-encode.ts';
import { collectGarbage } from './collect.ts';
import { WorkerPool } from './pool.ts';

const require = createRequire(import.meta.url);

/** Sets of subset fonts a worker keeps on disk at once (a dataset's figures share one). */
const MAX_FONT_SETS = 16;

/**
 * The worker, as a script rather than a file: a bundled server has no stable path to a
 * worker file, while the resvg package resolved here is the one the server itself uses.
 *
 * It is a child process, not a thread. resvg keeps each drawn image (4 bytes a pixel: 64 MB
 * at 4000x4000) in native memory that V8 does not count and frees only when the small
 * JavaScript object holding it is collected; in a worker thread those images outlived
 * collections and even the thread's end, so a run of large images left the server hundreds
 * of megabytes bigger for good (bench/load.mjs: 360 MB after the run against 209 MB idle).
 * A process gives all of it back when it ends, after a few idle seconds. While it runs, a
 * full collection after each image frees that image before the next.
 */
const WORKER = `
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const zlib = require('node:zlib');
const paths = JSON.parse(process.env.LL_WORKER_DATA);
const { Resvg } = require(paths.resvg);
// encodePng's own source. A compiler that keeps function names (esbuild, as tsx runs it)
// wraps functions in a call to its __name helper, which this script must then provide.
const __name = (f) => f;
const encodePng = ${encodePng.toString()};
const turn = () => new Promise((resolve) => setImmediate(resolve));

// The subset fonts, written once per set of glyphs to this process's own folder: resvg reads
// fonts only from files. The folder goes when the process ends, however it is ended.
let fontDir;
const fontSets = new Map();
function fontFiles(fonts) {
	let files = fontSets.get(fonts.key);
	if (files) return files;
	if (!fontDir) {
		fontDir = mkdtempSync(join(tmpdir(), 'lending-lens-fonts-'));
		process.once('exit', () => rmSync(fontDir, { recursive: true, force: true }));
	}
	files = fonts.faces.map((face, i) => {
		const file = join(fontDir, fonts.key + '-' + i + '.ttf');
		writeFileSync(file, face);
		return file;
	});
	fontSets.set(fonts.key, files);
	if (fontSets.size > ${MAX_FONT_SETS}) {
		const [oldest, old] = fontSets.entries().next().value;
		fontSets.delete(oldest);
		for (const f of old) rmSync(f, { force: true });
	}
	return files;
}
function withFonts(task) {
	if (!task.fonts) return task.options;
	return { ...task.options, font: { ...task.options.font, fontFiles: fontFiles(task.fonts) } };
}
function draw(task) {
	const img = new Resvg(task.svg, withFonts(task)).render();
	const png = encodePng(img.pixels, img.width, img.height, task.text || {}, task.level, zlib);
	return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
function subset(task) {
	const subsetFont = require(paths.subsetFont);
	return Promise.all(task.files.map(async (file) => (await subsetFont(readFileSync(file), task.chars, task.options)).toString('base64')));
}
process.on('message', async ({ id, task }) => {
	let result = null;
	let error;
	try {
		result = task.kind === 'subset' ? await subset(task) : task.kind === 'outline' ? new Resvg(task.svg, withFonts(task)).toString() : draw(task);
	} catch (e) {
		error = String((e && e.message) || e);
	}
	// Answer first, then collect: the collection frees this image before the next task, and
	// no longer holds up this one.
	process.send(result ? { id, result } : { id, error });
	result = null;
	global.gc();
	await turn();
});
// The server went away: nothing left to draw for.
process.on('disconnect', () => process.exit(0));
// Ended by the pool (idle) or by a signal: exit, so that the font folder is removed.
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
`;

/**
 * resvg's native code allocates through mimalloc, which by default hands freed memory back to
 * the system at once; the next image then touches every page of its 13 MB canvas (2400x1350)
 * afresh, and on this kind of machine those page faults were most of a PNG's time (an empty
 * canvas: about 70 ms of CPU). Kept for a second after use and in large pages, the memory of
 * one image serves the next of a burst (about 5 ms); a second later it goes back, and all of
 * it when the worker ends.
 */
const RESVG_MEMORY = { MIMALLOC_PURGE_DELAY: '1000', MIMALLOC_ALLOW_LARGE_OS_PAGES: '1' } as const;

type ExportTask =
	| {
			readonly kind: 'png';
			readonly svg: string;
			readonly options: ResvgRenderOptions;
			readonly fonts?: RasterFonts;
			readonly text: Readonly<Record<string, string>>;
			readonly level: number;
	  }
	| {
			readonly kind: 'outline';
			readonly svg: string;
			readonly options: ResvgRenderOptions;
			readonly fonts?: RasterFonts;
	  }
	| {
			readonly kind: 'subset';
			readonly files: readonly string[];
			readonly chars: string;
			readonly options: SubsetOptions;
	  };

function envInt(name: string): number | undefined {
	const v = Number(process.env[name]);
	return Number.isInteger(v) && v >= 0 ? v : undefined;
}

let pool: WorkerPool<ExportTask, unknown> | undefined;

/** The pool, made on first use; EXPORT_WORKERS and EXPORT_QUEUE override its size. */
export function rasterPool(): WorkerPool<ExportTask, unknown> {
	pool ??= new WorkerPool<ExportTask, unknown>({
		code: WORKER,
		isolation: 'process',
		workerData: { resvg: require.resolve('@resvg/resvg-js'), subsetFont: require.resolve('subset-font') },
		env: RESVG_MEMORY,
		size: envInt('EXPORT_WORKERS') || undefined,
		maxQueue: envInt('EXPORT_QUEUE'),
		onIdle: collectGarbage
	});
	return pool;
}

/** What a PNG is drawn with besides its SVG. */
export interface RasterOptions {
	/** resvg's options; `fonts`, when given, replace its font files. */
	readonly resvg: ResvgRenderOptions;
	readonly fonts?: RasterFonts;
	/** The PNG's tEXt chunks. */
	readonly text?: Readonly<Record<string, string>>;
}

/** The PNG of `svg`, drawn by a worker process; dropped unstarted if `signal` aborts. */
export async function rasterise(svg: string, o: RasterOptions, signal?: AbortSignal): Promise<Uint8Array> {
	const task = { kind: 'png', svg, options: o.resvg, fonts: o.fonts, text: o.text ?? {}, level: PNG_LEVEL } as const;
	return (await rasterPool().run(task, { signal })) as Uint8Array;
}

/**
 * `svg` with every glyph of its text a path, as resvg (usvg) lays it out with the fonts in
 * `options`: the SVG it would draw, written out. Made by a worker process.
 */
export async function outlineSvg(svg: string, options: ResvgRenderOptions, signal?: AbortSignal): Promise<string> {
	return (await rasterPool().run({ kind: 'outline', svg, options }, { signal })) as string;
}

/** subset-font's options that the export uses. */
export interface SubsetOptions {
	readonly targetFormat: 'woff2' | 'truetype';
	/** Name table entries to keep besides the usual ones (IDs 0-6). */
	readonly preserveNameIds?: readonly number[];
	readonly noHinting?: boolean;
}

/** Each font file subset to `chars`, in base64, made by a worker process. */
export async function subsetFonts(files: readonly string[], chars: string, options: SubsetOptions): Promise<string[]> {
	return (await rasterPool().run({ kind: 'subset', files, chars, options })) as string[];
}
