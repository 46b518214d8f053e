/**
 * The overview's charts as a reader uses them: evidence on hover and focus, the record behind
 * a mark, keyboard use, the timeline's zoom and period, linked filtering, and no-JS rendering.
 */
import { expect, test } from './fixtures.ts';
import { mkdirSync } from 'node:fs';
import { expectNoAxeViolations } from './axe.ts';

const tooltip = (page: import('@playwright/test').Page) => page.getByRole('tooltip');

test('hovering a bar shows its value, its date at its precision and the quote', async ({ page }) => {
	await page.goto('/');
	const bar = page.locator('figure[data-chart="lending-by-country"] a[href="/records/wsws-2019-ven"]').first();
	await bar.hover();
	await expect(tooltip(page)).toContainText('$62 billion');
	await expect(tooltip(page)).toContainText('over the past decade');
	await expect(tooltip(page)).toContainText('lending $62 billion to Venezuela over the past decade');
	await expect(tooltip(page)).toContainText('Pentagon ordered to draft military plans');
	await page.mouse.move(0, 0);
	await expect(tooltip(page)).toHaveCount(0);
});

test('a timeline mark shows a week as a week, and opens its record with all its evidence', async ({ page }) => {
	await page.goto('/');
	const mark = page.locator('figure[data-chart="timeline"] a[href="/records/white-house-meeting"]').first();
	await mark.focus();
	await expect(tooltip(page)).toContainText('week of 8 Apr 2019');
	await expect(tooltip(page)).toContainText('the planning was ordered at a White House meeting last week');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/records\/white-house-meeting$/);
	const evidence = page.getByRole('region', { name: 'Evidence' });
	await expect(evidence.locator('blockquote')).toHaveCount(2);
	await expect(evidence).toContainText('last week');
});

test('keyboard: Tab reaches the chart marks, with a visible focus ring', async ({ page }) => {
	await page.goto('/');
	const firstBar = page.locator('figure[data-chart="lending-by-country"] svg a').first();
	await firstBar.focus();
	await expect(firstBar).toBeFocused();
	const outline = await firstBar.evaluate((a) => getComputedStyle(a).outlineStyle);
	expect(outline).toBe('solid');
	await page.keyboard.press('Tab');
	await expect(page.locator('figure[data-chart="lending-by-country"] svg a:focus')).toHaveCount(1);
});

test('the timeline zooms and pans with buttons and keys, down to one week', async ({ page }) => {
	await page.goto('/');
	const timeline = page.locator('figure[data-chart="timeline"]');
	const shown = timeline.getByText(/^Showing /);
	const before = await shown.textContent();
	await timeline.getByRole('button', { name: 'Zoom in' }).click();
	await expect(shown).not.toHaveText(before ?? '');
	await timeline.getByRole('button', { name: 'Reset' }).click();
	await expect(shown).toHaveText(before ?? '');
	// Type a one-week period and apply it: every view follows, through the URL.
	await timeline.locator('form.period input[name="from"]').fill('2019-04-08');
	await timeline.locator('form.period input[name="to"]').fill('2019-04-14');
	await timeline.getByRole('button', { name: 'Apply period' }).click();
	await expect(page).toHaveURL(/from=2019-04-08&to=2019-04-14/);
	await expect(timeline.locator('a[href="/records/white-house-meeting"]')).not.toHaveCount(0);
	await expect(timeline.locator('a[href="/records/csis-roundtable"]')).not.toHaveCount(0);
	await expect(page.locator('figure[data-chart="sanctions-over-time"]')).toContainText('Shipping (1)');
	// Keys zoom out again.
	await timeline.locator('a[href="/records/csis-roundtable"]').first().focus();
	const week = await shown.textContent();
	await page.keyboard.press('-');
	await expect(shown).not.toHaveText(week ?? '');
});

test('choosing a country on the map filters every view', async ({ page }) => {
	await page.goto('/');
	await page.locator('figure[data-chart="lending-map"] a[href="?country=ECU"]').first().focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?country=ECU$/);
	await expect(
		page.locator('figure[data-chart="lending-by-country"] svg a[href^="/records/"]').first()
	).toHaveAttribute('href', /ecu/);
	await expect(page.locator('figure[data-chart="sanctions-over-time"]')).toContainText('No ');
	await expect(page.getByRole('list', { name: 'Headline figures' })).toContainText('Chinese lending to Ecuador');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('every chart, its labels and values are in the page', async ({ page }) => {
		await page.goto('/');
		for (const chart of ['timeline', 'lending-by-country', 'sanctions-over-time']) {
			await expect(page.locator(`figure[data-chart="${chart}"] svg a[href^="/records/"]`).first()).toBeVisible();
		}
		// The map's marks pick countries (its figures are written on them; records are in its table).
		await expect(page.locator('figure[data-chart="lending-map"] svg a[href="?country=VEN"]')).toBeVisible();
		await expect(page.locator('figure[data-chart="lending-map"]')).toContainText('$62bn');
		await expect(page.locator('figure[data-chart="lending-by-country"]')).toContainText('$62 billion');
		await expect(page.locator('figure[data-chart="timeline"]')).toContainText('Political');
		await expect(page.locator('figure[data-chart="sanctions-over-time"]')).toContainText('Oil (5)');
	});
});

// '/', '/charts/timeline' and '/charts/lending-map' are checked in both themes in theme.spec.ts.
for (const path of ['/?country=VEN&from=2019-01-01', '/embed/lending-by-country', '/embed/timeline?theme=dark']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expectNoAxeViolations(page);
	});
}

test('screenshots at phone and desktop widths, saved for review', async ({ page }) => {
	// Three pages at two widths, full length: more than the default 30 s on a busy machine.
	test.setTimeout(120_000);
	mkdirSync('reports/screenshots', { recursive: true });
	for (const [name, width, height] of [
		['phone', 360, 800],
		['desktop', 1440, 900]
	] as const) {
		await page.setViewportSize({ width, height });
		for (const [slug, path] of [
			['overview', '/'],
			['record', '/records/wsws-2019-ven'],
			['source', '/sources/wsws-2019-04-17-pentagon-venezuela']
		] as const) {
			await page.goto(path);
			// Nothing wider than the viewport: no sideways scrolling of the page.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			await page.screenshot({ path: `reports/screenshots/${slug}-${name}.png`, fullPage: true });
		}
	}
});
