import { expectNoAxeViolations } from './axe.ts';
import { type Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The amounts column as numbers of billions ("none" is 0). */
async function amounts(table: Locator): Promise<number[]> {
	const cells = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
	return cells.map((t) =>
		t.trim() === 'none'
			? 0
			: Number(
					t
						.replace(/[$,]/g, '')
						.replace(/ billion/, 'e9')
						.replace(/ million/, 'e6')
				)
	);
}
const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as number) <= x);
const descending = (xs: number[]) => xs.every((x, i) => i === 0 || (xs[i - 1] as number) >= x);

test.describe('the loans table', () => {
	test('sorts by amount on a click, with aria-sort and the sort in the URL', async ({ page }) => {
		await page.goto('/loans');
		const table = page.getByRole('table', { name: /Loan claims/ });
		const amount = table.getByRole('columnheader', { name: /Amount/ });
		await expect(amount).toHaveAttribute('aria-sort', 'descending');
		expect(descending(await amounts(table))).toBe(true);

		await amount.getByRole('button').click();
		await expect(page).toHaveURL(/\/loans\?sort=amount&dir=asc$/);
		await expect(amount).toHaveAttribute('aria-sort', 'ascending');
		await expect(table.locator('tbody tr').first()).toContainText('none');
		expect(ascending(await amounts(table))).toBe(true);
		await expect(amount.getByRole('button')).toBeFocused();

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?sort=amount&dir=desc$/);
		await expect(table.locator('tbody tr').first()).toContainText('$138.8 billion');
	});

	test('sorts by another column from its header button', async ({ page }) => {
		await page.goto('/loans');
		const table = page.getByRole('table', { name: /Loan claims/ });
		await table.getByRole('button', { name: /^Borrower/ }).click();
		await expect(page).toHaveURL(/\?sort=borrower&dir=asc$/);
		await expect(table.getByRole('columnheader', { name: /Borrower/ })).toHaveAttribute('aria-sort', 'ascending');
		await expect(table.getByRole('columnheader', { name: /Amount/ })).not.toHaveAttribute('aria-sort');
		await expect(table.locator('tbody tr').first().getByRole('rowheader')).toHaveText('Argentina');
	});

	test('shows each row’s record link, value, date and first quote with its source', async ({ page }) => {
		await page.goto('/loans');
		const row = page.getByRole('row', { name: /Venezuela \$62 billion/ });
		await expect(row.getByRole('link', { name: 'Venezuela' })).toHaveAttribute('href', '/records/wsws-2019-ven');
		await expect(row).toContainText('“over the past decade” (as reported)');
		await expect(row.locator('q')).toHaveText('lending $62 billion to Venezuela over the past decade');
		await expect(row.getByRole('link', { name: /Pentagon ordered/ })).toHaveAttribute('href', /#q-wsws-2019-ven-1$/);
	});

	test('ignores a bad sort parameter with a visible notice', async ({ page }) => {
		const res = await page.goto('/loans?sort=nope');
		expect(res?.status()).toBe(200);
		await expect(page.getByRole('status')).toContainText('sort=nope was ignored');
		await expect(
			page.getByRole('table', { name: /Loan claims/ }).getByRole('columnheader', { name: /Amount/ })
		).toHaveAttribute('aria-sort', 'descending');
	});

	test('scrolls inside its own region on a phone, not the page', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/loans');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const region = page.getByRole('region', { name: /Loan claims/ });
		expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	});
});

test.describe('the sanctions and events tables', () => {
	test('sanctions are in date order with their dates at their precision', async ({ page }) => {
		await page.goto('/sanctions');
		const first = page.getByRole('table').locator('tbody tr').first();
		await expect(first).toContainText('8 Mar 2015');
		await expect(first.getByRole('rowheader').getByRole('link')).toHaveAttribute('href', '/records/eo-13692');
	});

	test('events sort by title and back by date', async ({ page }) => {
		await page.goto('/events?sort=title&dir=desc');
		const table = page.getByRole('table');
		await expect(table.getByRole('columnheader', { name: /Event/ })).toHaveAttribute('aria-sort', 'descending');
		const titles = await table.locator('tbody th').allInnerTexts();
		expect(titles).toEqual(
			[...titles].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base', numeric: true }))
		);
	});

	for (const path of ['/loans', '/sanctions', '/events', '/loans?sort=nope']) {
		test(`${path} has no axe violations`, async ({ page }) => {
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('tables render and sort through header links', async ({ page }) => {
		await page.goto('/loans');
		const table = page.getByRole('table', { name: /Loan claims/ });
		await expect(table.locator('tbody tr')).toHaveCount(24);
		await table.getByRole('link', { name: /^Amount/ }).click();
		await expect(page).toHaveURL(/\?sort=amount&dir=asc$/);
		expect(ascending(await amounts(table))).toBe(true);
		await page.goto('/events');
		await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(30);
		await page.goto('/sanctions?sort=nope');
		await expect(page.getByRole('status')).toContainText('sort=nope was ignored');
	});
});
