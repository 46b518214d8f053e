/**
 * npm run bench:tables [-- --port 4310] [-- --build]
 * What loading the published tables costs: the build (with --build), the server's start
 * until it answers, its memory, the time to render the overview and /projects, and the
 * gzipped size of the pages. Figures are printed, not asserted: compare them before and after
 * a change, on the same machine. The server runs with its page cache off (LL_PAGE_CACHE_BYTES=0),
 * so each request is rendered.
 */
import { spawn, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { serveArgs } from './server.mjs';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] ?? 4310) || 4310;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** CPU time a process has used (user + system, every thread), from /proc. */
const cpuMs = (pid) => {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
};

if (args.includes('--build')) {
	const t = performance.now();
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	if (r.status !== 0) throw new Error('vite build failed');
	console.log(`build (vite build, all tables)     ${ms(performance.now() - t)}`);
}

const base = `http://127.0.0.1:${port}`;
const t0 = performance.now();
// The page cache is off, so every request below is rendered: the medians are render times.
const server = spawn('node', serveArgs(), {
	env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, LL_PAGE_CACHE_BYTES: '0' },
	stdio: 'ignore'
});
try {
	// Ready means the dataset, tables included, is built: the first page answers.
	let up = false;
	for (let i = 0; i < 600 && !up; i++) {
		try {
			up = (await fetch(`${base}/projects`)).ok;
		} catch {
			await new Promise((r) => setTimeout(r, 50));
		}
	}
	if (!up) throw new Error('the built server did not start: run npm run build first');
	console.log(`server start until /projects answers  ${ms(performance.now() - t0)}`);
	// Less dependent on what else the machine runs than the wall time above.
	console.log(`  of which the server's own CPU time     ${ms(cpuMs(server.pid))}`);

	const timed = async (path, n) => {
		const times = [];
		let body = '';
		for (let i = 0; i < n; i++) {
			const t = performance.now();
			body = await (await fetch(base + path)).text();
			times.push(performance.now() - t);
		}
		return { median: median(times), gzip: gzipSync(body).length };
	};
	for (const path of [
		'/',
		'/worldwide',
		'/worldwide?region=world',
		'/projects',
		'/projects?q=port&country=AGO&sort=year&dir=asc',
		'/projects?page=50',
		'/projects/3',
		'/sources'
	]) {
		const r = await timed(path, 15);
		console.log(`${path.padEnd(50)} median ${ms(r.median).padStart(7)}   HTML ${kb(r.gzip).padStart(8)} gzipped`);
	}
	const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
	const rss = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
	const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
	console.log(
		`server memory: resident ${(Number(rss) / 1024).toFixed(0)} MB, peak ${(Number(hwm) / 1024).toFixed(0)} MB`
	);
} finally {
	server.kill();
}
