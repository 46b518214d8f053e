/**
 * The dashboard as readers expect it to behave, with mouse, keyboard and touch: the wheel
 * scrolls the page, the map picks countries without moving the page, a first tap previews a
 * mark, menus close on Escape, zoom lives in the URL.
 */
import { expect, test, type Page } from '@playwright/test';

const tooltip = (page: Page) => page.getByRole('tooltip');
const timeline = (page: Page) => page.locator('figure[data-chart="timeline"]');
const shown = (page: Page) => timeline(page).getByText(/^Showing /);

test.describe('scrolling is the reader’s', () => {
	test('the wheel over the timeline scrolls the page; Ctrl with the wheel zooms', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/charts/timeline');
		const lanes = timeline(page).locator('.chart svg').first();
		await lanes.scrollIntoViewIfNeeded();
		const before = await shown(page).textContent();
		const box = await lanes.boundingBox();
		if (!box) throw new Error('no timeline');
		await page.mouse.move(box.x + box.width / 2, box.y + 60);
		const y0 = await page.evaluate(() => window.scrollY);
		for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 120);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y0 + 100);
		await expect(shown(page)).toHaveText(before ?? '');
		await expect(timeline(page).getByRole('status').filter({ hasText: 'hold Ctrl' })).toBeVisible();

		// Bring the lanes' middle to the middle of the window, then zoom there.
		await lanes.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(300);
		await page.mouse.move(640, 400);
		const y1 = await page.evaluate(() => window.scrollY);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -120);
		await page.keyboard.up('Control');
		await expect(shown(page)).not.toHaveText(before ?? '');
		expect(await page.evaluate(() => window.scrollY)).toBe(y1);
	});

	test('on a touch screen a vertical swipe over the timeline scrolls the page; a sideways drag pans', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto('/charts/timeline');
		const lanes = timeline(page).locator('.chart svg').first();
		await lanes.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(300);
		const before = await shown(page).textContent();
		const cdp = await context.newCDPSession(page);
		const drag = async (dx: number, dy: number) => {
			const [x, y] = [300, 400];
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
			for (let i = 1; i <= 10; i++) {
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }] });
			}
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		const y0 = await page.evaluate(() => window.scrollY);
		await drag(0, -200);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y0 + 100);
		await expect(shown(page)).toHaveText(before ?? '');
		// Let the page come to rest, then drag sideways over the middle of the lanes.
		await page.waitForTimeout(600);
		await lanes.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(300);
		const y1 = await page.evaluate(() => window.scrollY);
		await drag(-150, 0);
		await expect(shown(page)).not.toHaveText(before ?? '');
		expect(await page.evaluate(() => window.scrollY)).toBe(y1);
		await context.close();
	});
});

test.describe('the map picks countries', () => {
	test('a click on a country’s figure filters by it, keeping the scroll position', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		const map = page.locator('figure[data-chart="lending-map"]');
		const label = map.getByRole('group', { name: 'Chinese lending in Latin America' }).getByText('$62bn');
		await label.scrollIntoViewIfNeeded();
		const y0 = await page.evaluate(() => window.scrollY);
		expect(y0).toBeGreaterThan(200);
		const top = async () => (await map.boundingBox())?.y ?? NaN;
		const mapY = await top();
		await map.locator('a[href="?country=VEN"]').hover();
		await expect(tooltip(page)).toContainText('Click to show only Venezuela');
		// The figure lets the pointer through to its country: click where the reader sees it.
		const at = await label.boundingBox();
		if (!at) throw new Error('no label');
		await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
		await expect(page).toHaveURL(/\?country=VEN$/);
		await expect(page.getByRole('list', { name: 'Headline figures' })).toContainText('Chinese lending to Venezuela');
		// The map stays where it was on screen (charts above it may shrink under the filter; the
		// browser's scroll anchoring keeps the map in place), and the page did not jump to the top.
		await expect.poll(top).toBeCloseTo(mapY, -1);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
		// The others recede; the selection is outlined.
		await expect(map.locator('path[fill="none"][pointer-events="none"]')).toHaveCount(1);
		await expect(map.locator('a[href="?"] path')).not.toHaveAttribute('fill-opacity', /./);
		await expect(map.locator('a[href="?country=BRA,VEN"] path')).toHaveAttribute('fill-opacity', '0.35');
	});

	test('Enter on a country filters and leaves the focus on that country', async ({ page }) => {
		await page.goto('/');
		const map = page.locator('figure[data-chart="lending-map"]');
		await map.locator('a[href="?country=ECU"]').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?country=ECU$/);
		// The same link now removes Ecuador again.
		await expect(map.locator('a[href="?"]')).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/$/);
		await expect(map.locator('a[href="?country=ECU"]')).toBeFocused();
	});
});

test.describe('phones', () => {
	test('a first tap on a mark shows its tooltip with a link to the evidence; the link opens it', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto('/');
		const bar = page.locator('figure[data-chart="lending-by-country"] a[href="/records/wsws-2019-ven"]').first();
		await bar.scrollIntoViewIfNeeded();
		await bar.tap();
		await expect(page).not.toHaveURL(/records/);
		await expect(tooltip(page)).toContainText('$62 billion');
		const link = tooltip(page).getByRole('link', { name: 'See the evidence' });
		await expect(link).toBeVisible();
		await link.tap();
		await expect(page).toHaveURL(/\/records\/wsws-2019-ven$/);
		await context.close();
	});

	test('the timeline’s help speaks of touch on a touch screen, of the wheel and keys elsewhere', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto('/charts/timeline');
		// innerText: what is displayed, as a reader (and a screen reader) gets it.
		const help = timeline(page).locator('.help');
		await expect.poll(() => help.innerText()).toContain('Swipe sideways');
		expect(await help.innerText()).not.toContain('wheel');
		await context.close();
		const desk = await browser.newPage();
		await desk.goto('/charts/timeline');
		const deskHelp = timeline(desk).locator('.help');
		await expect.poll(() => deskHelp.innerText()).toContain('Ctrl (or ⌘) with the wheel');
		expect(await deskHelp.innerText()).not.toContain('Swipe');
		await desk.close();
	});
});
