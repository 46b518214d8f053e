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

	test('data tables, closed or open, and a chart a filter empties follow each change', async ({ page }) => {
		await page.goto('/');
		const lending = page.locator('figure[data-chart="lending-by-country"]');
		const sanctions = page.locator('figure[data-chart="sanctions-over-time"]');
		const rows = lending.locator('details.table tbody tr');
		const all = await rows.count();
		expect(all).toBeGreaterThan(2);
		await expect(sanctions.locator('svg[role="group"]')).toBeVisible();
		await page.locator('summary', { hasText: 'Countries' }).click();
		await page.getByRole('checkbox', { name: 'Ecuador' }).check();
		// The closed table is rebuilt just after the charts: it reads Ecuador only, as the chart does.
		await expect(lending.locator('.subtitle')).toContainText('Ecuador');
		await expect(rows.first()).toContainText('Ecuador');
		await expect(rows).not.toHaveCount(all);
		for (const r of await rows.all()) await expect(r).not.toContainText('Venezuela');
		// No sanctions on Ecuador: a message in place of the plot, and the plot back after.
		await expect(sanctions.locator('p.empty')).toBeVisible();
		await expect(sanctions.locator('svg[role="group"]')).toHaveCount(0);
		await page.getByRole('checkbox', { name: 'Ecuador' }).uncheck();
		await expect(sanctions.locator('p.empty')).toHaveCount(0);
		await expect(sanctions.locator('svg[role="group"]')).toBeVisible();
		await expect(rows).toHaveCount(all);
		// An open table follows at once.
		await lending.locator('details.table summary').click();
		await page.getByRole('checkbox', { name: 'Ecuador' }).check();
		await expect(rows.first()).toContainText('Ecuador');
		await expect(rows).not.toHaveCount(all);
	});

	test('a choice the pointer rests on, or the keyboard reaches, is loaded before it is clicked', async ({ page }) => {
		await page.goto('/?kind=military');
		const loads: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('__data.json')) loads.push(new URL(r.url()).search);
		});
		await page.locator('summary', { hasText: 'Countries' }).click();
		// Ticking Brazil would give ?country=BRA&kind=military: that is what is fetched on hover.
		await page.locator('form.filters label', { hasText: 'Brazil' }).hover();
		await expect.poll(() => loads.join(' ')).toMatch(/country=BRA&kind=military/);
		const before = loads.length;
		await page.getByRole('checkbox', { name: 'Brazil' }).click();
		await expect(page).toHaveURL(/\?country=BRA&kind=military$/);
		await expect(page.locator('figure[data-chart="lending-by-country"] .subtitle')).toContainText('Brazil');
		// The click used what the hover fetched.
		expect(loads.slice(before).filter((q) => q.includes('country=BRA&kind=military'))).toEqual([]);
		// The keyboard: the next choice Tab reaches is loaded with Brazil and itself ticked.
		await page.getByRole('checkbox', { name: 'Brazil' }).focus();
		await page.keyboard.press('Tab');
		const next = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
		expect(next).toMatch(/^[A-Z]{3}$/);
		await expect
			.poll(() => loads.map(decodeURIComponent).some((q) => q.includes('BRA') && q.includes(next)))
			.toBe(true);
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

test.describe('before the page hydrates', () => {
	// The page's scripts are held back so the clicks land before hydration.
	test.use({ reuseTab: false });

	test('a filter group or an Embed panel opened then stays open after', async ({ page }) => {
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await held;
			await route.continue();
		});
		// The HTML is all there; its module scripts (and so DOMContentLoaded) wait.
		await page.goto('/', { waitUntil: 'commit' });
		const kinds = page.locator('form.filters details', { hasText: 'Event kinds' });
		const embed = page.locator('figure[data-chart="lending-by-country"] details.embed');
		await kinds.locator('summary').click();
		await embed.locator('summary').click();
		await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
		release();
		await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
		await expect(kinds).toHaveJSProperty('open', true);
		await expect(embed).toHaveJSProperty('open', true);
		// The panel's state follows: its live preview is made, and Escape still closes it.
		await expect(embed.locator('iframe.preview')).toBeVisible();
		await embed.locator('summary').press('Escape');
		await expect(embed).toHaveJSProperty('open', false);
		await expect(kinds).toHaveJSProperty('open', true);
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
