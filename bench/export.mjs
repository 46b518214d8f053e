#!/usr/bin/env node
/**
 * npm run bench:export — server PNG export of each chart at 1200x675, scale 2: the median of
 * several requests after one warm-up, timed from request to last byte on this machine.
 *
 * Usage: npm run build && npm run bench:export [-- runs]
 */
import { startServer } from './server.mjs';

const RUNS = Number(process.argv[2] ?? 9);
const CHARTS = ['lending-by-country', 'lending-map', 'sanctions-over-time', 'timeline'];
const { base, stop } = await startServer(4198);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`PNG export, 1200x675 at scale 2 (2400x1350 px), ${RUNS} runs after a warm-up`);
console.log('chart'.padEnd(22), 'median'.padStart(9), 'min'.padStart(9), 'max'.padStart(9), 'size'.padStart(10));
for (const chart of CHARTS) {
	const url = `${base}/export/${chart}.png?width=1200&height=675&scale=2`;
	await (await fetch(url)).arrayBuffer();
	const times = [];
	let bytes = 0;
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		const res = await fetch(url);
		bytes = (await res.arrayBuffer()).byteLength;
		if (!res.ok) throw new Error(`${url}: ${res.status}`);
		times.push(performance.now() - t);
	}
	const ms = (n) => `${n.toFixed(0)} ms`;
	console.log(chart.padEnd(22), ms(median(times)).padStart(9), ms(Math.min(...times)).padStart(9), ms(Math.max(...times)).padStart(9), `${(bytes / 1024).toFixed(0)} KB`.padStart(10));
}
stop();
