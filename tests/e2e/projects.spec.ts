import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

/** The years column as numbers. */
async function years(page: import('@playwright/test').Page): Promise<number[]> {
	return (await page.locator('table tbody tr td:nth-child(3)').allInnerTexts()).map(Number);
}

test.describe('the projects table', () => {
	test('pages all 5,466 projects on the server, fifty at a time', async ({ page }) => {
		await page.goto('/projects');
		await expect(page.getByRole('status').filter({ hasText: 'projects;' })).toContainText(
			'5,466 projects; showing 1–50'
		);
		await expect(page.locator('table tbody tr')).toHaveCount(50);
		await page.getByRole('link', { name: 'Next' }).click();
		await expect(page).toHaveURL(/\/projects\?page=2$/);
		await expect(page.getByRole('status').filter({ hasText: 'projects;' })).toContainText('showing 51–100');
		await page.getByRole('link', { name: 'Last' }).click();
		await expect(page).toHaveURL(/\?page=110$/);
		await expect(page.locator('table tbody tr')).toHaveCount(16);
	});

	test('search and filters go into the URL, and back and forward restore them', async ({ page }) => {
		await page.goto('/projects');
		await page.getByRole('searchbox', { name: /Search title/ }).fill('port');
		await page.getByRole('combobox', { name: 'Recipient', exact: true }).selectOption('AGO');
		await page.getByRole('button', { name: 'Show projects' }).click();
		await expect(page).toHaveURL(/q=port/);
		await expect(page).toHaveURL(/country=AGO/);
		const rows = page.locator('table tbody tr');
		await expect(rows.first()).toContainText('Angola');
		for (const r of await rows.locator('td:nth-child(2)').allInnerTexts()) expect(r).toBe('Angola');
		const filtered = await rows.count();

		await page.getByRole('button', { name: /^Year/ }).click();
		await expect(page).toHaveURL(/sort=year&dir=asc/);
		const ys = await years(page);
		expect(ys).toEqual([...ys].sort((a, b) => a - b));

		await page.goBack();
		await expect(page).not.toHaveURL(/sort=year/);
		await expect(page.getByRole('searchbox', { name: /Search title/ })).toHaveValue('port');
		await expect(rows).toHaveCount(filtered);
		await page.goBack();
		await expect(page).toHaveURL(/\/projects$/);
		await expect(page.getByRole('searchbox', { name: /Search title/ })).toHaveValue('');
		await page.goForward();
		await expect(page).toHaveURL(/q=port/);
	});

	test('sorts by amount both ways; a project without an amount goes last', async ({ page }) => {
		await page.goto('/projects?sort=usd2014&dir=asc&country=VEN');
		const amount = page.getByRole('columnheader', { name: /Amount/ });
		await expect(amount).toHaveAttribute('aria-sort', 'ascending');
		await expect(page.locator('table tbody tr').last().locator('td:nth-child(5)')).toHaveText('—');
	});

	test('a bad parameter is named in a notice, and the rest of the view holds', async ({ page }) => {
		await page.goto('/projects?flow=barter&country=VEN');
		await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText(
			'flow=barter was ignored'
		);
		await expect(page.locator('table tbody tr').first()).toContainText('Venezuela');
	});

	test('works without JavaScript: the form and sort links', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/projects');
		await page.getByRole('combobox', { name: 'Flow class', exact: true }).selectOption('oof-like');
		await page.getByRole('button', { name: 'Show projects' }).click();
		await expect(page).toHaveURL(/flow_class=oof-like/);
		await expect(page.getByRole('status').filter({ hasText: 'projects;' })).toContainText('1,074 projects');
		await page.getByRole('link', { name: /^Year/ }).click();
		await expect(page).toHaveURL(/flow_class=oof-like.*sort=year&dir=asc/);
		await context.close();
	});

	test('the filtered CSV holds the filtered rows and names its source', async ({ request }) => {
		const res = await request.get('/projects.csv?country=VEN&recommended=yes');
		expect(res.headers()['content-type']).toContain('text/csv');
		const text = await res.text();
		const lines = text.trim().split('\n');
		expect(lines[0]).toMatch(/^project_id,recommended_for_research,year,recipient_iso3/);
		expect(lines.slice(1).every((l) => l.includes(',true,') && l.includes(',VEN,'))).toBe(true);
		expect(text).toContain('Licence: ODC-By-1.0');
	});

	for (const [query, message] of [
		['country=XYZ', 'country=XYZ is not valid'],
		['colour=red', 'Unknown parameter "colour"'],
		['from=abc&flow=banana', 'from=abc is not valid: expected a year such as 2000. (and 1 more: flow)'],
		['from=2010&to=2005', 'from=2010 is after to=2005.']
	] as const) {
		test(`the CSV refuses ?${query} naming the parameter, rather than leave the filter out`, async ({ request }) => {
			const res = await request.get(`/projects.csv?${query}`);
			expect(res.status()).toBe(400);
			expect((await res.json()).message).toContain(message);
		});
	}

	test('axe finds nothing on the table and a project page', async ({ page }) => {
		// axe reads every option of every filter: give it time on a busy machine.
		test.setTimeout(120_000);
		await page.goto('/projects?q=railway');
		await expectNoAxeViolations(page);
		await page.goto('/projects/3');
		await expectNoAxeViolations(page);
	});
});

