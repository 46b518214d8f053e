/** Start a built server (`npm start`'s, scripts/serve.mjs) on a port for a benchmark, and stop it after. */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumLaunch } from '../scripts/chromium.mjs';

/** Chromium as the browser tests launch it. */
export function launchChromium() {
	return chromium.launch(chromiumLaunch);
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
	const server = spawn('node', ['scripts/serve.mjs'], { cwd: options.cwd, env, stdio: 'ignore' });
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
