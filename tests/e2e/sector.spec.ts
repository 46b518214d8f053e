/**
 * The lending-sector filter as a reader uses it: chosen in the filter form (with and without
 * JavaScript), it turns the worldwide lending charts into sums of AidData GCOF 1.0's projects
 * of that sector and says so; the charts it cannot apply to say that; the projects table
 * follows through the Projects link; old links keep their meaning; an unknown sector is named.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';

const chart = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);
const subtitle = (page: Page, id: string) => chart(page, id).locator('p.subtitle');
const NOT_APPLIED = 'The lending-sector filter (Transport and Storage) does not apply to this view';

test.describe.configure({ timeout: 90_000 });

test('choosing a sector on /worldwide changes the lending charts, says what they are, and /projects follows', async ({
	page
}) => {
	await page.goto('/worldwide');
	// Before: GCDF 3.0 totals, with the CLFD's annual figures as marks.
	await expect(chart(page, 'lending-over-time').locator('svg a[href^="/records/"]').first()).toBeAttached();
	await page.locator('summary', { hasText: 'Lending sectors' }).click();
	await page.getByRole('checkbox', { name: /^Transport and Storage \(\d+\)$/ }).check();
	await expect(page).toHaveURL(/crs_sector=transport-and-storage/, { timeout: 15_000 });

	for (const id of ['lending-over-time', 'lending-ranked', 'world-map']) {
		await expect(chart(page, id).getByRole('heading', { level: 2 })).toContainText('Transport and Storage');
		await expect(subtitle(page, id)).toContainText('AidData GCOF 1.0 projects that AidData recommends for research');
		await expect(chart(page, id).locator('.source')).toContainText('Global Chinese Official Finance Dataset');
		await expect(chart(page, id).locator('.source')).toContainText('licence ODC-By-1.0');
	}
	await expect(subtitle(page, 'lending-ranked')).toContainText('Constant 2014 US dollars');
	// No other source has a sector: nothing is set beside a sector's bars.
	await expect(chart(page, 'lending-over-time').locator('svg a[href^="/records/"]')).toHaveCount(0);
	await expect(chart(page, 'lending-over-time').locator('svg a').first()).toHaveAttribute(
		'href',
		/^\/sources\/aiddata-gcof-1-projects\/rows\?r=\d/
	);
	await expect(subtitle(page, 'debt-to-china')).toContainText(NOT_APPLIED);
	await expect(page.locator('[data-sector-note]')).toContainText('the lending charts below sum AidData GCOF 1.0');

	await page.locator('[data-sector-note]').getByRole('link', { name: 'The projects of this sector' }).click();
	await expect(page).toHaveURL(/\/projects\?crs_sector=transport-and-storage&recommended=yes$/);
	await expect(page.getByLabel('Sector')).toHaveValue('transport-and-storage');
	await expect(page.locator('p.summary')).toContainText(/^\s*\d+ projects/);
	await page.goBack();
	await expect(page).toHaveURL(/\/worldwide\?crs_sector=transport-and-storage$/);
	await expect(page.getByRole('checkbox', { name: /^Transport and Storage/ })).toBeChecked();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the overview’s form applies a sector; every chart says it does not apply, and the Projects link carries it', async ({
		page
	}) => {
		await page.goto('/');
		await page.locator('summary', { hasText: 'Lending sectors' }).click();
		await page.getByRole('checkbox', { name: /^Transport and Storage \(\d+\)$/ }).check();
		await page.getByRole('button', { name: 'Apply', exact: true }).click();
		// A plain GET form sends its empty fields too.
		await expect(page).toHaveURL(/\/\?crs_sector=transport-and-storage&/);
		for (const id of ['timeline', 'lending-by-country', 'lending-map', 'sanctions-over-time']) {
			await expect(subtitle(page, id)).toContainText(NOT_APPLIED);
		}
		await expect(page.locator('[data-sector-note]')).toContainText(
			'no chart on this page can be filtered by lending sector'
		);
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' })
		).toHaveAttribute('href', '/projects?crs_sector=transport-and-storage&recommended=yes');
		await page.locator('[data-sector-note]').getByRole('link', { name: 'Worldwide' }).click();
		await expect(page).toHaveURL(/\/worldwide\?crs_sector=transport-and-storage(&|$)/);
		await expect(subtitle(page, 'lending-ranked')).toContainText('AidData GCOF 1.0');
	});

	test('the records tables say the sector does not apply to them', async ({ page }) => {
		await page.goto('/loans?crs_sector=transport-and-storage');
		await expect(page.locator('.not-applied')).toContainText(NOT_APPLIED);
	});
});

test('old links keep their meaning: sector= is sanctioned sectors on the dashboards, and moves to crs_sector= on /projects', async ({
	page
}) => {
	await page.goto('/?sector=oil');
	await expect(page.locator('.notices')).toHaveCount(0);
	await expect(subtitle(page, 'sanctions-over-time')).toContainText('sectors: oil');
	await expect(page.locator('[data-sector-note]')).toHaveCount(0);

	await page.goto('/projects?sector=health&page=2');
	await expect(page).toHaveURL(/\/projects\?crs_sector=health&page=2$/);
	await expect(page.getByLabel('Sector')).toHaveValue('health');
	await expect(page.locator('.notices')).toHaveCount(0);
});

test('an unknown sector is named in the notice, and a lending sector under the sanctions’ name is pointed to crs_sector', async ({
	page
}) => {
	await page.goto('/worldwide?crs_sector=astrology&sector=health');
	await expect(page.getByText('crs_sector=astrology was ignored: expected one of')).toBeVisible();
	await expect(page.getByText('To filter lending by sector, use crs_sector=health.')).toBeVisible();
	await expect(subtitle(page, 'lending-ranked')).not.toContainText('GCOF');
});

test('exports, data and embeds of a sector’s chart say its release, basis and licence', async ({ request }) => {
	const svg = await request.get('/export/lending-ranked.svg?crs_sector=health&region=world');
	expect(svg.status()).toBe(200);
	const lines = (await svg.text()).replace(/<\/text>\s*<text\b[^>]*>/g, ' ');
	expect(lines).toContain('AidData GCOF 1.0');
	expect(lines).toContain('Health');
	expect(lines).toMatch(/licence ODC-By-1\.0/);
	const csv = await (await request.get('/export/lending-ranked.csv?crs_sector=health&region=world')).text();
	expect(csv).toContain('AidData GCOF 1.0, Health');
	expect(csv).toContain('constant 2014 US$');
	expect(csv).not.toContain('constant 2021 US$');
	const embed = await request.get('/embed/lending-over-time?crs_sector=health');
	expect(embed.status()).toBe(200);
	expect(await embed.text()).toContain('AidData GCOF 1.0');
	expect((await request.get('/export/lending-ranked.svg?crs_sector=astrology')).status()).toBe(400);
});

test('/worldwide with a sector passes axe', async ({ page }) => {
	await page.goto('/worldwide?crs_sector=transport-and-storage');
	await expectNoAxeViolations(page);
});
