/**
 * The published tables' charts as a reader uses them: each renders, a mark's tooltip leads to
 * the table cells behind it, each new filter (region, flow class, years) changes them through
 * the URL, with and without JavaScript, the rest of a ranking is one link away, and the pages
 * pass axe.
 */
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';
import { parseRowList } from '../../src/lib/data/tables/row-list.ts';

const chart = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);
const marks = (page: Page, id: string) => chart(page, id).locator('svg a[href^="/sources/"]');
const tooltip = (page: Page) => page.getByRole('tooltip');

// Four charts of every recipient on one page: more to draw and check than a test of the overview.
test.describe.configure({ timeout: 90_000 });

test('the four charts render on /worldwide, each with marks and a source line naming the licence', async ({ page }) => {
	await page.goto('/worldwide');
	for (const [id, licence] of [
		['lending-over-time', 'ODC-By-1.0'],
		['lending-ranked', 'ODC-By-1.0'],
		['world-map', 'ODC-By-1.0'],
		['debt-to-china', 'CC-BY-4.0']
	]) {
		await expect(marks(page, id!).first()).toBeVisible();
		await expect(chart(page, id!).locator('.source')).toContainText(`licence ${licence}`);
	}
	await expect(marks(page, 'lending-ranked')).toHaveCount(15);
});

test('a segment of lending over time shows its figure and basis, and opens the cells it sums', async ({ page }) => {
	await page.goto('/worldwide');
	const seg = marks(page, 'lending-over-time').first();
	await seg.hover();
	await expect(tooltip(page)).toContainText('constant 2021 US$');
	await expect(tooltip(page)).toContainText('AidData at William & Mary');
	await seg.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/sources\/aiddata-gcdf-3-country-years\/rows\?r=\d/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('the cells behind a figure');
	await expect(page.locator('tbody tr').first()).toContainText(/\d/);
	await expectNoAxeViolations(page);
});

test('a comparison mark is the CLFD’s own figure in nominal dollars, leading to its record', async ({ page }) => {
	await page.goto('/worldwide');
	const mark = chart(page, 'lending-over-time').locator('svg a[href^="/records/"]').first();
	await mark.focus();
	await expect(tooltip(page)).toContainText('nominal');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/records\//);
});

