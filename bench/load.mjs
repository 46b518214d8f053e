#!/usr/bin/env node
/**
 * npm run bench:load — the built server (npm start's) under load, on loopback, with
 * autocannon; every phase bounded in time. It prints requests per second, p99 latency and
 * the server's memory: the resident set of the server and the worker processes it started,
 * sampled every 100 ms. That is what the host gives the server, so it is the figure the
 * targets speak of; it counts, besides live objects, heap pages V8 has not given back and
 * memory the C library keeps, which a heap snapshot (live objects only) does not show.
 *
 *   1. the overview alone, 20 connections (pages are kept and sent compressed);
 *   2. 20 connections asking for one 4000x4000 PNG (from a process of their own, so that
 *      reading the images does not delay the probes), while /embed.js and / are probed: after
 *      the first, every answer comes from the export's response cache;
 *   3. the same, but each request asks for a size not asked before (width and height from
 *      3000 to 4000 px), so every answered image is drawn: this measures rendering;
 *   4. memory 30 s after, once the exporter has been idle, against its level before the run,
 *      and how much of the difference is the export cache's documented content (the bytes
 *      of the distinct images it was sent, up to its 64 MB bound).
 *
 * Targets (issue 13): overview >= 150 req/s with p99 < 250 ms; under the PNG stream, p99 of
 * /embed.js and / < 300 ms; peak memory < 1 GB and back within 20% of idle afterwards.
 *
 * Usage: npm run build && npm run bench:load [-- seconds]   (BENCH_PORT picks the port;
 * BENCH_DIR, a folder holding another build/ and scripts/serve.mjs, measures that one instead,
 * for a before/after comparison on the same machine state)
 */
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const HEADERS = { 'accept-encoding': 'br, gzip' };
const STREAM_FLAG = '--png-stream';

/**
 * The 20 connections asking for PNGs, in a process of their own: they read some 30 MB/s of
 * images, and in the same event loop as the probes that work delayed the probes' own reads,
 * so the probes' p99 measured this script as much as the server.
 */
async function pngStream(base, seconds, kind) {
	const kept = new Set();
	const onResponse = (status, _body, context) => {
		if (status === 200) kept.add(context.path);
	};
	const one = `/export/lending-map.png?width=4000&height=4000`;
	// A size not asked before on every request (a million pairs): nothing comes from the cache.
	let n = 0;
	const next = () => {
		const i = n++;
		return `/export/lending-map.png?width=${4000 - (i % 1001)}&height=${4000 - (Math.floor(i / 1001) % 1001)}`;
	};
	const result = await autocannon({
		url: `${base}/`,
		headers: HEADERS,
		connections: 20,
		timeout: 60,
		duration: seconds,
		requests: [
			{
				setupRequest: (req, context) => {
					context.path = kind === 'cached' ? one : next();
					return { ...req, path: context.path };
				},
				onResponse
			}
		]
	});
	return { result, kept: [...kept] };
}

if (process.argv[2] === STREAM_FLAG) {
	const [, , , base, seconds, kind] = process.argv;
	process.send(await pngStream(base, Number(seconds), kind));
	process.exit(0);
}

