#!/usr/bin/env node
/**
 * npm run bench:filter-paint [-- --port 4310]
 * How long a filter change takes to reach the screen in Chromium, on the production build:
 * from the click on a filter's checkbox to the first frame painted after the page's charts
 * changed (the new data fetched, the views redrawn). Each change is made and undone several
 * times; the median is printed, per page. Figures are printed, not asserted.
 *
 * Usage: npm run build && npm run bench:filter-paint
 */
import { launchChromium, startServer } from './server.mjs';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] ?? 4311) || 4311;
const ROUNDS = 8;
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

const { base, stop } = await startServer(port);
const browser = await launchChromium();
try {
	for (const c of cases) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(base + c.page, { waitUntil: 'networkidle' });
		// Before hydration a checkbox only changes with the form's Apply button: nothing would be redrawn.
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const times = [];
		for (let i = 0; i < ROUNDS * 2; i++) {
			// performance marks in the page: the click, then the first frame after the watched text changed.
			const t = await page.evaluate(
				({ name, value, watch }) =>
					new Promise((resolve, reject) => {
						// A change that never shows would otherwise hang the run.
						const give = setTimeout(
							() => reject(new Error(`${name}=${value}: "${watch}" did not change in 10 s`)),
							10_000
						);
						const box = document.querySelector(`form.filters input[name="${name}"][value="${value}"]`);
						const target = document.querySelector(watch);
						const before = target?.textContent;
						performance.mark('filter-change');
						const seen = () => {
							const now = document.querySelector(watch)?.textContent;
							if (now === before) return requestAnimationFrame(seen);
							// The frame after the change is the one that paints it.
							clearTimeout(give);
							requestAnimationFrame(() =>
								setTimeout(() => resolve(performance.measure('filter-paint', 'filter-change').duration), 0)
							);
						};
						box.click();
						requestAnimationFrame(seen);
					}),
				c
			);
			times.push(t);
			await page.waitForLoadState('networkidle');
		}
		console.log(
			`${c.page.padEnd(12)} ${`${c.name}=${c.value}`.padEnd(30)} median ${median(times).toFixed(0).padStart(5)} ms (of ${times.length}, on and off)`
		);
		await page.close();
	}
} finally {
	await browser.close();
	stop();
}