test('a country on the world map and a point of the debt chart lead to their cells', async ({ page }) => {
	await page.goto('/worldwide');
	const country = chart(page, 'world-map').locator('svg a[aria-label^="Venezuela"]');
	await country.focus();
	await expect(tooltip(page)).toContainText('Venezuela');
	// Its figure sums many cells of one table: the tooltip counts them as cells, and quotes one
	// that adds to the figure, not a year of zero.
	await expect(tooltip(page)).toContainText(/, and \d+ more cells/);
	const cells = Number(/and (\d+) more cells/.exec((await tooltip(page).textContent()) ?? '')?.[1]) + 1;
	await expect(tooltip(page).locator('blockquote')).not.toContainText(/ = 0 \(/);
	// The link names runs of rows as ranges.
	const href = (await country.getAttribute('href')) ?? '';
	expect(href).toMatch(/^\/sources\/aiddata-gcdf-3-country-years\/rows\?r=\d+-\d+/);
	const point = marks(page, 'debt-to-china').first();
	await point.focus();
	await expect(tooltip(page)).toContainText('current US$');
	await expect(point).toHaveAttribute('href', /^\/sources\/worldbank-ids-africa-debt-to-china\/rows\?r=\d+$/);
	// The rows page lists every cell the tooltip counted, from the rows the ranges name.
	await page.goto(href);
	await expect(page.locator('tbody tr')).toHaveCount(cells);
	const rows = await page
		.locator('tbody tr')
		.evaluateAll((trs) => new Set(trs.map((tr) => tr.querySelector('td')?.textContent?.trim())).size);
	const list = parseRowList(new URL(href, 'http://x').searchParams.get('r') ?? '', Infinity, Infinity);
	expect(rows).toBe(list.ok ? list.rows.length : -1);
});

test('region: choosing Sub-Saharan Africa changes every chart, through the URL; back returns', async ({ page }) => {
	await page.goto('/worldwide');
	const first = chart(page, 'lending-ranked').locator('svg a').first();
	await expect(first).toHaveAttribute('aria-label', /^Argentina/);
	await page.locator('summary', { hasText: 'Regions (published tables)' }).click();
	await page.getByRole('checkbox', { name: 'Sub-Saharan Africa' }).check();
	await expect(page).toHaveURL(/region=sub-saharan-africa/);
	await expect(first).toHaveAttribute('aria-label', /^Angola/);
	await expect(chart(page, 'lending-over-time').locator('p.subtitle')).toContainText('Sub-Saharan Africa');
	await expect(chart(page, 'world-map').locator('p.subtitle')).toContainText('focus: Sub-Saharan Africa');
	await page.goBack();
	await expect(first).toHaveAttribute('aria-label', /^Argentina/);
});

test('the map’s shapes come apart from the data, once per frame: back to a frame reuses them', async ({ page }) => {
	await page.goto('/worldwide');
	const map = chart(page, 'world-map');
	await expect(map.getByRole('link', { name: /^Argentina/ })).toBeAttached();
	const shapes: string[] = [];
	const visited: URL[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/geo/')) shapes.push(r.url());
	});
	// Another flow class keeps the frame: no shapes are asked for, and the data carries none.
	await page.locator('summary', { hasText: 'Flow classes (AidData)' }).click();
	await page.getByRole('checkbox', { name: 'ODA-like (aid)' }).check();
	await expect(page).toHaveURL(/flow_class=oda-like/);
	await expect(map.locator('p.subtitle')).toContainText('ODA-like');
	expect(shapes).toEqual([]);
	visited.push(new URL(page.url()));
	// Another region is another frame: its shapes are fetched, framed on its countries.
	await page.locator('summary', { hasText: 'Regions (published tables)' }).click();
	await page.getByRole('checkbox', { name: 'Sub-Saharan Africa' }).check();
	await expect(map.getByRole('link', { name: /^Angola/ })).toBeAttached();
	await expect(map.getByRole('link', { name: /^Argentina/ })).toHaveCount(0);
	expect(shapes).toHaveLength(1);
	// Framed on the region's members by their ISO numeric codes: Angola is 024.
	expect(new URL(shapes[0] ?? '').searchParams.get('focus')?.split(',')).toContain('024');
	visited.push(new URL(page.url()));
	// Back to Latin America: the shapes it had are used again, not fetched.
	await page.goBack();
	await expect(map.getByRole('link', { name: /^Argentina/ })).toBeAttached();
	expect(shapes).toHaveLength(1);
	// What a filter change sends, the page's data answer, carries the address of the shapes, not them.
	for (const url of visited) {
		const answer = await page.request.get(`/worldwide/__data.json${url.search}`);
		const text = await answer.text();
		expect(text, url.search).toContain('/geo/world.json?');
		expect(text, url.search).not.toContain('MultiPolygon');
	}
});

test('the shapes’ address is kept for good by browsers, and a bad one is refused by name', async ({ request }) => {
	const html = await (await request.get('/')).text();
	const href = /data-sveltekit-fetched data-url="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
	expect(href).toMatch(/^\/geo\/latin-america\.json\?v=/);
	const res = await request.get(href ?? '');
	expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	const features = (await res.json()) as { id: string; properties: { name: string } }[];
	expect(features.find((f) => f.id === '862')?.properties.name).toBe('Venezuela');
	for (const [url, status, message] of [
		['/geo/world.json?focus=024,999', 400, 'focus=999 is not valid: "999" is not an ISO 3166-1 numeric'],
		['/geo/world.json?region=africa', 400, 'Unknown parameter "region"'],
		['/geo/latin-america.json?focus=BRA', 400, 'focus is not valid'],
		['/geo/moon.json', 404, 'No shapes "moon"']
	] as const) {
		const bad = await request.get(url);
		expect(bad.status(), url).toBe(status);
		expect(((await bad.json()) as { message: string }).message, url).toContain(message);
	}
});

test('flow class: only the chosen class is stacked', async ({ page }) => {
	await page.goto('/worldwide');
	await page.locator('summary', { hasText: 'Flow classes (AidData)' }).click();
	await page.getByRole('checkbox', { name: 'ODA-like (aid)' }).check();
	await expect(page).toHaveURL(/flow_class=oda-like/);
	const labels = await marks(page, 'lending-over-time').evaluateAll((as) =>
		as.map((a) => a.getAttribute('aria-label') ?? '')
	);
	expect(labels.length).toBeGreaterThan(0);
	for (const l of labels) expect(l).toContain('ODA-like');
});

