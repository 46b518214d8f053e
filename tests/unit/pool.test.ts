import { afterEach, describe, expect, it } from 'vitest';
import { QueueFullError, WorkerPool } from '../../src/lib/server/pool/pool.ts';

/**
 * A worker that doubles a number after `ms`, fails on 'throw' and dies on 'exit'; `thread`
 * names the worker (a thread id, or a process id).
 */
const WORKERS = {
	thread: `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', ({ id, task }) => {
	if (task.n === 'exit') process.exit(3);
	if (task.n === 'throw') return parentPort.postMessage({ id, error: 'bad task' });
	setTimeout(() => parentPort.postMessage({ id, result: { n: task.n * 2, thread: threadId } }), task.ms ?? 0);
});
`,
	process: `
process.on('message', ({ id, task }) => {
	if (task.n === 'exit') process.exit(3);
	if (task.n === 'throw') return process.send({ id, error: 'bad task' });
	setTimeout(() => process.send({ id, result: { n: task.n * 2, thread: process.pid, data: JSON.parse(process.env.LL_WORKER_DATA) } }), task.ms ?? 0);
});
process.on('disconnect', () => process.exit(0));
`
} as const;

type Task = { n: number | 'exit' | 'throw'; ms?: number };
type Result = { n: number; thread: number; data?: unknown };
let pool: WorkerPool<Task, Result> | undefined;

afterEach(async () => {
	await pool?.close();
	pool = undefined;
});

describe.each(['thread', 'process'] as const)('WorkerPool of %s workers', (isolation) => {
	const make = (size: number, maxQueue: number, idleMs?: number) =>
		(pool = new WorkerPool<Task, Result>({
			code: WORKERS[isolation],
			isolation,
			size,
			maxQueue,
			idleMs,
			workerData: { a: 1 }
		}));

	it('runs tasks on its threads, in parallel up to its size', async () => {
		const p = make(2, 10);
		const results = await Promise.all([1, 2, 3, 4].map((n) => p.run({ n, ms: 50 })));
		expect(results.map((r) => r.n)).toEqual([2, 4, 6, 8]);
		expect(new Set(results.map((r) => r.thread)).size).toBe(2);
	});

	it('refuses work beyond its queue at once, with a time to retry', async () => {
		const p = make(1, 2);
		const accepted = [p.run({ n: 1, ms: 100 }), p.run({ n: 2, ms: 100 }), p.run({ n: 3, ms: 100 })];
		expect(p.load).toEqual({ running: 1, queued: 2 });
		expect(p.refusal()).toBeInstanceOf(QueueFullError);
		const refused = await p.run({ n: 4 }).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(QueueFullError);
		expect((refused as QueueFullError).retryAfter).toBeGreaterThanOrEqual(1);
		expect((await Promise.all(accepted)).map((r) => r.n)).toEqual([2, 4, 6]);
		// Once drained, it takes work again.
		expect(p.refusal()).toBeNull();
		expect((await p.run({ n: 5 })).n).toBe(10);
	});

	it('fails only the task whose worker failed or died, and carries on', async () => {
		const p = make(1, 5);
		const [bad, dead, good] = await Promise.allSettled([p.run({ n: 'throw' }), p.run({ n: 'exit' }), p.run({ n: 21 })]);
		expect(bad).toMatchObject({ status: 'rejected', reason: { message: 'bad task' } });
		expect(dead).toMatchObject({ status: 'rejected', reason: { message: 'the worker stopped (exit code 3)' } });
		expect(good).toMatchObject({ status: 'fulfilled', value: { n: 42 } });
	});

	it('drops a waiting task whose caller has gone', async () => {
		const p = make(1, 3);
		const running = p.run({ n: 1, ms: 100 });
		const gone = new AbortController();
		const abandoned = p.run({ n: 2 }, { signal: gone.signal });
		const kept = p.run({ n: 3 });
		gone.abort();
		await expect(abandoned).rejects.toThrow('the request was abandoned before its turn');
		expect(p.load.queued).toBe(1);
		expect([(await running).n, (await kept).n]).toEqual([2, 6]);
	});

	it('ends idle workers and starts new ones when work comes', async () => {
		const p = make(1, 1, 20);
		const first = await p.run({ n: 1 });
		await new Promise((r) => setTimeout(r, 100));
		const second = await p.run({ n: 1 });
		expect(second.thread).not.toBe(first.thread);
	});

	it('says when a burst of work is over: once, when its last idle worker has ended', async () => {
		let idle = 0;
		const p = (pool = new WorkerPool<Task, Result>({
			code: WORKERS[isolation],
			isolation,
			size: 2,
			maxQueue: 2,
			idleMs: 20,
			onIdle: () => idle++
		}));
		const long = p.run({ n: 2, ms: 1000 });
		await p.run({ n: 1 });
		// One worker has been idle past its time, the other still works: the burst goes on.
		await new Promise((r) => setTimeout(r, 100));
		expect(p.load.running).toBe(1);
		expect(idle).toBe(0);
		await long;
		await new Promise((r) => setTimeout(r, 200));
		expect(idle).toBe(1);
	});

	it.runIf(isolation === 'process')('hands a process its data, and the process ends with the pool', async () => {
		const p = make(1, 1);
		const r = await p.run({ n: 1 });
		expect(r.data).toEqual({ a: 1 });
		await p.close();
		expect(() => process.kill(r.thread, 0)).toThrow();
	});

	it('fails waiting work when closed', async () => {
		const p = make(1, 3);
		const running = p.run({ n: 1, ms: 200 });
		const settled = Promise.allSettled([running, p.run({ n: 2 })]);
		await p.close();
		for (const r of await settled)
			expect(r).toMatchObject({ status: 'rejected', reason: { message: 'the pool is closed' } });
		await expect(p.run({ n: 3 })).rejects.toBeInstanceOf(QueueFullError);
	});
});