test.describe('a project page', () => {
	test('shows the description, amounts in each basis, its cells and the other figures for its country', async ({
		page
	}) => {
		await page.goto('/projects/3');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Port of Friendship');
		await expect(page.locator('blockquote')).toContainText("China's Exim Bank provided a 2 billion yuan loan");
		await expect(page.getByText('Constant 2014 US dollars', { exact: true })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Cells of row 2' })).toContainText('usd_defl_2014');
		await expect(page.getByText(/AidData GCDF 3\.0, constant 2021 US dollars, commitments/)).toBeVisible();
		await expect(page.getByText(/Licence: ODC-By-1\.0/)).toBeVisible();
	});

	test('an unknown project is a 404 naming it', async ({ page }) => {
		const res = await page.goto('/projects/999999');
		expect(res?.status()).toBe(404);
		await expect(page.getByText('No project "999999"')).toBeVisible();
	});
});

test.describe('published tables', () => {
	test('each table as paged JSON with its licence; a bad page is a 400 naming it', async ({ request }) => {
		const res = await request.get('/api/v1/tables/worldbank-ids-africa-debt-to-china.json?per=100&page=2');
		const body = await res.json();
		expect(body).toMatchObject({
			table: 'worldbank-ids-africa-debt-to-china',
			total: 2746,
			page: 2,
			per: 100,
			licence: { id: 'CC-BY-4.0' }
		});
		expect(body.rows).toHaveLength(100);
		const bad = await request.get('/api/v1/tables/worldbank-ids-africa-debt-to-china.json?page=999');
		expect(bad.status()).toBe(400);
		expect(await bad.text()).toContain('page=999');
	});

	test('dataset.json keeps the documents and leaves the tables to their own endpoints', async ({ request }) => {
		const body = await (await request.get('/api/v1/dataset.json')).json();
		expect(body.documents).toHaveLength(4);
		expect(body.datasets.map((d: { id: string }) => d.id)).toContain('aiddata-gcof-1-projects');
		expect(body.tables).toBeUndefined();
	});

	test('/sources lists the datasets with rows and licence', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/sources');
		const datasets = page.getByRole('list', { name: 'Published datasets' }).getByRole('listitem');
		await expect(datasets).toHaveCount(6);
		const item = datasets.filter({ hasText: 'Global Chinese Official Finance Dataset 1.0' });
		await expect(item).toContainText('5,466 rows');
		await expect(item.getByRole('link', { name: 'ODC-By-1.0' })).toHaveAttribute(
			'href',
			'https://opendatacommons.org/licenses/by/1-0/'
		);
		await expectNoAxeViolations(page);
	});
});
