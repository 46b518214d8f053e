/**
 * The site's theme: it follows the reader's colour scheme, a switch picks light or dark and is
 * remembered, a chosen theme is set before the first paint, charts and embeds follow it without
 * being redrawn, and axe finds nothing in either theme.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DARK, LIGHT } from '../../src/lib/charts/theme.ts';
import { expectNoAxeViolations } from './axe.ts';

const rgb = (hex: string) => {
	const n = parseInt(hex.slice(1), 16);
	return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** The computed fill of the first element drawn with a theme class. */
const fillOf = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => getComputedStyle(el).fill);

test.describe('the site theme', () => {
	test("follows the reader's colour scheme when nothing is chosen", async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		expect(await pageBackground(page)).toBe(rgb(DARK.page));
		expect(await fillOf(page, 'svg .ll-text')).toBe(rgb(DARK.text));
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await pageBackground(page)).toBe(rgb(LIGHT.page));
		// The same chart, not redrawn: its marks change colour with the scheme.
		expect(await fillOf(page, 'svg .ll-text')).toBe(rgb(LIGHT.text));
	});

	test('the switch changes the theme at once, is remembered after a reload, and System goes back to the scheme', async ({
		page
	}) => {
		// Four pages and two reloads, each waiting for the switch to hydrate.
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/charts/lending-by-country');
		const chart = page.locator('figure[data-chart="lending-by-country"] svg').first();
		const barsBefore = await chart.locator('rect').count();
		await page.getByRole('radio', { name: 'Dark' }).check();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await pageBackground(page)).toBe(rgb(DARK.page));
		expect(await chart.locator('rect').count()).toBe(barsBefore);
		// A value label inside a bar reads on it in the dark theme too.
		expect(await fillOf(page, 'svg .ll-on-mark')).toBe(rgb(DARK.background));

		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await pageBackground(page)).toBe(rgb(DARK.page));
		await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

		await page.goto('/sources');
		expect(await pageBackground(page)).toBe(rgb(DARK.page));

		await page.getByRole('radio', { name: 'System' }).check();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
		expect(await pageBackground(page)).toBe(rgb(LIGHT.page));
		await page.reload();
		expect(await pageBackground(page)).toBe(rgb(LIGHT.page));
		expect(await page.evaluate(() => localStorage.getItem('ll-theme'))).toBeNull();

		// Light chosen on a dark system stays light.
		await page.getByRole('radio', { name: 'Light' }).check();
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.reload();
		expect(await pageBackground(page)).toBe(rgb(LIGHT.page));
	});

	test.describe(() => {
		// Its init script or listeners would stay on a reused tab.
		test.use({ reuseTab: false });

		test('a chosen theme is set before the body is parsed, so the first paint has it', async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.addInitScript(() => {
				localStorage.setItem('ll-theme', 'dark');
				// Record <html>'s theme the moment <body> arrives: before anything can be painted.
				new MutationObserver((_, obs) => {
					if (!document.body) return;
					(window as unknown as { atBody: string | undefined }).atBody = document.documentElement.dataset.theme;
					obs.disconnect();
				}).observe(document, { childList: true, subtree: true });
			});
			await page.goto('/');
			expect(await page.evaluate(() => (window as unknown as { atBody: string | undefined }).atBody)).toBe('dark');
			// The colours come from a stylesheet linked in <head> (render-blocking), not from a script.
			const html = await (await page.request.get('/')).text();
			const head = html.slice(0, html.indexOf('</head>'));
			expect(head).toContain('<link rel="stylesheet" href="/theme.css"');
			expect(head.indexOf('ll-theme')).toBeGreaterThan(-1);
			const css = await (await page.request.get('/theme.css')).text();
			expect(css).toContain(`[data-theme='dark']{`);
			expect(css).toContain(`--ll-bg:${DARK.page}`);
		});
	});

	test.describe(() => {
		// Its init script or listeners would stay on a reused tab.
		test.use({ reuseTab: false });

		test('storage refused: the site still works and follows the scheme', async ({ page }) => {
			await page.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new Error('refused');
					}
				});
			});
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.goto('/');
			expect(await pageBackground(page)).toBe(rgb(DARK.page));
			await page.getByRole('radio', { name: 'Light' }).check();
			expect(await pageBackground(page)).toBe(rgb(LIGHT.page));
		});
	});
});

test.describe('embeds', () => {
	test("theme=auto draws the chart once and follows the reader's colour scheme", async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/embed/lending-by-country?theme=auto');
		await expect(page.locator('[data-chart="lending-by-country"]')).toHaveCount(1);
		await expect(page.locator('a[href^="/records/aiddata"]').first()).toBeVisible();
		const marks = await page.locator('[data-chart] a[href^="/records/"]').count();
		const source = await (await page.request.get('/embed/lending-by-country?theme=auto')).text();
		expect(source.split('data-chart="lending-by-country"').length - 1).toBe(1);
		expect(await fillOf(page, '[data-chart] .ll-text')).toBe(rgb(LIGHT.text));
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await fillOf(page, '[data-chart] .ll-text')).toBe(rgb(DARK.text));
		expect(await page.locator('main.widget').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
			rgb(DARK.background)
		);
		expect(await page.locator('[data-chart] a[href^="/records/"]').count()).toBe(marks);
	});

	test.describe(() => {
		// Its init script or listeners would stay on a reused tab.
		test.use({ reuseTab: false });

		test("an embed's own theme wins over the site's choice", async ({ page }) => {
			await page.addInitScript(() => localStorage.setItem('ll-theme', 'dark'));
			await page.goto('/embed/lending-by-country?theme=light');
			expect(await fillOf(page, '[data-chart] .ll-text')).toBe(rgb(LIGHT.text));
			await page.goto('/embed/lending-by-country?theme=dark');
			expect(await fillOf(page, '[data-chart] .ll-text')).toBe(rgb(DARK.text));
		});
	});
});

test.describe('axe in both themes', () => {
	test('the check itself fails on a page with a nameless image and faint text', async ({ page }) => {
		await page.goto('/sources');
		await page.evaluate(() => {
			const main = document.querySelector('main')!;
			const img = document.createElement('img');
			img.src = '/favicon.svg';
			main.prepend(img);
			const p = document.createElement('p');
			p.textContent = 'Faint words';
			p.style.background = '#ffffff';
			p.style.color = '#eeeeee';
			main.prepend(p);
		});
		const failure = await expectNoAxeViolations(page).then(
			() => '',
			(e: Error) => e.message
		);
		expect(failure).toContain('image-alt');
		expect(failure).toContain('color-contrast');
	});

	for (const path of [
		'/',
		'/charts/lending-by-country',
		'/charts/lending-map',
		'/charts/timeline',
		'/sources',
		'/embed/sanctions-over-time?theme=auto'
	]) {
		test(`${path}: no violations, dark by the scheme and light by the switch`, async ({ page }) => {
			// axe reads every element twice here: give it time on a busy machine.
			test.setTimeout(300_000);
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await expectNoAxeViolations(page);
			if (path.startsWith('/embed/')) {
				await page.emulateMedia({ colorScheme: 'light' });
			} else {
				await page.getByRole('radio', { name: 'Light' }).check();
				expect(await pageBackground(page)).toBe(rgb(LIGHT.page));
			}
			await expectNoAxeViolations(page);
		});
	}
});
