#!/usr/bin/env node
/**
 * npm run bench:filter-paint [-- --port 4310]
 * How long a filter change takes to reach the screen in Chromium, on the production build:
 * from the click on a filter's checkbox until the page's charts show the change (the new
 * data fetched, the views redrawn). Each change is made and undone several times, two ways:
 *
 *   click     the page's script clicks the checkbox: no pointer or focus comes first, so
 *             nothing is loaded ahead (the worst case).
 *   pointer   the mouse rests on the choice for 150 ms, then presses and releases, as a
 *             reader's does; timed from the press. The filter form starts loading a choice's
 *             data when the pointer rests on it (FilterBar.svelte).
 *
 * and read two ways:
 *
 *   painted     until the end of the frame that first shows the change: a task queued from
 *               that frame's requestAnimationFrame runs once its style, layout and paint are
 *               done.
 *   next frame  until the frame after that begins: adds the wait for the next vsync and any
 *               work queued behind the paint (the earlier version of this bench read this).
 *
 * The same is measured on a "before" build (see buildBefore in server.mjs: BENCH_BEFORE, by
 * default where this branch left main; BENCH_BEFORE=none skips it), its page and this one's
 * taking turns, so a busy machine slows both alike. Medians are printed, not asserted.
 *
 * Usage: npm run build && npm run bench:filter-paint. Ports: --port and the one after it.
 */
import { rmSync } from 'node:fs';
import { buildBefore, launchChromium, startServer } from './server.mjs';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] ?? 4311) || 4311;
const ROUNDS = 8;
const REST_MS = 150;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cases = [
	{ page: '/', name: 'country', value: 'ECU', watch: 'figure[data-chart="lending-by-country"] .subtitle' },
	{ page: '/', name: 'kind', value: 'military', watch: 'figure[data-chart="timeline"] .subtitle' },
	{
		page: '/worldwide',
		name: 'region',
		value: 'sub-saharan-africa',
		watch: 'figure[data-chart="lending-ranked"] .subtitle'
	},
	{
		page: '/worldwide',
		name: 'flow_class',
		value: 'oda-like',
		watch: 'figure[data-chart="lending-over-time"] .subtitle'
	}
];

/**
 * Sets the page to wait for the change (window.__change), timed from the script's click it
 * makes, or with `fromPointer` from the pointer going down on the checkbox.
 */
function watchChange(page, c, fromPointer) {
	return page.evaluate(
		({ name, value, watch, fromPointer }) => {
			const box = document.querySelector(`form.filters input[name="${name}"][value="${value}"]`);
			// The pointer needs the choice on screen: open its group (the before build folds it away).
			box.closest('details').open = true;
			const before = document.querySelector(watch)?.textContent;
			window.__change = new Promise((resolve, reject) => {
				// A change that never shows would otherwise hang the run.
				const give = setTimeout(() => reject(new Error(`${name}=${value}: "${watch}" did not change in 10 s`)), 10_000);
				let t0 = performance.now();
				const seen = () => {
					if (document.querySelector(watch)?.textContent === before) return requestAnimationFrame(seen);
					clearTimeout(give);
					// This callback runs in the first frame whose DOM has the change; the timer after its paint.
					setTimeout(() => {
						const painted = performance.now() - t0;
						requestAnimationFrame(() => setTimeout(() => resolve({ painted, next: performance.now() - t0 }), 0));
					}, 0);
				};
				if (fromPointer) {
					const start = () => {
						t0 = performance.now();
						requestAnimationFrame(seen);
					};
					box.addEventListener('pointerdown', start, { once: true });
				} else {
					box.click();
					requestAnimationFrame(seen);
				}
			});
		},
		{ ...c, fromPointer }
	);
}

/** One change on `page`, both readings in ms. */
async function change(page, c, pointer) {
	await watchChange(page, c, pointer);
	if (pointer) {
		await page.mouse.move(0, 0);
		await page.locator(`form.filters input[name="${c.name}"][value="${c.value}"]`).hover();
		await page.waitForTimeout(REST_MS);
		await page.mouse.down();
		await page.mouse.up();
	}
	return page.evaluate(() => window.__change);
}

const before = buildBefore();
const builds = [{ label: 'this build', dir: undefined }];
if (before) builds.unshift({ label: `before (${before.ref.slice(0, 10)})`, dir: before.dir });
const servers = [];
const browser = await launchChromium();
try {
	for (const [i, b] of builds.entries()) servers.push(await startServer(port + i, { cwd: b.dir }));
	console.log(
		`\nFilter change to paint in ms, median of ${ROUNDS * 2} changes each way (made and undone ${ROUNDS} times)`
	);
	console.log(' '.repeat(67) + 'click'.padStart(16) + 'pointer'.padStart(22));
	const head = ['painted', 'next frame', 'painted', 'next frame'].map((h) => h.padStart(11)).join('');
	console.log('page'.padEnd(12), 'change'.padEnd(28), 'build'.padEnd(24), head);
	for (const c of cases) {
		const pages = [];
		for (const s of servers) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(s.base + c.page, { waitUntil: 'networkidle' });
			// Before hydration a checkbox only changes with the form's Apply button: nothing would be redrawn.
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			pages.push({ page, times: { click: [], pointer: [] } });
		}
		for (let i = 0; i < ROUNDS; i++) {
			// Turns alternate, so neither build always goes first.
			for (const p of i % 2 ? [...pages].reverse() : pages) {
				await p.page.bringToFront();
				for (const how of ['click', 'pointer']) {
					for (let j = 0; j < 2; j++) {
						p.times[how].push(await change(p.page, c, how === 'pointer'));
						await p.page.waitForLoadState('networkidle');
					}
				}
			}
		}
		for (const [i, p] of pages.entries()) {
			const ms = (how, k) =>
				median(p.times[how].map((t) => t[k]))
					.toFixed(0)
					.padStart(10);
			const cells = ms('click', 'painted') + ms('click', 'next') + ms('pointer', 'painted') + ms('pointer', 'next');
			console.log(c.page.padEnd(12), `${c.name}=${c.value}`.padEnd(28), builds[i].label.padEnd(24), cells);
			await p.page.close();
		}
	}
} finally {
	await browser.close();
	for (const s of servers) s.stop();
	if (before) rmSync(before.dir, { recursive: true, force: true });
}
