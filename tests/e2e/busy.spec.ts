/**
 * A busy image exporter: the built server started with one worker thread and a queue of
 * one, then asked for more PNGs at once than that. The extra ones get 503 with Retry-After,
 * pages keep answering, and the server is still there afterwards.
 */
import { expect, test } from './fixtures.ts';
import { spawn, type ChildProcess } from 'node:child_process';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 100;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;

test.beforeAll(async () => {
	server = spawn('node', ['scripts/serve.mjs'], {
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			EXPORT_WORKERS: '1',
			EXPORT_QUEUE: '1'
		},
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		const up = await fetch(`${BASE}/embed.js`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('the built server did not start');
});

test.afterAll(() => {
	server.kill();
});

test('more PNGs than the pool holds: 503 with Retry-After for the rest, pages still answer', async () => {
	// Large images, so the first is still being drawn when the others arrive.
	test.setTimeout(90_000);
	const png = (i: number) => fetch(`${BASE}/export/timeline.png?width=2000&height=1500&scale=2&from=${2000 + i}`);
	const answers = await Promise.all([...Array.from({ length: 5 }, (_, i) => png(i)), fetch(`${BASE}/embed.js`)]);
	const script = answers.pop()!;
	expect(script.status).toBe(200);
	const statuses = answers.map((r) => r.status);
	expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
	expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
	expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
	for (const r of answers) {
		if (r.status === 503) {
			expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
			expect(await r.text()).toMatch(/^Too many images are being drawn; retry in \d+ s\./);
		} else {
			const bytes = new Uint8Array(await r.arrayBuffer());
			expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
		}
	}
	// Drawn on the worker thread, and still whole: the next request is served.
	expect((await png(0)).status).toBe(200);
});
