/**
 * A fixed set of workers with a bounded queue, so that CPU-heavy work (rasterising images)
 * never runs on the thread that answers pages. When every worker is busy and the queue is
 * full, `run` fails at once with QueueFullError: the caller answers 503 with Retry-After
 * rather than letting requests and memory pile up.
 *
 * A worker receives `{ id, task }` and answers `{ id, result }` or `{ id, error }`. A worker
 * that dies fails only its own task and is replaced; idle workers are ended after a while so
 * the memory a burst of work took is given back.
 *
 * A worker is a thread (`isolation: 'thread'`, the default) or a child process (`'process'`).
 * A thread starts faster and takes transferred buffers without a copy; a process gives back
 * everything when it ends, which a thread does not when native code it ran keeps memory the
 * thread's end never frees (see raster.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker, type Transferable } from 'node:worker_threads';

export class QueueFullError extends Error {
	/** Whole seconds after which a retry is likely to be served. */
	readonly retryAfter: number;
	constructor(retryAfter: number) {
		super(retryAfter > 0 ? 'every worker is busy and the queue is full' : 'the pool is closed');
		this.retryAfter = retryAfter;
	}
}

export interface PoolOptions {
	/**
	 * The worker's code: a CommonJS script run with `eval` (no file to find after bundling).
	 * A thread talks through `require('node:worker_threads').parentPort`; a process through
	 * `process.on('message')` and `process.send`, and should exit when the pool disconnects.
	 */
	readonly code: string;
	/**
	 * Passed to every worker: a thread's `workerData`; a process's `LL_WORKER_DATA`
	 * environment variable, as JSON.
	 */
	readonly workerData?: unknown;
	/** Threads (default) or child processes. */
	readonly isolation?: 'thread' | 'process';
	/** Worker threads; defaults to one per core but one, kept for answering pages. */
	readonly size?: number;
	/** Tasks that may wait for a worker (default four a worker); more get QueueFullError. */
	readonly maxQueue?: number;
	/** An idle worker is ended after this many milliseconds. */
	readonly idleMs?: number;
	/** Caps each worker's JavaScript heap; its native allocations are the task's own business. */
	readonly maxHeapMb?: number;
	/** More environment variables for a process worker (a native library's settings). */
	readonly env?: Readonly<Record<string, string>>;
	/** Called when the last running worker has been ended for idleness: a burst of work is over. */
	readonly onIdle?: () => void;
}

interface Job {
	readonly id: number;
	readonly task: unknown;
	readonly transfer: readonly Transferable[];
	readonly resolve: (v: unknown) => void;
	readonly reject: (e: Error) => void;
}

/** What the pool needs of a worker, thread or process alike. */
interface Endpoint {
	post(message: unknown, transfer: readonly Transferable[]): void;
	on(event: 'message', f: (m: { id: number; result?: unknown; error?: string }) => void): void;
	on(event: 'error', f: (e: Error) => void): void;
	on(event: 'exit', f: (code: number | null) => void): void;
	/** Whether it keeps the server process alive. */
	hold(on: boolean): void;
	terminate(): Promise<unknown>;
}

function threadEndpoint(o: PoolOptions): Endpoint {
	const worker = new Worker(o.code, {
		eval: true,
		workerData: o.workerData,
		resourceLimits: o.maxHeapMb ? { maxOldGenerationSizeMb: o.maxHeapMb } : undefined
	});
	return {
		post: (m, transfer) => worker.postMessage(m, [...transfer]),
		on: ((event: string, f: (...a: unknown[]) => void) => void worker.on(event, f)) as Endpoint['on'],
		hold: (on) => (on ? worker.ref() : worker.unref()),
		terminate: () => worker.terminate()
	};
}

