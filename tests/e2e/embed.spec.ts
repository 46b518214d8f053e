/**
 * Widgets on a page of another site: a host page served from a different origin (another
 * port) embeds two charts, one with the iframe snippet and one with the script snippet,
 * copied from the dashboard's embed dialog as a reporter would.
 */
import { type Frame, type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

let host: Server;
let hostOrigin = '';
let hostHtml = '';

test.beforeAll(async () => {
	host = createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(req.url === '/framing' ? hostHtml.replace(/<body>[\s\S]*<\/body>/, '<body>FRAMING</body>') : hostHtml);
	});
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((r) => host.close(() => r())));

async function snippets(page: Page): Promise<{ iframe: string; script: string }> {
	await page.goto('/?country=VEN');
	const lending = page.locator('figure[data-chart="lending-by-country"]');
	await lending.locator('summary', { hasText: 'Embed' }).click();
	const iframe = await lending.getByLabel('Iframe (sizes itself)').inputValue();
	await expect(lending.locator('iframe.preview')).toBeVisible();
	const sanctions = page.locator('figure[data-chart="sanctions-over-time"]');
	await sanctions.locator('summary', { hasText: 'Embed' }).click();
	const script = await sanctions.getByLabel('Script (fills a placeholder)').inputValue();
	return { iframe, script };
}

function hostPage(body: string): string {
	return `<!doctype html><html><head><meta charset="utf-8"><title>A news site</title></head><body><h1>Story</h1>${body}</body></html>`;
}

/** The iframe's height on the host page and its widget's content height inside it. */
async function heights(page: Page, index: number): Promise<{ frame: number; content: number }> {
	const el = page.locator('iframe[data-lending-lens-frame]').nth(index);
	const frame = (await (await el.elementHandle())!.contentFrame()) as Frame;
	const content = await frame.locator('.widget').evaluate((w) => {
		const s = getComputedStyle(w);
		return w.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom);
	});
	const box = await el.boundingBox();
	return { frame: box?.height ?? 0, content };
}

test('two widgets on another site render and size themselves as the viewport changes', async ({ page, browser }) => {
	const { iframe, script } = await snippets(page);
	expect(iframe).toContain('/embed/lending-by-country?country=VEN');
	expect(script).toContain('data-lending-lens="sanctions-over-time?country=VEN"');
	hostHtml = hostPage(`${iframe}<p>Between the charts.</p>${script}`);

	const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
	const hostTab = await context.newPage();
	const errors: string[] = [];
	hostTab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	hostTab.on('pageerror', (e) => errors.push(String(e)));
	await hostTab.goto(hostOrigin);
	await expect(hostTab.locator('iframe[data-lending-lens-frame]')).toHaveCount(2);
	const frames = hostTab.frames().filter((f) => f.url().includes('/embed/'));
	await expect.poll(() => hostTab.frames().filter((f) => f.url().includes('/embed/')).length).toBe(2);
	for (const f of hostTab.frames().filter((x) => x.url().includes('/embed/'))) {
		await expect(f.locator('.widget svg').first()).toBeVisible();
	}
	void frames;

	for (const width of [1200, 420, 900]) {
		await hostTab.setViewportSize({ width, height: 900 });
		for (const i of [0, 1]) {
			await expect
				.poll(
					async () => {
						const h = await heights(hostTab, i);
						return Math.abs(h.frame - h.content);
					},
					{ message: `iframe ${i} at ${width}px` }
				)
				.toBeLessThanOrEqual(2);
		}
	}
	const narrow = await heights(hostTab, 0);
	expect(narrow.content).toBeGreaterThan(200);
	expect(errors).toEqual([]);
	await context.close();
});

test('the host script ignores messages of the wrong origin or shape', async ({ page, browser }) => {
	const { iframe } = await snippets(page);
	hostHtml = hostPage(iframe);
	const hostTab = await (await browser.newContext()).newPage();
	await hostTab.goto(hostOrigin);
	const el = hostTab.locator('iframe[data-lending-lens-frame]');
	await expect
		.poll(async () => Math.abs((await heights(hostTab, 0)).frame - (await heights(hostTab, 0)).content))
		.toBeLessThanOrEqual(2);
	const before = (await el.boundingBox())!.height;
	const frame = (await (await el.elementHandle())!.contentFrame())!;

	// Right shape, wrong origin: the host page itself posts it.
	await hostTab.evaluate(() =>
		window.postMessage({ type: 'lending-lens:resize', version: 1, height: 999, chart: 'x' }, '*')
	);
	// Right origin, wrong shapes: posted from inside the widget.
	await frame.evaluate(() => {
		parent.postMessage({ type: 'lending-lens:resize', version: 1, height: '999', chart: 'x' }, '*');
		parent.postMessage({ type: 'lending-lens:resize', version: 1, height: 999, chart: 'x', extra: true }, '*');
		parent.postMessage('lending-lens:resize 999', '*');
	});
	await hostTab.waitForTimeout(300);
	expect((await el.boundingBox())!.height).toBe(before);
	// The right message from the right origin is obeyed.
	await frame.evaluate(() =>
		parent.postMessage({ type: 'lending-lens:resize', version: 1, height: 777, chart: 'x' }, '*')
	);
	await expect.poll(async () => (await el.boundingBox())!.height).toBe(777);
});

