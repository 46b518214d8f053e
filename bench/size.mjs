#!/usr/bin/env node
/**
 * npm run bench:size — the JavaScript and CSS each page loads, gzipped, measured in a real
 * browser against the production build (every script and stylesheet response, including
 * lazily loaded chunks, counted once per page).
 *
 * Usage: npm run build && npm run bench:size [-- /path /other/path]
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';

const PORT = 4199;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/loans', '/sources/wsws-2019-04-17-pentagon-venezuela', '/records/wsws-2019-ven'];
const BUDGETS = { '/': 150 * 1024 };

const server = spawn('node', ['build'], { env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' }, stdio: 'ignore' });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 50; i++) {
	try {
		if ((await fetch(`${base}/api/v1/dataset.json`)).ok) break;
	} catch {
		await new Promise((r) => setTimeout(r, 100));
	}
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let over = false;
console.log('page'.padEnd(48), 'JS files', 'JS gzip'.padStart(10), 'CSS gzip'.padStart(10), 'HTML gzip'.padStart(10));
for (const path of pages) {
	const page = await browser.newPage();
	const seen = new Map();
	page.on('response', async (res) => {
		const type = res.request().resourceType();
		if (type !== 'script' && type !== 'stylesheet' && type !== 'document') return;
		try {
			seen.set(res.url(), { type, gz: gzipSync(await res.body()).length });
		} catch {
			/* redirects have no body */
		}
	});
	await page.goto(base + path, { waitUntil: 'networkidle' });
	const sum = (t) => [...seen.values()].filter((x) => x.type === t).reduce((a, x) => a + x.gz, 0);
	const js = sum('script');
	const budget = BUDGETS[path];
	const flag = budget ? (js > budget ? `  OVER budget ${kb(budget)}` : `  (budget ${kb(budget)})`) : '';
	if (budget && js > budget) over = true;
	const files = [...seen.values()].filter((x) => x.type === 'script').length;
	console.log(path.padEnd(48), String(files).padStart(8), kb(js).padStart(10), kb(sum('stylesheet')).padStart(10), kb(sum('document')).padStart(10) + flag);
	await page.close();
}
await browser.close();
server.kill();
process.exit(over ? 1 : 0);
