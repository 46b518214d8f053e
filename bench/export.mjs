#!/usr/bin/env node
/**
 * npm run bench:export: the server PNG export of each chart at 1200x675, scale 2, timed from
 * request to last byte, median of several requests after one warm-up, in one table:
 *
 *   before   the cold measurement on an earlier commit's build (default: where this branch
 *            left main, `git merge-base HEAD main`; set BENCH_BEFORE to another commit, or
 *            to "none" to skip it). Its tree is exported with `git archive` to a temporary
 *            folder and built there, with this checkout's node_modules when its lock file is
 *            the same, else with its own (npm ci).
 *   cold     this build with the response cache off (LL_EXPORT_CACHE_BYTES=0): every request
 *            draws and rasterises the figure.
 *   cached   this build as it runs: a repeated request, answered from the response cache.
 *   304      a request that holds the ETag (If-None-Match).
 *
 * Usage: npm run build && npm run bench:export [-- runs]. Ports: BENCH_PORT (default 4196) and the two after it.
 */
import { rmSync } from 'node:fs';
import { buildBefore, startServer } from './server.mjs';

const RUNS = Number(process.argv[2] ?? 9);
const PORT = Number(process.env.BENCH_PORT ?? 4196);
const CHARTS = ['lending-by-country', 'lending-map', 'sanctions-over-time', 'timeline'];
const QUERY = 'width=1200&height=675&scale=2';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(url, headers = {}) {
	const t = performance.now();
	const res = await fetch(url, { headers });
	const bytes = (await res.arrayBuffer()).byteLength;
	if (!res.ok && res.status !== 304) throw new Error(`${url}: ${res.status}`);
	return { ms: performance.now() - t, bytes, res };
}

/** Median ms per chart for `runs` requests (after a warm-up of the server, not of the URL when `fresh`). */
async function measure(base, { runs = RUNS, headers = () => ({}) } = {}) {
	const out = {};
	await time(`${base}/export/${CHARTS[0]}.png?width=800&height=600`);
	for (const chart of CHARTS) {
		const url = `${base}/export/${chart}.png?${QUERY}`;
		const first = await time(url);
		const times = [];
		for (let i = 0; i < runs; i++) times.push((await time(url, headers(first.res))).ms);
		out[chart] = { median: median(times), bytes: first.bytes };
	}
	return out;
}

const before = buildBefore();
let beforeTimes = null;
if (before) {
	// Cold, like the column it is compared with.
	const s = await startServer(PORT, { cwd: before.dir, env: { LL_EXPORT_CACHE_BYTES: '0' } });
	try {
		beforeTimes = await measure(s.base);
	} finally {
		s.stop();
		rmSync(before.dir, { recursive: true, force: true });
	}
}
const cold = await startServer(PORT + 1, { env: { LL_EXPORT_CACHE_BYTES: '0' } });
const coldTimes = await measure(cold.base).finally(() => cold.stop());
const warm = await startServer(PORT + 2);
const cachedTimes = await measure(warm.base).catch((e) => (warm.stop(), Promise.reject(e)));
const notModified = await measure(warm.base, {
	headers: (res) => ({ 'if-none-match': res.headers.get('etag') ?? '' })
}).finally(() => warm.stop());

const ms = (n) => (n === undefined ? '–' : `${n.toFixed(n < 10 ? 1 : 0)} ms`);
console.log(
	`\nPNG export, 1200x675 at scale 2 (2400x1350 px), median of ${RUNS} requests${before ? `; before = ${before.ref.slice(0, 10)}` : ''}`
);
console.log(
	'chart'.padEnd(22),
	'before'.padStart(9),
	'cold'.padStart(9),
	'cached'.padStart(9),
	'304'.padStart(9),
	'size'.padStart(9)
);
for (const chart of CHARTS) {
	console.log(
		chart.padEnd(22),
		ms(beforeTimes?.[chart]?.median).padStart(9),
		ms(coldTimes[chart].median).padStart(9),
		ms(cachedTimes[chart].median).padStart(9),
		ms(notModified[chart].median).padStart(9),
		`${(coldTimes[chart].bytes / 1024).toFixed(0)} KB`.padStart(9)
	);
}