test('only embed routes may be framed by another site', async ({ browser, baseURL }) => {
	hostHtml = hostPage(
		`<iframe id="dash" src="${baseURL}/" style="height:300px"></iframe><iframe id="widget" src="${baseURL}/embed/timeline" style="height:300px"></iframe>`
	);
	const hostTab = await (await browser.newContext()).newPage();
	await hostTab.goto(hostOrigin);
	const widget = hostTab.frameLocator('#widget');
	await expect(widget.locator('.widget')).toBeVisible();
	const dash = hostTab.frameLocator('#dash');
	await hostTab.waitForTimeout(500);
	// Chromium replaces a refused frame with its own error page.
	await expect(dash.getByText('Chinese lending, US sanctions and the Venezuela crisis')).toHaveCount(0);
	const dashFrame = hostTab.frames().find((f) => f !== hostTab.mainFrame() && !f.url().includes('/embed/'));
	expect(dashFrame?.url()).not.toBe(`${baseURL}/`);
});

test('oEmbed answers per the specification', async ({ request, baseURL }) => {
	const url = `${baseURL}/charts/lending-map?country=VEN`;
	const ok = await request.get(`/oembed?url=${encodeURIComponent(url)}&maxwidth=500&maxheight=400`);
	expect(ok.status()).toBe(200);
	expect(ok.headers()['content-type']).toContain('application/json');
	const body = await ok.json();
	expect(body).toMatchObject({
		version: '1.0',
		type: 'rich',
		provider_name: 'Lending Lens',
		width: 500,
		height: 400,
		title: 'Chinese lending in Latin America and the Caribbean'
	});
	expect(body.html).toContain(`src="${baseURL}/embed/lending-map?country=VEN"`);
	expect(body.thumbnail_url).toContain('/export/lending-map.png?country=VEN');
	const thumb = await request.get(body.thumbnail_url);
	expect(thumb.status()).toBe(200);
	expect(
		(await request.get(`/oembed?url=${encodeURIComponent('https://elsewhere.example/charts/timeline')}`)).status()
	).toBe(404);
	expect((await request.get(`/oembed?url=${encodeURIComponent(url)}&format=xml`)).status()).toBe(501);
});

test('chart pages declare oEmbed, og:image and Twitter card', async ({ page, request }) => {
	await page.goto('/charts/timeline?kind=media');
	const oembed = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
	expect(oembed).toMatch(/\/oembed\?format=json&url=.*%2Fcharts%2Ftimeline%3Fkind%3Dmedia$/);
	expect((await request.get(oembed!)).status()).toBe(200);
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	expect(image).toMatch(/\/export\/timeline\.png\?kind=media&width=1200&height=630$/);
	expect((await request.get(image!)).headers()['content-type']).toBe('image/png');
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
});

test('a widget ignores bad parameters with a note, never an error', async ({ page }) => {
	const res = await page.goto('/embed/lending-by-country?country=XYZ&theme=sepia&title=maybe&foo=1');
	expect(res?.status()).toBe(200);
	const note = page.getByRole('note');
	await expect(note).toContainText('country=XYZ was ignored');
	await expect(note).toContainText('theme=sepia was ignored');
	await expect(note).toContainText('title=maybe was ignored');
	await expect(page.locator('.widget svg').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a widget shows its chart, title, source line and link to the full view', async ({ page }) => {
		await page.goto('/embed/sanctions-over-time?theme=dark&controls=0');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('US sanctions on Venezuela, by targeted sector');
		await expect(page.locator('.widget')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('.widget svg a')).not.toHaveCount(0);
		await expect(page.locator('.source')).toContainText('US sanctions on Venezuela, 2015-2019');
		await expect(page.getByRole('link', { name: 'Lending Lens' })).toHaveAttribute(
			'href',
			/\/charts\/sanctions-over-time$/
		);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
			'content',
			/\/export\/sanctions-over-time\.png\?width=1200&height=630$/
		);
	});
});
