import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const QUOTE = 'lending $62 billion to Venezuela over the past decade';

test.describe('a loan claim', () => {
	test('shows its quote and links back to the highlighted passage', async ({ page }) => {
		await page.goto('/records/wsws-2019-ven');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Venezuela: $62 billion, over the past decade');
		const evidence = page.getByRole('region', { name: 'Evidence' });
		await expect(evidence.locator('blockquote')).toHaveText(QUOTE);
		await expect(evidence).toContainText('News report');
		await evidence.getByRole('link', { name: /highlighted in the document/ }).click();
		await expect(page).toHaveURL(/\/sources\/wsws-2019-04-17-pentagon-venezuela#q-wsws-2019-ven-1$/);
		const mark = page.locator('mark#q-wsws-2019-ven-1');
		await expect(mark).toBeInViewport();
		expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
		await expect(mark).toHaveClass(/targeted/);
	});

	test('gives its fields in words and sets the figures other sources give beside it', async ({ page }) => {
		await page.goto('/records/wsws-2019-ven');
		await expect(page.getByText('62,000,000,000 US dollars (written “$62 billion”)')).toBeVisible();
		await expect(page.getByText('“over the past decade”, as reported')).toBeVisible();
		await expect(page.getByText('Curated in data/records/loans.yaml line 6')).toBeVisible();
		// The same quantity only: AidData's 2000-2021 official finance is listed apart, as another scope.
		const table = page.getByRole('table', { name: /^Venezuela: committed “over the past decade”/ });
		const rows = table.getByRole('row');
		await expect(rows.nth(1)).toContainText('$62.2 billion');
		await expect(rows.nth(1)).toContainText('2005–2017');
		await expect(rows.nth(2)).toContainText('(this claim)');
		const other = page.getByRole('table', { name: /different scope/ });
		await expect(other).toContainText('$112.9 billion');
		await expect(other).toContainText('constant 2021 US$');
		await page.getByRole('link', { name: /Venezuela: \$62.2 billion, 2005–2017/ }).click();
		await expect(page).toHaveURL(/\/records\/clfd-2018-ven$/);
		// The link is shown from both ends.
		await expect(page.getByRole('link', { name: /Venezuela: \$62 billion, over the past decade/ })).toBeVisible();
	});
});

test.describe('other records', () => {
	test('an event shows the date its news source supports and the phrase it was resolved from', async ({ page }) => {
		await page.goto('/records/guaido-sworn-in');
		await expect(
			page.getByText(
				'This source dates it Jan 2019 (to the month; ISO 8601: 2019-01-01/2019-01-31), resolved from “nearly three months”.'
			)
		).toBeVisible();
		await expect(page.getByRole('region', { name: 'Evidence' }).getByText('Reference note')).toBeVisible();
	});

	test('a sanction links its targets to their entity records, and an entity lists what names it', async ({ page }) => {
		await page.goto('/records/eo-13808');
		await page.getByRole('link', { name: 'Petróleos de Venezuela, S.A.' }).click();
		await expect(page).toHaveURL(/\/records\/pdvsa$/);
		await expect(page.getByRole('heading', { name: /^Records that name/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /Dealings in new debt and equity/ })).toBeVisible();
	});

	test('an unknown record is a 404 with a clear message', async ({ page }) => {
		const res = await page.goto('/records/no-such-record');
		expect(res?.status()).toBe(404);
		await expect(page.getByText('No record "no-such-record"')).toBeVisible();
	});

	for (const id of ['wsws-2019-ven', 'eo-13808', 'guaido-sworn-in', 'guaido-interim-claim', 'pdvsa', 'clfd-2018']) {
		test(`/records/${id} has no axe violations`, async ({ page }) => {
			await page.goto(`/records/${id}`);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the record page shows its evidence and the comparison', async ({ page }) => {
		await page.goto('/records/wsws-2019-ven');
		await expect(page.locator('blockquote')).toHaveText(QUOTE);
		await expect(page.getByRole('table', { name: /^Venezuela: committed/ })).toContainText('$62.2 billion');
		await expect(page.getByRole('table', { name: /different scope/ })).toContainText('$112.9 billion');
	});
});
