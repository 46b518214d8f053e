#!/usr/bin/env node
/**
 * npm run bench:size — the JavaScript and CSS each page loads, gzipped, measured in a real
 * browser against the production build (every script and stylesheet response, including
 * lazily loaded chunks, counted once per page).
 *
 * Usage: npm run build && npm run bench:size [-- /path /other/path]
 */
import { gzipSync } from 'node:zlib';
import { launchChromium, startServer } from './server.mjs';

const PORT = 4199;
const pages = process.argv.slice(2).length
	? process.argv.slice(2)
	: [
			'/',
			'/charts/timeline',
			'/embed/lending-by-country',
			'/embed/timeline',
			'/loans',
			'/sources/wsws-2019-04-17-pentagon-venezuela',
			'/records/wsws-2019-ven'
		];
const BUDGETS = { '/': 150 * 1024, '/embed/lending-by-country': 50 * 1024, '/embed/timeline': 50 * 1024 };

const { base, stop } = await startServer(PORT);

const browser = await launchChromium();
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
	console.log(
		path.padEnd(48),
		String(files).padStart(8),
		kb(js).padStart(10),
		kb(sum('stylesheet')).padStart(10),
		kb(sum('document')).padStart(10) + flag
	);
	await page.close();
}
await browser.close();
stop();
process.exit(over ? 1 : 0);
