/**
 * The export's heavy work off the main thread, in a WorkerPool whose workers are child
 * processes: rasterising (SVG in, PNG bytes out, resvg with the project's fonts), turning an
 * SVG's text into outlines (resvg again) and
 * subsetting the fonts an SVG embeds (HarfBuzz and Brotli, about a second a face, which
 * would otherwise stop every page for that long). A full pool answers QueueFullError (503).
 */
import { createRequire } from 'node:module';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { collectGarbage } from './collect.ts';
import { WorkerPool } from './pool.ts';

const require = createRequire(import.meta.url);

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
const { readFileSync } = require('node:fs');
const paths = JSON.parse(process.env.LL_WORKER_DATA);
const { Resvg } = require(paths.resvg);
const turn = () => new Promise((resolve) => setImmediate(resolve));
function draw(task) {
	const png = new Resvg(task.svg, task.options).render().asPng();
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
		result = task.kind === 'subset' ? await subset(task) : task.kind === 'outline' ? new Resvg(task.svg, task.options).toString() : draw(task);
	} catch (e) {
		error = String((e && e.message) || e);
	}
	global.gc();
	await turn();
	process.send(result ? { id, result } : { id, error });
});
// The server went away: nothing left to draw for.
process.on('disconnect', () => process.exit(0));
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
	| { readonly kind: 'png'; readonly svg: string; readonly options: ResvgRenderOptions }
	| { readonly kind: 'outline'; readonly svg: string; readonly options: ResvgRenderOptions }
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

/** The PNG of `svg`, drawn by a worker process; dropped unstarted if `signal` aborts. */
export async function rasterise(svg: string, options: ResvgRenderOptions, signal?: AbortSignal): Promise<Uint8Array> {
	return (await rasterPool().run({ kind: 'png', svg, options }, { signal })) as Uint8Array;
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