const SECONDS = Number(process.argv[2] ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const { base, stop, pid } = await startServer(PORT, { cwd: process.env.BENCH_DIR });
/** The export cache's bound (src/lib/server/export/cache.ts), unless LL_EXPORT_CACHE_BYTES says otherwise. */
const EXPORT_CACHE_BYTES = Number(process.env.LL_EXPORT_CACHE_BYTES ?? 64 * 1024 * 1024);

/** The PNG stream of `kind` ('cached' or 'drawn') in its own process, as pngStream answers it. */
function streamElsewhere(kind) {
	const child = fork(fileURLToPath(import.meta.url), [STREAM_FLAG, base, String(SECONDS), kind]);
	return new Promise((resolve, reject) => {
		child.once('message', resolve);
		child.once('exit', (code) => (code ? reject(new Error(`the PNG stream stopped (exit code ${code})`)) : null));
	});
}

/** The server's process and every process it started (its image workers), from /proc. */
function processTree(root) {
	const out = [root];
	for (const p of out) {
		try {
			for (const task of readdirSync(`/proc/${p}/task`)) {
				out.push(...readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
			}
		} catch {
			// the thread or process ended meanwhile
		}
	}
	return out;
}

/** Resident memory of the server and its worker processes together, in MB (Linux). */
function rssMb() {
	let kb = 0;
	for (const p of processTree(pid)) {
		try {
			kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
		} catch {
			// ended meanwhile
		}
	}
	return kb / 1024;
}

/** CPU seconds the server process has used (user + system), from /proc. */
function cpuSeconds() {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

function run(opts) {
	return autocannon({ headers: HEADERS, ...opts, duration: opts.duration ?? SECONDS });
}

const line = (label, r) =>
	console.log(
		`${label.padEnd(34)} ${`${r.requests.average.toFixed(1)} req/s`.padStart(12)}  p99 ${`${r.latency.p99} ms`.padStart(9)}` +
			`  2xx ${r['2xx']}  non-2xx ${r.non2xx}  errors ${r.errors}  timeouts ${r.timeouts}`
	);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** How far `mb` is from the idle level, in words. */
const vsIdle = (mb, idle) => {
	const pct = Math.round(((mb - idle) / idle) * 100);
	return pct < 0 ? `${-pct}% below idle` : `${pct}% above idle`;
};

try {
	// Warm up: the dataset, the page cache and one image.
	for (const path of ['/', '/embed.js', '/export/timeline.png?width=800&height=600'])
		await (await fetch(base + path, { headers: HEADERS })).arrayBuffer();
	await sleep(12_000); // the exporter's idle worker ends after 10 s
	global.gc?.();
	const idle = rssMb();
	console.log(`server idle: ${idle.toFixed(0)} MB resident; ${SECONDS} s a phase, loopback, 2 cores shared`);

	const cpu = cpuSeconds();
	const overview = await run({ url: `${base}/`, connections: 20 });
	line('overview, 20 connections', overview);
	// Less dependent on what else the machine runs than requests per second.
	console.log(
		`${''.padEnd(34)} server CPU per request: ${(((cpuSeconds() - cpu) * 1000) / overview.requests.total).toFixed(1)} ms`
	);

	let peak = rssMb();
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
	// Each distinct image answered 200: what the export cache may now hold.
	const kept = new Set();
	const probe = () => [run({ url: `${base}/embed.js`, connections: 2 }), run({ url: `${base}/`, connections: 2 })];
	const pngPhase = async (label, kind) => {
		const [png, script, page] = await Promise.all([streamElsewhere(kind), ...probe()]);
		for (const path of png.kept) kept.add(path);
		line(label, png.result);
		console.log(
			`${''.padEnd(34)} of which 503 (busy, Retry-After): ${png.result.statusCodeStats?.['503']?.count ?? 0}`
		);
		line('  meanwhile /embed.js, 2 conn.', script);
		line('  meanwhile /, 2 conn.', page);
	};
	// Drawn once before the phase, so that the phase measures what it is named for.
	await (await fetch(`${base}/export/lending-map.png?width=4000&height=4000`)).arrayBuffer();
	await pngPhase('4000x4000 PNG, one URL (cached)', 'cached');
	await pngPhase('4000x4000-ish PNG, each one drawn', 'drawn');
	clearInterval(sampler);
	console.log(`peak memory during the PNG streams: ${peak.toFixed(0)} MB`);

	// Images already being drawn finish; then the idle worker ends (after 10 s).
	await sleep(30_000);
	const after = rssMb();
	console.log(`memory 30 s after the run: ${after.toFixed(0)} MB (${vsIdle(after, idle)})`);
	// Measured after the figure above: asking again only reads what the cache holds.
	let bytes = 0;
	for (const path of kept) {
		const res = await fetch(base + path);
		const body = await res.arrayBuffer();
		if (res.headers.get('x-cache') === 'hit') bytes += body.byteLength;
	}
	const cached = Math.min(EXPORT_CACHE_BYTES, bytes) / 1024 / 1024;
	const rest = after - cached;
	console.log(
		`${''.padEnd(34)} of which the export cache holds at most ${cached.toFixed(0)} MB (${kept.size} distinct images); ` +
			`without it ${rest.toFixed(0)} MB (${vsIdle(rest, idle)})`
	);
} finally {
	stop();
}
