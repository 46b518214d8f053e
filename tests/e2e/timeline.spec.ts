/**
 * The timeline as a reader meets it: long periods drawn as cut when zoomed to a week, marks a
 * finger can hit and labels a phone can read at 390 px, and a zoom window that Back and
 * Forward bring back with the filters it belonged to.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const timeline = (page: Page) => page.locator('figure[data-chart="timeline"]');
const lanes = (page: Page) => timeline(page).locator('.chart svg').first();
const shown = (page: Page) => timeline(page).getByText(/^Showing /);

test('zoomed to one week of April 2019, the multi-year totals are drawn as cut and say their whole period', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/charts/timeline?zoom=2019-04-01..2019-04-07');
	await expect(shown(page)).toHaveText('Showing 1 Apr 2019 – 7 Apr 2019');
	const lending = lanes(page).getByRole('list', { name: /^Chinese lending/ });
	// Each AidData total runs 2000–2021: cut at both ends, faded, with an arrow at each.
	for (const country of ['Venezuela', 'Brazil', 'Argentina', 'Ecuador']) {
		const mark = lending.getByRole('link', { name: new RegExp(`^${country}, AidData 2000–2021`) });
		await expect(mark).toHaveCount(1);
		await expect(mark.locator('rect[data-cut="both"]')).toHaveCount(1);
		expect(Number(await mark.locator('rect[data-cut]').getAttribute('fill-opacity'))).toBeLessThan(0.2);
		await expect(mark.locator('path[data-cut-arrows]')).toHaveCount(1);
		// Its words, on the bar or in the key under the chart, give the whole period and measure.
		const words = `AidData 2000–2021, ${country}: `;
		const onBar = mark.locator('text', { hasText: words });
		const inKey = timeline(page).locator('ol.key li', { hasText: words });
		expect((await onBar.count()) + (await inKey.count())).toBe(1);
		await expect(onBar.or(inKey)).toContainText('committed 2000–2021, constant 2021 US$');
	}
	expect(await lending.locator('rect[data-cut="both"]').count()).toBeGreaterThanOrEqual(4);
});

test.describe('at 390 px', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('every mark is a target of at least 24x24 px, and no label is cut to a few words', async ({ page }) => {
		await page.goto('/charts/timeline');
		// Marks, eras and the "+N" markers that open a lane.
		const marks = lanes(page).locator('a[href^="/records/"], g[role="button"]');
		expect(await marks.count()).toBeGreaterThan(10);
		// The chart is drawn at the width of the screen (its viewBox is the page's pixels).
		const scale = await lanes(page).evaluate(
			(svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width
		);
		expect(scale).toBeGreaterThan(0.95);
		for (const box of await marks.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect))) {
			expect(box.width).toBeGreaterThanOrEqual(24 - 0.5);
			expect(box.height).toBeGreaterThanOrEqual(24 - 0.5);
		}
		// Words are whole on the chart, or listed under it as links a finger can follow.
		const texts = await lanes(page).locator('a[href^="/records/"] text').allTextContents();
		for (const t of texts) expect(t).not.toMatch(/…$/);
		const key = timeline(page).locator('ol.key li');
		expect(await key.count()).toBeGreaterThan(0);
		for (const n of texts.filter((t) => /^\d+$/.test(t))) {
			await expect(key.nth(Number(n) - 1)).toHaveAttribute('value', n);
		}
		const first = key.first().locator('a');
		await expect(first).toHaveAttribute('href', /^\/records\//);
		// A key entry reads as a sentence across the screen, not a few words.
		expect((await first.boundingBox())?.width ?? 0).toBeGreaterThan(200);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
});

test('zoom, then a filter, then Back brings the zoomed window back; Forward returns to no zoom', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/charts/timeline');
	const opening = (await shown(page).textContent()) ?? '';
	await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
	await expect(page).toHaveURL(/[?&]zoom=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
	const zoomedUrl = page.url();
	const zoomed = (await shown(page).textContent()) ?? '';
	expect(zoomed).not.toBe(opening);

	await page.locator('summary', { hasText: 'Countries' }).click();
	await page.getByRole('checkbox', { name: 'Brazil' }).check();
	await expect(page).toHaveURL(/\?country=BRA$/);
	await expect(shown(page)).not.toHaveText(zoomed);

	await page.goBack();
	await expect(page).toHaveURL(zoomedUrl);
	await expect(shown(page)).toHaveText(zoomed);

	await page.goForward();
	await expect(page).toHaveURL(/\?country=BRA$/);
	await expect(shown(page)).not.toHaveText(zoomed);
	// Settled, the address still names no zoom: placing the lanes for a view writes nothing.
	await page.waitForTimeout(600);
	expect(new URL(page.url()).searchParams.has('zoom')).toBe(false);
});
