#!/usr/bin/env node
/**
 * npm run bench:load — the built server (npm start's) under load, on loopback, with
 * autocannon; every phase bounded in time. It prints requests per second, p99 latency and
 * the server's memory (resident set, sampled every 100 ms):
 *
 *   1. the overview alone, 20 connections (pages are kept and sent compressed);
 *   2. 20 connections asking for 4000x4000 PNGs, while /embed.js and / are probed;
 *   3. memory 30 s after, once the exporter has been idle, against its level before the run.
 *
 * Targets (issue 13): overview >= 150 req/s with p99 < 250 ms; under the PNG stream, p99 of
 * /embed.js and / < 300 ms; peak memory < 1 GB and back within 20% of idle afterwards.
 *
 * Usage: npm run build && npm run bench:load [-- seconds]   (BENCH_PORT picks the port)
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { startServer } from './server.mjs';

const SECONDS = Number(process.argv[2] ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 4199);
const { base, stop, pid } = await startServer(PORT);
const HEADERS = { 'accept-encoding': 'br, gzip' };

/** Resident memory of the server process, in MB (Linux). */
function rssMb() {
	const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? Number(m[1]) / 1024 : NaN;
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

try {
	// Warm up: the dataset, the page cache and one image.
	for (const path of ['/', '/embed.js', '/export/timeline.png?width=400&height=300']) await (await fetch(base + path, { headers: HEADERS })).arrayBuffer();
	await sleep(12_000); // the exporter's idle worker ends after 10 s
	global.gc?.();
	const idle = rssMb();
	console.log(`server idle: ${idle.toFixed(0)} MB resident; ${SECONDS} s a phase, loopback, 2 cores shared`);

	const cpu = cpuSeconds();
	const overview = await run({ url: `${base}/`, connections: 20 });
	line('overview, 20 connections', overview);
	// Less dependent on what else the machine runs than requests per second.
	console.log(`${''.padEnd(34)} server CPU per request: ${(((cpuSeconds() - cpu) * 1000) / overview.requests.total).toFixed(1)} ms`);

	let peak = rssMb();
	const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
	const [png, script, page] = await Promise.all([
		run({ url: `${base}/export/lending-map.png?width=4000&height=4000`, connections: 20, timeout: 60 }),
		run({ url: `${base}/embed.js`, connections: 2 }),
		run({ url: `${base}/`, connections: 2 })
	]);
	clearInterval(sampler);
	const r503 = png.statusCodeStats?.['503']?.count ?? 0;
	line('4000x4000 PNG, 20 connections', png);
	console.log(`${''.padEnd(34)} of which 503 (busy, Retry-After): ${r503}`);
	line('  meanwhile /embed.js, 2 conn.', script);
	line('  meanwhile /, 2 conn.', page);
	console.log(`peak memory during the PNG stream: ${peak.toFixed(0)} MB`);

	// Images already being drawn finish; then the idle worker ends (after 10 s).
	await sleep(30_000);
	const after = rssMb();
	console.log(`memory 30 s after the run: ${after.toFixed(0)} MB (${(((after - idle) / idle) * 100).toFixed(0)}% above idle)`);
} finally {
	stop();
}
