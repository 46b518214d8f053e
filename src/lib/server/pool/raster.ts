/**
 * Rasterising figures off the main thread: SVG in, PNG bytes out, in a WorkerPool whose
 * workers run resvg with the project's fonts. A full pool answers QueueFullError (503).
 */
import { createRequire } from 'node:module';
import { resvgOptions } from '../export/png.ts';
import { WorkerPool } from './pool.ts';

const require = createRequire(import.meta.url);

/**
 * The worker, as a script rather than a file: a bundled server has no stable path to a
 * worker file, while the resvg package resolved here is the one the server itself uses.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, task }) => {
	try {
		const png = new Resvg(task.svg, task.options).render().asPng();
		const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
		const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
		parentPort.postMessage({ id, result: own }, [own.buffer]);
	} catch (e) {
		parentPort.postMessage({ id, error: String((e && e.message) || e) });
	}
});
`;

interface RasterTask {
	readonly svg: string;
	readonly options: ReturnType<typeof resvgOptions>;
}

function envInt(name: string): number | undefined {
	const v = Number(process.env[name]);
	return Number.isInteger(v) && v >= 0 ? v : undefined;
}

let pool: WorkerPool<RasterTask, Uint8Array> | undefined;

/** The pool, made on first use; EXPORT_WORKERS and EXPORT_QUEUE override its size. */
export function rasterPool(): WorkerPool<RasterTask, Uint8Array> {
	pool ??= new WorkerPool<RasterTask, Uint8Array>({
		code: WORKER,
		workerData: { resvg: require.resolve('@resvg/resvg-js') },
		size: envInt('EXPORT_WORKERS') || undefined,
		maxQueue: envInt('EXPORT_QUEUE')
	});
	return pool;
}

/** The PNG of `svg` at `scale`, drawn on a worker thread; dropped unstarted if `signal` aborts. */
export function rasterise(svg: string, scale: number, signal?: AbortSignal): Promise<Uint8Array> {
	return rasterPool().run({ svg, options: resvgOptions(scale) }, { signal });
}
