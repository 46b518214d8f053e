/**
 * The dashboard as readers expect it to behave, with mouse, keyboard and touch: the wheel
 * scrolls the page, the map picks countries without moving the page, a first tap previews a
 * mark, menus close on Escape, zoom lives in the URL.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { mkdirSync } from 'node:fs';

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

	test('on a touch screen a vertical swipe over the timeline scrolls the page; a sideways drag pans', async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto('/charts/timeline');
		const lanes = timeline(page).locator('.chart svg').first();
		await lanes.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(300);
		const before = await shown(page).textContent();
		const cdp = await context.newCDPSession(page);
		const drag = async (dx: number, dy: number) => {
			// Start in the middle of the lanes, wherever the layout puts them.
			const box = await lanes.boundingBox();
			if (!box) throw new Error('the timeline lanes are not on screen');
			const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
			for (let i = 1; i <= 10; i++) {
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }]
				});
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
		// The default window ends at the latest record, so the drag goes towards earlier years.
		await drag(150, 0);
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
	test('a first tap on a mark shows its tooltip with a link to the evidence; the link opens it', async ({
		browser
	}) => {
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

	test('the timeline’s help speaks of touch on a touch screen, of the wheel and keys elsewhere', async ({
		browser
	}) => {
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

test.describe('one encoding per series', () => {
	test('AidData keeps its colour and shape under three filters', async ({ page }) => {
		const seen: { fill: string | null; shape: string }[] = [];
		for (const q of ['', '?country=ECU', '?source=clfd-2018']) {
			await page.goto(`/charts/lending-by-country${q}`);
			const mark = page.locator('figure[data-chart="lending-by-country"] a[href^="/records/aiddata"] path').first();
			// The colour comes from the theme's class for the series: read what is drawn.
			const fill = await mark.evaluate((el) => getComputedStyle(el).fill);
			// The shape is the path without its position.
			const shape = (await mark.getAttribute('d')) ?? '';
			seen.push({ fill, shape });
		}
		expect(seen[0]?.fill).toBe('rgb(123, 31, 162)'); // #7b1fa2
		for (const s of seen) expect(s).toEqual(seen[0]);
	});
});

test.describe('menus', () => {
	test('Escape closes the Download, Share and Embed menus and gives the focus back; buttons keep their size', async ({
		page
	}) => {
		await page.goto('/charts/lending-by-country');
		for (const name of ['Download', 'Share', 'Embed']) {
			const summary = page.locator('summary', { hasText: name }).first();
			const before = await summary.boundingBox();
			await summary.click();
			const details = summary.locator('xpath=..');
			await expect(details).toHaveAttribute('open', '');
			const after = await summary.boundingBox();
			expect(Math.round(after?.width ?? 0)).toBe(Math.round(before?.width ?? -1));
			await details.locator('a, button, select').first().focus();
			await page.keyboard.press('Escape');
			await expect(details).not.toHaveAttribute('open', '');
			await expect(summary).toBeFocused();
		}
	});

	test('copying a link says so on the button; the citation names the chart, the site, the day and the sources', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/charts/lending-by-country?country=VEN');
		await page.locator('summary', { hasText: 'Share' }).click();
		const panel = page.locator('details.share');
		await panel.getByRole('button', { name: 'Copy link' }).click();
		await expect(panel.getByRole('button', { name: '✓ Copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/\/charts\/lending-by-country\?country=VEN$/
		);
		await expect(panel.locator('.cite')).toContainText(
			/Lending Lens, \d{1,2} [A-Z][a-z]{2} \d{4}\. http.*\/charts\/lending-by-country\?country=VEN\. Sources: /
		);
	});

	test('the embed dialog’s options change the snippet and the preview, which takes the widget’s height', async ({
		page
	}) => {
		await page.goto('/charts/lending-by-country');
		await page.locator('summary', { hasText: 'Embed' }).click();
		const dialog = page.locator('details.embed');
		await dialog.getByLabel('Theme').selectOption('dark');
		await dialog.getByLabel('Title').uncheck();
		await dialog.getByLabel('Width').selectOption('400');
		const code = dialog.locator('textarea').first();
		await expect(code).toHaveValue(/embed\/lending-by-country\?theme=dark&amp;title=0/);
		await expect(code).toHaveValue(/width:400px/);
		const preview = dialog.locator('iframe.preview');
		await expect(preview).toHaveAttribute('src', '/embed/lending-by-country?theme=dark&title=0');
		// Sized to its content: the frame's height is what its document reports, not a guess.
		await expect
			.poll(async () => {
				const frameHeight = (await preview.boundingBox())?.height ?? 0;
				const content = await preview
					.contentFrame()
					.locator('body')
					.evaluate((b) => b.scrollHeight);
				return Math.abs(frameHeight - content);
			})
			.toBeLessThan(6);
	});
});

test.describe('focus and history', () => {
	test('the zoom window goes into the URL and a link opens it again', async ({ page }) => {
		await page.goto('/charts/timeline');
		const entries = await page.evaluate(() => history.length);
		await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
		await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
		const text = (await shown(page).textContent()) ?? '';
		// The address follows once the window has settled: it names the days shown.
		const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
		const words = (d: string) => {
			const [y, m, day] = d.split('-').map(Number);
			return `${day} ${MONTHS[(m ?? 1) - 1]} ${y}`;
		};
		await expect
			.poll(() => {
				const z = new URL(page.url()).searchParams.get('zoom')?.split('..') ?? [];
				return z.length === 2 ? `Showing ${words(z[0] ?? '')} – ${words(z[1] ?? '')}` : '';
			})
			.toBe(text);
		const url = page.url();
		// Zooming replaced the address instead of adding history entries.
		expect(await page.evaluate(() => history.length)).toBe(entries);
		await page.goto('about:blank');
		await page.goto(url);
		await expect(shown(page)).toHaveText(text);
		// A bad zoom is named in a notice, never an error.
		await page.goto('/charts/timeline?zoom=2019-02-30..2019-03-01');
		await expect(page.getByRole('status').first()).toContainText('zoom=2019-02-30..2019-03-01 was ignored');
	});

	test('the zoom buttons zoom in around the selected period', async ({ page }) => {
		await page.goto('/charts/timeline?from=2019-04-08&to=2019-04-14&zoom=2018-01-01..2019-12-31');
		await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
		await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
		await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
		// A quarter around the week of 8 April 2019, not around the middle of 2018–2019.
		await expect(shown(page)).toHaveText(/Showing \d+ Feb 2019 – \d+ May 2019/);
	});

	test('Apply after the filters already changed adds no second history entry', async ({ page }) => {
		await page.goto('/');
		await page.locator('summary', { hasText: 'Countries' }).click();
		await page.getByRole('checkbox', { name: 'Brazil' }).check();
		await expect(page).toHaveURL(/\?country=BRA$/);
		const length = await page.evaluate(() => history.length);
		await page.getByRole('button', { name: 'Apply', exact: true }).click();
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => history.length)).toBe(length);
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
	});
});

test.describe('tables', () => {
	test('take the page’s filters and a search, in the URL', async ({ page }) => {
		await page.goto('/?country=VEN');
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Loans' }).click();
		await expect(page).toHaveURL(/\/loans\?country=VEN$/);
		const table = page.getByRole('table', { name: /Loan claims/ });
		for (const name of await table.locator('tbody th[scope="row"]').allInnerTexts())
			expect(name.trim()).toBe('Venezuela');
		await expect(page.getByRole('search')).toContainText(/\d+ of \d+ loan claims, Venezuela\./);
		await page.getByRole('searchbox').fill('decade');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/loans\?country=VEN&q=decade$/);
		await expect(table.locator('tbody tr')).toHaveCount(1);
		await expect(table.locator('tbody tr')).toContainText('over the past decade');
		await page.getByRole('link', { name: 'Show all' }).click();
		await expect(page).toHaveURL(/\/loans$/);
	});

	test('on a phone the page does not scroll sideways, and the table says it does', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/loans');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		await expect(page.getByText('Scroll the table sideways for more columns')).toBeVisible();
		// Key column first: the borrower heads each row.
		await expect(
			page
				.getByRole('table', { name: /Loan claims/ })
				.locator('thead th')
				.first()
		).toContainText('Borrower');
	});
});

// One test per scheme and width, so the two browser workers share the twenty screenshots.
for (const scheme of ['light', 'dark'] as const) {
	for (const width of [390, 1280]) {
		test(`screenshots at ${width} px in the ${scheme} scheme, saved for review`, async ({ browser }) => {
			test.setTimeout(120_000);
			mkdirSync('reports/screenshots', { recursive: true });
			const context = await browser.newContext({
				viewport: { width, height: 900 },
				colorScheme: scheme,
				hasTouch: width < 500,
				isMobile: width < 500
			});
			const page = await context.newPage();
			for (const [slug, path] of [
				['overview', '/'],
				['timeline', '/charts/timeline?zoom=2019-01-01..2019-06-30'],
				['map-venezuela', '/charts/lending-map?country=VEN'],
				['loans', '/loans?country=VEN'],
				['embed-lending', `/embed/lending-by-country?theme=${scheme}`]
			] as const) {
				await page.goto(path);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
				await page.screenshot({ path: `reports/screenshots/reading-${slug}-${width}-${scheme}.png`, fullPage: true });
			}
			await context.close();
		});
	}
}

test('in an embed, a tooltip that has no room below its mark flips above it and stays in the frame', async ({
	page
}) => {
	await page.setViewportSize({ width: 640, height: 900 });
	await page.goto('/embed/lending-by-country');
	const last = page.locator('.widget svg a[data-quote]').last();
	const at = await last.boundingBox();
	if (!at) throw new Error('no mark');
	// A frame that ends just under this mark, as the bottom row of a chart does.
	const height = Math.ceil(at.y + at.height + 12);
	await page.setViewportSize({ width: 640, height });
	await last.focus();
	const tip = page.getByRole('tooltip');
	await expect(tip).toBeVisible();
	const box = await tip.boundingBox();
	const mark = await last.boundingBox();
	if (!box || !mark) throw new Error('no tooltip');
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height).toBeLessThanOrEqual(mark.y);
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(640);
});