function processEndpoint(o: PoolOptions): Endpoint {
	const heap = o.maxHeapMb ? [`--max-old-space-size=${o.maxHeapMb}`] : [];
	const child: ChildProcess = spawn(process.execPath, [...heap, '--expose-gc', '-e', o.code], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		// Typed arrays cross as typed arrays, not as JSON.
		serialization: 'advanced',
		env: { ...process.env, ...o.env, LL_WORKER_DATA: JSON.stringify(o.workerData ?? null) }
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	return {
		post: (m) => void child.send(m as never),
		on: ((event: string, f: (...a: unknown[]) => void) => void child.on(event, f)) as Endpoint['on'],
		hold: (on) => {
			if (on) {
				child.ref();
				child.channel?.ref();
			} else {
				child.unref();
				child.channel?.unref();
			}
		},
		terminate: () => {
			child.kill();
			return exited;
		}
	};
}

interface Slot {
	worker: Endpoint;
	job: Job | null;
	started: number;
	idleTimer: ReturnType<typeof setTimeout> | null;
}

/** Threads sized to the machine: every core but one, at least one. */
export function defaultPoolSize(): number {
	return Math.max(1, availableParallelism() - 1);
}

export class WorkerPool<Task, Result> {
	readonly size: number;
	readonly maxQueue: number;
	private readonly options: PoolOptions;
	private readonly slots: (Slot | null)[];
	private readonly queue: Job[] = [];
	private nextId = 1;
	/** A running mean of task time, for Retry-After. */
	private meanMs = 500;
	private closed = false;

	constructor(options: PoolOptions) {
		this.options = options;
		this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
		this.maxQueue = Math.max(0, Math.floor(options.maxQueue ?? this.size * 4));
		this.slots = Array.from({ length: this.size }, () => null);
	}

	/** Tasks running and waiting. */
	get load(): { running: number; queued: number } {
		return { running: this.slots.filter((s) => s?.job).length, queued: this.queue.length };
	}

	/**
	 * The error `run` would fail with now, or null when a task would be taken: lets a caller
	 * skip the work of preparing a task that would only be refused.
	 */
	refusal(): QueueFullError | null {
		if (this.closed) return new QueueFullError(0);
		const free = this.slots.some((s) => !s?.job);
		return !free && this.queue.length >= this.maxQueue ? new QueueFullError(this.retryAfter()) : null;
	}

	/**
	 * Runs a task on a free worker, or queues it. A task still waiting when `signal` aborts
	 * (its client went away) leaves the queue: nobody is left to send its result to.
	 */
	run(task: Task, options: { transfer?: readonly Transferable[]; signal?: AbortSignal } = {}): Promise<Result> {
		const refused = this.refusal();
		if (refused) return Promise.reject(refused);
		const free = this.slots.findIndex((s) => !s?.job);
		return new Promise<Result>((resolve, reject) => {
			const job: Job = {
				id: this.nextId++,
				task,
				transfer: options.transfer ?? [],
				resolve: resolve as (v: unknown) => void,
				reject
			};
			if (free >= 0) return this.start(free, job);
			this.queue.push(job);
			options.signal?.addEventListener(
				'abort',
				() => {
					const at = this.queue.indexOf(job);
					if (at < 0) return;
					this.queue.splice(at, 1);
					reject(new Error('the request was abandoned before its turn'));
				},
				{ once: true }
			);
		});
	}

	/** Ends every worker; waiting tasks fail. */
	async close(): Promise<void> {
		this.closed = true;
		for (const job of this.queue.splice(0)) job.reject(new QueueFullError(0));
		await Promise.all(
			this.slots.map((s, i) => {
				this.slots[i] = null;
				if (s?.idleTimer) clearTimeout(s.idleTimer);
				s?.job?.reject(new QueueFullError(0));
				return s?.worker.terminate();
			})
		);
	}

	/** Seconds until the queue has drained at the recent pace. */
	private retryAfter(): number {
		return Math.max(1, Math.ceil(((this.queue.length + this.size) * this.meanMs) / this.size / 1000));
	}

	private spawn(i: number): Slot {
		const o = this.options;
		const worker = o.isolation === 'process' ? processEndpoint(o) : threadEndpoint(o);
		// An idle worker must not keep the process alive.
		worker.hold(false);
		const slot: Slot = { worker, job: null, started: 0, idleTimer: null };
		worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
			const job = slot.job;
			if (!job || m.id !== job.id) return;
			this.meanMs = this.meanMs * 0.8 + (performance.now() - slot.started) * 0.2;
			if (m.error !== undefined) job.reject(new Error(m.error));
			else job.resolve(m.result);
			this.finish(i, slot);
		});
		const died = (e: Error) => {
			if (this.slots[i] !== slot) return;
			this.slots[i] = null;
			if (slot.idleTimer) clearTimeout(slot.idleTimer);
			slot.job?.reject(e);
			slot.job = null;
			const next = this.queue.shift();
			if (next && !this.closed) this.start(i, next);
		};
		worker.on('error', died);
		worker.on('exit', (code) => died(new Error(`the worker stopped (exit code ${code})`)));
		return slot;
	}

	private start(i: number, job: Job): void {
		const slot = this.slots[i] ?? this.spawn(i);
		this.slots[i] = slot;
		if (slot.idleTimer) clearTimeout(slot.idleTimer);
		slot.idleTimer = null;
		slot.job = job;
		slot.started = performance.now();
		slot.worker.hold(true);
		slot.worker.post({ id: job.id, task: job.task }, job.transfer);
	}

	private finish(i: number, slot: Slot): void {
		slot.job = null;
		const next = this.queue.shift();
		if (next) return this.start(i, next);
		slot.worker.hold(false);
		slot.idleTimer = setTimeout(() => {
			if (this.slots[i] === slot && !slot.job) {
				this.slots[i] = null;
				void slot.worker.terminate();
				if (this.slots.every((s) => s === null)) this.options.onIdle?.();
			}
		}, this.options.idleMs ?? 10_000);
		slot.idleTimer.unref();
	}
}
