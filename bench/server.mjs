/** Start a built server (`npm start`'s, scripts/serve.mjs) on a port for a benchmark, and stop it after. */
import { chromium } from '@playwright/test';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunch } from '../scripts/chromium.mjs';

/** Chromium as the browser tests launch it. */
export function launchChromium() {
	return chromium.launch(chromiumLaunch);
}

/**
 * Node's arguments for the server as `npm run serve` starts it (package.json in `cwd`), so a
 * benchmark measures the server with the heap limit it runs with.
 * @param {string} [cwd]
 */
export function serveArgs(cwd = '.') {
	const script = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).scripts?.serve ?? '';
	const args = script.split(/\s+/).filter(Boolean);
	return args[0] === 'node' ? args.slice(1) : ['scripts/serve.mjs'];
}

/**
 * @param {number} port
 * @param {{ cwd?: string, env?: Record<string, string> }} [options] where the build is (default: here) and extra environment
 */
export async function startServer(port, options = {}) {
	// Another server on the port would answer in its place: measure nothing rather than that one.
	const taken = await fetch(`http://127.0.0.1:${port}/`).then(
		() => true,
		() => false
	);
	if (taken) throw new Error(`port ${port} is taken: set BENCH_PORT to a free one`);
	const env = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: `http://127.0.0.1:${port}`,
		...options.env
	};
	const server = spawn('node', serveArgs(options.cwd), { cwd: options.cwd, env, stdio: 'ignore' });
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 600; i++) {
		if (server.exitCode !== null) throw new Error(`the server stopped at start (exit code ${server.exitCode})`);
		try {
			if ((await fetch(`${base}/api/v1/dataset.json`)).ok) return { base, pid: server.pid, stop: () => server.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	server.kill();
	throw new Error('the built server did not start: run npm run build first');
}

/**
 * The "before" of a benchmark: an earlier commit's tree, exported with `git archive` to a
 * temporary folder and built there, with this checkout's node_modules when its lock file is
 * the same, else with its own (npm ci). The commit is BENCH_BEFORE, by default where this
 * branch left main (`git merge-base HEAD main`); BENCH_BEFORE=none skips it (null). The
 * caller removes `dir` when done.
 * @returns {{ ref: string, dir: string } | null}
 */
export function buildBefore() {
	let ref = process.env.BENCH_BEFORE;
	if (ref === 'none') return null;
	try {
		ref ??= execFileSync('git', ['merge-base', 'HEAD', 'main'], { encoding: 'utf8' }).trim();
	} catch {
		console.log('(no "before" column: set BENCH_BEFORE to a commit)');
		return null;
	}
	const dir = mkdtempSync(join(tmpdir(), 'lending-lens-before-'));
	console.log(`building the "before" tree (${ref.slice(0, 10)}) in ${dir} …`);
	execFileSync('bash', ['-c', `git archive ${ref} | tar -x -C ${dir}`]);
	// A commit with other dependencies needs its own: one whose package is gone would not build.
	if (readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync('package-lock.json', 'utf8')) {
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
	} else {
		const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, stdio: 'ignore' });
		if (ci.status !== 0) throw new Error(`npm ci for ${ref} failed`);
	}
	const r = spawnSync('npx', ['vite', 'build'], { cwd: dir, stdio: 'ignore' });
	if (r.status !== 0 || !existsSync(join(dir, 'build'))) throw new Error(`the build of ${ref} failed`);
	return { ref, dir };
}
