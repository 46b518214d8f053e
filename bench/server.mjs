/** Start the built server (`npm start`'s, scripts/serve.mjs) on a given port for a benchmark, and stop it after. */
import { spawn } from 'node:child_process';

export async function startServer(port) {
	const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` }, stdio: 'ignore' });
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 600; i++) {
		try {
			if ((await fetch(`${base}/api/v1/dataset.json`)).ok) return { base, pid: server.pid, stop: () => server.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	server.kill();
	throw new Error('the built server did not start: run npm run build first');
}