test('years: a window keeps only its years', async ({ page }) => {
	await page.goto('/worldwide?region=world');
	const years = () =>
		marks(page, 'lending-over-time').evaluateAll((as) =>
			[...new Set(as.map((a) => /, (\d{4}):/.exec(a.getAttribute('aria-label') ?? '')?.[1]))].sort()
		);
	expect(await years()).toHaveLength(22);
	await page.locator('form.filters input[name="from"]').fill('2010-01-01');
	await page.locator('form.filters input[name="to"]').fill('2012-12-31');
	await page.locator('form.filters input[name="to"]').dispatchEvent('change');
	// The URL changes once the server has drawn the whole world's charts again: slow on a busy machine.
	await expect(page).toHaveURL(/from=2010-01-01&to=2012-12-31/, { timeout: 15_000 });
	await expect.poll(years).toEqual(['2010', '2011', '2012']);
});

test('the rest of the ranking is one link away, and back again', async ({ page }) => {
	await page.goto('/worldwide');
	await chart(page, 'lending-ranked')
		.getByRole('link', { name: /^The first 15 of \d+ borrowers\. Show all/ })
		.click();
	await expect(page).toHaveURL(/show=all/);
	expect(await marks(page, 'lending-ranked').count()).toBeGreaterThan(15);
	await page.goBack();
	await expect(marks(page, 'lending-ranked')).toHaveCount(15);
});

test('the debt chart shows the debtor chosen', async ({ page }) => {
	await page.goto('/worldwide');
	await chart(page, 'debt-to-china').getByLabel('Debtor').selectOption({ label: 'Kenya' });
	await chart(page, 'debt-to-china').getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/country=KEN/);
	await expect(chart(page, 'debt-to-china').getByRole('heading')).toContainText('Kenya');
});

test('an unknown region or flow class is named in the notice', async ({ page }) => {
	await page.goto('/worldwide?region=atlantis&flow_class=grant');
	await expect(page.getByText('region=atlantis was ignored')).toBeVisible();
	await expect(page.getByText('flow_class=grant was ignored')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the filter form applies a region and a flow class', async ({ page }) => {
		await page.goto('/worldwide');
		await page.locator('summary', { hasText: 'Regions (published tables)' }).click();
		await page.getByRole('checkbox', { name: 'South Asia' }).check();
		await page.locator('summary', { hasText: 'Flow classes (AidData)' }).click();
		await page.getByRole('checkbox', { name: 'OOF-like (other official flows)' }).check();
		await page.getByRole('button', { name: 'Apply' }).click();
		await expect(page).toHaveURL(/region=south-asia.*flow_class=oof-like|flow_class=oof-like.*region=south-asia/);
		await expect(chart(page, 'lending-ranked').locator('svg a').first()).toHaveAttribute('aria-label', /^Pakistan/);
	});
});

test('/worldwide and each new chart page pass axe', async ({ page }) => {
	await page.goto('/worldwide');
	await expectNoAxeViolations(page);
	for (const id of ['lending-over-time', 'lending-ranked', 'world-map', 'debt-to-china']) {
		await page.goto(`/charts/${id}`);
		await expect(marks(page, id).first()).toBeVisible();
		await expectNoAxeViolations(page);
	}
});

test('exports and embeds of the new charts name the table and its licence', async ({ request }) => {
	for (const id of ['lending-over-time', 'lending-ranked', 'world-map', 'debt-to-china']) {
		const svg = await request.get(`/export/${id}.svg?region=world`);
		expect(svg.status()).toBe(200);
		// The source line may wrap between "licence" and its name: read the lines as one text.
		const lines = (await svg.text()).replace(/<\/text>\s*<text\b[^>]*>/g, ' ');
		expect(lines).toMatch(/licence (ODC-By-1\.0|CC-BY-4\.0)/);
		const csv = await request.get(`/export/${id}.csv`);
		expect(csv.status()).toBe(200);
		const embed = await request.get(`/embed/${id}`);
		expect(embed.status()).toBe(200);
		expect(await embed.text()).toMatch(/licence (ODC-By-1\.0|CC-BY-4\.0)/);
	}
});
