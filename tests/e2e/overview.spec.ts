import { expect, test } from './fixtures.ts';

test.describe('overview filters and URL state', () => {
	test('choosing a country filters the view and lands in the URL; back and forward work', async ({ page }) => {
		await page.goto('/');
		const lending = page.getByRole('list', { name: 'Headline figures' }).getByRole('listitem').first();
		await expect(lending).toContainText('Chinese lending to Venezuela');
		await page.locator('summary', { hasText: 'Countries' }).click();
		await page.getByRole('checkbox', { name: 'Brazil' }).check();
		await expect(page).toHaveURL(/\?country=BRA$/);
		await expect(lending).toContainText('$42 billion');
		await expect(lending).toContainText('Chinese lending to Brazil');
		await page.getByRole('checkbox', { name: 'Ecuador' }).check();
		await expect(page).toHaveURL(/\?country=BRA,ECU$/);
		await page.goBack();
		await expect(page).toHaveURL(/\?country=BRA$/);
		await expect(page.getByRole('checkbox', { name: 'Ecuador' })).not.toBeChecked();
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect(lending).toContainText('Chinese lending to Venezuela');
		await page.goForward();
		await expect(lending).toContainText('Chinese lending to Brazil');
	});

	test('a link reproduces a view', async ({ page }) => {
		await page.goto('/?sector=shipping&from=2019-01-01&to=2019-04-30');
		const sanctions = page.getByRole('list', { name: 'Headline figures' }).getByRole('listitem').nth(1);
		await expect(sanctions).toContainText('2 US sanctions measures');
		await expect(sanctions).toContainText('from 5 Apr 2019 to 12 Apr 2019');
		await expect(page.getByRole('checkbox', { name: 'shipping' })).toBeChecked();
		await expect(page.locator('form.filters input[name="from"]')).toHaveValue('2019-01-01');
	});

	test('bad and unknown parameters are ignored with a visible notice, never an error page', async ({ page }) => {
		const res = await page.goto('/?country=XYZ&sector=tourism&from=2019-02-30&utm=1');
		expect(res?.status()).toBe(200);
		const notice = page.getByRole('status');
		await expect(notice).toContainText('country=XYZ was ignored');
		await expect(notice).toContainText('sector=tourism was ignored');
		await expect(notice).toContainText('from=2019-02-30 was ignored: "2019-02-30" is not a real calendar day');
		await expect(notice).toContainText('Unknown parameter "utm" was ignored');
		await notice.getByRole('link', { name: 'Show the view without them' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByRole('status')).toHaveCount(0);
	});

	test('parameter text is shown as text, not markup', async ({ page }) => {
		await page.goto('/?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&country=%3Cb%3Ex%3C/b%3E');
		await expect(page.getByRole('status')).toContainText(
			'Unknown parameter "<img src=x onerror=alert(1)>" was ignored'
		);
		await expect(page.locator('main img, main b')).toHaveCount(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the filter form works as a plain GET form', async ({ page }) => {
		await page.goto('/');
		await page.locator('summary', { hasText: 'Countries' }).click();
		await page.getByRole('checkbox', { name: 'Ecuador' }).check();
		await page.getByRole('button', { name: 'Apply', exact: true }).click();
		await expect(page).toHaveURL(/country=ECU/);
		await expect(page.getByRole('list', { name: 'Headline figures' })).toContainText('Chinese lending to Ecuador');
	});
});

test('the dashboard refuses to be framed by other sites', async ({ request }) => {
	const res = await request.get('/');
	expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
	expect(res.headers()['x-frame-options']).toBe('SAMEORIGIN');
});
