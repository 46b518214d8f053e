import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const NEWS = '/sources/wsws-2019-04-17-pentagon-venezuela';
const REFERENCE = '/sources/ref-china-lac-lending';
const QUOTE = 'lending $62 billion to Venezuela over the past decade';

test.describe('a document page', () => {
	test('highlights the quoted passage and links it to its record', async ({ page }) => {
		await page.goto(NEWS);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Pentagon ordered to draft military plans to counter Russia and China in Venezuela'
		);
		const mark = page.locator('mark#q-wsws-2019-ven-1');
		await expect(mark).toHaveText(QUOTE);
		await expect(mark.getByRole('link')).toHaveAttribute('href', '/records/wsws-2019-ven');
		await expect(page.getByText('News report').first()).toBeVisible();
	});

	test('shows which records a passage supports on hover and on focus', async ({ page }) => {
		await page.goto(NEWS);
		const highlight = page.locator('.hl', { has: page.locator('mark#q-wsws-2019-ven-1') });
		const tip = highlight.locator('.tip');
		await expect(tip).toBeHidden();
		await highlight.locator('mark').hover();
		await expect(tip).toBeVisible();
		await expect(tip).toContainText('Venezuela: $62 billion, over the past decade');
		await page.mouse.move(0, 0);
		await highlight.getByRole('link', { name: QUOTE }).focus();
		await expect(tip).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
	});

	test('lists overlapping passages once per record, and every record citing the document by type', async ({ page }) => {
		await page.goto('/sources/ref-venezuela-crisis-dates');
		const citing = page.getByRole('region', { name: 'Records citing this document' });
		await expect(citing.getByRole('heading', { name: /^Events/ })).toBeVisible();
		await expect(citing.getByRole('heading', { name: /^Era\b/ })).toBeVisible();
		// The era quotes part of the sentence the swearing-in event quotes whole: both anchor there.
		await expect(page.locator('#q-guaido-sworn-in-2')).toHaveCount(1);
		await expect(page.locator('#q-guaido-interim-claim-1')).toHaveCount(1);
		await citing
			.getByRole('link', { name: /^Passage 1: On 23 January 2019/ })
			.first()
			.click();
		await expect(page).toHaveURL(/#q-/);
	});

	test('a reference note says it is one, with the records it was compiled from', async ({ page }) => {
		await page.goto(REFERENCE);
		await expect(page.getByText('Reference note', { exact: true }).first()).toBeVisible();
		await expect(page.getByText('A reference note', { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Compiled from' })).toBeVisible();
		await expect(page.getByText('compiled 26 Nov 2026')).toBeVisible();
		await expect(page.getByText('News report', { exact: true })).toHaveCount(0);
	});

	test('an unknown document is a 404 with a clear message', async ({ page }) => {
		const res = await page.goto('/sources/no-such-document');
		expect(res?.status()).toBe(404);
		await expect(page.getByText('No document "no-such-document"')).toBeVisible();
	});

	for (const path of ['/sources', NEWS, REFERENCE]) {
		test(`${path} has no axe violations`, async ({ page }) => {
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('the catalogue', () => {
	test('lists every document with its kind and the records citing it', async ({ page }) => {
		await page.goto('/sources');
		const items = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
		await expect(items).toHaveCount(4);
		const news = items.filter({ hasText: 'Pentagon ordered' });
		await expect(news).toContainText('News report');
		await expect(news).toContainText('World Socialist Web Site');
		await expect(news).toContainText('published 17 Apr 2019');
		await expect(news).toContainText(/Cited by 4 loan claims, \d+ sanctions, \d+ events and 1 era\./);
		await expect(
			items
				.filter({ hasText: 'compiled notes' })
				.or(items.filter({ hasText: 'Reference note' }))
				.first()
		).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the document is highlighted and a passage can be targeted', async ({ page }) => {
		await page.goto(`${NEWS}#q-wsws-2019-ven-1`);
		const mark = page.locator('mark#q-wsws-2019-ven-1');
		await expect(mark).toHaveText(QUOTE);
		expect(await page.locator('mark').count()).toBeGreaterThan(20);
		await expect(mark).toBeInViewport();
		expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
	});
});
