import { type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { pngInfo } from './png.ts';

const CHARTS = ['lending-by-country', 'lending-map', 'sanctions-over-time', 'timeline'] as const;

/** Dark pixels in a region of a PNG, counted by the browser's own decoder. */
async function darkPixels(
	page: Page,
	png: Buffer,
	region: { x: number; y: number; w: number; h: number }
): Promise<number> {
	return page.evaluate(
		async ({ b64, r }) => {
			const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const ctx = canvas.getContext('2d')!;
			ctx.drawImage(bitmap, 0, 0);
			const { data } = ctx.getImageData(r.x, r.y, r.w, r.h);
			let n = 0;
			for (let i = 0; i < data.length; i += 4) if ((data[i]! + data[i + 1]! + data[i + 2]!) / 3 < 100) n++;
			return n;
		},
		{ b64: png.toString('base64'), r: region }
	);
}

test.describe('server export', () => {
	for (const chart of CHARTS) {
		test(`${chart}.svg is a standalone, complete figure`, async ({ request }) => {
			const res = await request.get(`/export/${chart}.svg?country=VEN`);
			expect(res.status()).toBe(200);
			expect(res.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
			expect(res.headers()['content-disposition']).toMatch(
				new RegExp(`filename="lending-lens_${chart}_VEN_\\d{4}-\\d{2}-\\d{2}\\.svg"`)
			);
			const svg = await res.text();
			// An XML declaration, the server renderer's comments, then the one root element.
			// As tall as its content: charts that fill their box take the default 675 px; the
			// timeline and the sanctions chart end where their content does.
			const m =
				/^<\?xml version="1\.0" encoding="UTF-8"\?>\n(?:<!--[^-]*-->)*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="(\d+)" viewBox="0 0 1200 (\d+)"/.exec(
					svg
				);
			expect(m?.[1]).toBe(m?.[2]);
			if (chart === 'lending-by-country' || chart === 'lending-map') expect(m?.[1]).toBe('675');
			expect(svg).not.toMatch(/<script|<foreignObject|\son\w+="/i);
			expect(svg).not.toMatch(/(?:xlink:)?href="(?!#)/); // no external references
			expect(svg).not.toMatch(/url\((?!data:|#)/);
			expect(svg).toMatch(/@font-face\{font-family:'Source Sans 3'[^}]*src:url\(data:font\/woff2;base64,/);
			expect(svg).toContain('<metadata>');
			expect(svg).toMatch(/<dc:identifier>http:\/\/127\.0\.0\.1:\d+\/charts\/[a-z-]+\?country=VEN<\/dc:identifier>/);
			expect(svg).toMatch(/<ll:datasetVersion>[0-9a-f]{12}<\/ll:datasetVersion>/);
			expect(svg).toMatch(/<dc:source>[^<]+\[[a-z0-9-]+\]/);
			expect(svg).toContain('Lending Lens · http://127.0.0.1');
			expect(svg).toMatch(/>Sources?: /);
			expect(svg).toContain('Venezuela');
		});

		test(`${chart}.png has the requested size, text where the title is, and provenance`, async ({ request, page }) => {
			const res = await request.get(`/export/${chart}.png?width=800&height=640&scale=2`);
			expect(res.status()).toBe(200);
			expect(res.headers()['content-type']).toBe('image/png');
			const png = await res.body();
			const info = pngInfo(png);
			// The height asked for is the most a figure takes; charts that fill their box take it all.
			expect(info.width).toBe(1600);
			expect(info.height).toBeLessThanOrEqual(1280);
			if (chart === 'lending-by-country' || chart === 'lending-map') expect(info.height).toBe(1280);
			expect(info.text.Permalink).toMatch(new RegExp(`/charts/${chart}$`));
			expect(info.text['Dataset-Version']).toMatch(/^[0-9a-f]{12}$/);
			expect(info.text.Source).toMatch(/\[[a-z0-9-]+\]/);
			// The title sits in the top-left band; the band below the footer is empty.
			expect(await darkPixels(page, png, { x: 40, y: 30, w: 700, h: 40 })).toBeGreaterThan(500);
		});
	}

	test('the figure says which filters shaped it, and names the sources', async ({ request }) => {
		const svg = await (await request.get('/export/sanctions-over-time.svg?sector=shipping&from=2019-01-01')).text();
		expect(svg).toContain('US sanctions on Venezuela, by targeted sector');
		expect(svg).toMatch(/shipping/);
		expect(svg).toContain('US sanctions on Venezuela, 2015-2019: compiled reference notes');
		expect(svg).toContain('Shipping (2)');
	});

	test('the dark theme is dark', async ({ request, page }) => {
		const png = await (await request.get('/export/lending-by-country.png?theme=dark&width=600&height=440')).body();
		expect(await darkPixels(page, png, { x: 0, y: 0, w: 20, h: 20 })).toBe(400);
	});

	test('CSV and JSON hold exactly what the chart shows under the filters', async ({ request }) => {
		// Bars and comparison marks alike: every figure the chart draws for the two countries.
		const csv = await (await request.get('/export/lending-by-country.csv?country=VEN,BRA')).text();
		const [header, ...rows] = csv.trim().split('\n');
		expect(header).toMatch(/^borrower,series,shown_as,amount,amount_usd,/);
		const drawn = await request.get('/api/v1/dataset.json').then((r) => r.json());
		const expected = drawn.loans.filter((l: { borrower: { code: string } | null }) =>
			['VEN', 'BRA'].includes(l.borrower?.code ?? '')
		);
		expect(rows).toHaveLength(expected.length);
		expect(rows.every((r) => /^(Venezuela|Brazil),/.test(r))).toBe(true);
		expect(rows.filter((r) => r.includes(',bar,'))).toHaveLength(2);
		const json = await (await request.get('/export/lending-by-country.json?country=VEN,BRA')).json();
		expect(json.filters.countries).toEqual(['BRA', 'VEN']);
		expect(json.rows).toHaveLength(expected.length);
		expect(json.permalink).toMatch(/\/charts\/lending-by-country\?country=BRA,VEN$/);
		const sanctions = await (await request.get('/export/sanctions-over-time.json?sector=shipping')).json();
		expect(new Set(sanctions.rows.map((r: Record<string, string>) => r.record))).toEqual(
			new Set(['ofac-2019-04-05-shipping', 'ofac-2019-04-12-shipping'])
		);
	});

	for (const [query, status, message] of [
		['width=5000', 400, 'width=5000 is out of range'],
		['height=10', 400, 'height=10 is out of range'],
		['scale=5', 400, 'scale=5 is out of range'],
		['scale=4&width=4000', 400, 'scale=4 makes the image larger than 8000 px a side'],
		['scale=2&width=4000&height=4000', 400, 'scale=2 makes the image 64.0 megapixels; the most is 16'],
		['scale=4&width=1200&height=900', 400, 'scale=4 makes the image 17.3 megapixels; the most is 16'],
		['theme=sepia', 400, 'theme=sepia is not valid'],
		['country=XYZ', 400, 'country=XYZ is not valid'],
		['colour=red', 400, 'Unknown parameter "colour"'],
		['text=paths', 400, 'text=paths is not valid'],
		['text=constructor', 400, 'text=constructor is not valid']
	] as const) {
		test(`?${query} → ${status} naming the parameter`, async ({ request }) => {
			const res = await request.get(`/export/lending-by-country.png?${query}`);
			expect(res.status()).toBe(status);
			expect((await res.json()).message).toContain(message);
		});
	}

	test('?text=outline gives an SVG whose words are paths, named as such, with its title kept', async ({ request }) => {
		const res = await request.get('/export/lending-by-country.svg?text=outline&country=VEN');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toContain('image/svg+xml');
		expect(res.headers()['content-disposition']).toContain('_outline.svg');
		const svg = await res.text();
		expect(svg).not.toMatch(/<text\b/);
		expect(svg).not.toContain('@font-face');
		expect(svg).toContain('<title>Chinese lending by country</title>');
		expect(svg).toMatch(/<path\b/);
	});

	test('a repeated export is the same bytes under a strong ETag, and a held copy gets 304', async ({ request }) => {
		for (const file of [
			'lending-by-country.png?country=VEN&width=600&height=400',
			'timeline.svg?width=900&height=600'
		]) {
			const a = await request.get(`/export/${file}`);
			const b = await request.get(`/export/${file}`);
			expect(a.status()).toBe(200);
			const etag = a.headers()['etag'] ?? '';
			expect(etag).toMatch(/^"[\w-]+"$/); // strong: no W/
			expect(b.headers()['etag']).toBe(etag);
			expect(b.headers()['x-cache']).toBe('hit');
			expect(Buffer.compare(await a.body(), await b.body())).toBe(0);
			const held = await request.get(`/export/${file}`, { headers: { 'if-none-match': etag } });
			expect(held.status()).toBe(304);
			expect(held.headers()['etag']).toBe(etag);
			expect((await held.body()).length).toBe(0);
		}
		// The same parameters in another order, or a list in another order, are the same file.
		const x = await request.get('/export/lending-by-country.svg?country=VEN,BRA&width=700&height=500');
		const y = await request.get('/export/lending-by-country.svg?height=500&width=700&country=BRA,VEN');
		expect(y.headers()['etag']).toBe(x.headers()['etag']);
		expect(
			(await request.get('/export/lending-by-country.svg?country=VEN&width=700&height=500')).headers()['etag']
		).not.toBe(x.headers()['etag']);
	});

	test('?theme=constructor and other object-prototype names are refused', async ({ request }) => {
		for (const name of ['constructor', '__proto__', 'toString']) {
			const res = await request.get(`/export/lending-by-country.svg?theme=${name}`);
			expect(res.status()).toBe(400);
			expect((await res.json()).message).toContain(`theme=${name} is not valid`);
		}
	});

	test('an unknown chart or format is a 404', async ({ request }) => {
		expect((await request.get('/export/pie-chart.svg')).status()).toBe(404);
		expect((await request.get('/export/lending-by-country.gif')).status()).toBe(404);
	});
});

test.describe('download menu', () => {
	test('every download of the lending chart gives the file the chart shows', async ({ page }) => {
		await page.goto('/?country=VEN');
		const figure = page.locator('figure[data-chart="lending-by-country"]');
		const day = new Date().toISOString().slice(0, 10);
		const cases = [
			['SVG image', `lending-lens_lending-by-country_VEN_${day}.svg`],
			['PNG image, 1x', `lending-lens_lending-by-country_VEN_${day}.png`],
			['PNG image, 2x', `lending-lens_lending-by-country_VEN_${day}@2x.png`],
			['PNG image, 4x', `lending-lens_lending-by-country_VEN_${day}@4x.png`],
			['Data (CSV)', `lending-lens_lending-by-country_VEN_${day}.csv`],
			['Data (JSON)', `lending-lens_lending-by-country_VEN_${day}.json`]
		] as const;
		for (const [label, name] of cases) {
			await figure.locator('summary', { hasText: 'Download' }).click();
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				figure.getByRole('link', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }).click()
			]);
			expect(download.suggestedFilename()).toBe(name);
			const body = readFileSync((await download.path())!);
			if (name.endsWith('.png')) {
				const scale = name.includes('@4x') ? 4 : name.includes('@2x') ? 2 : 1;
				expect(pngInfo(body).width).toBe(1200 * scale);
			} else if (name.endsWith('.svg')) {
				expect(body.toString()).toContain('Chinese lending by country');
			} else if (name.endsWith('.csv')) {
				const [, ...rows] = body.toString().trim().split('\n');
				expect(rows.length).toBeGreaterThan(1);
				expect(rows.every((r) => r.startsWith('Venezuela,'))).toBe(true);
			} else {
				expect(JSON.parse(body.toString()).filters.countries).toEqual(['VEN']);
			}
			await figure.locator('summary', { hasText: 'Download' }).click();
		}
	});
});

test.describe('static figures show everything they summarise', () => {
	test('the timeline export has no fold chip, no button and no cut label, and keys every unlabelled mark', async ({
		request,
		page
	}) => {
		const svg = await (await request.get('/export/timeline.svg')).text();
		expect(svg).not.toMatch(/role="button"|tabindex=|>\+\d+<\/text>|Fewer rows|…<\/text>/);
		const key = [...(/<g data-key="">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/>([^<]+)<\/text>/g)]
			.map((t) => t[1])
			.join(' · ');
		for (const [, id, inner] of svg.matchAll(/<g data-record="([^"]+)">([\s\S]*?)<\/g>/g)) {
			const label = [...(inner ?? '').matchAll(/>([^<]+)<\/text>/g)]
				.map((t) => t[1])
				.join(' ')
				.replace(/ →$/, '');
			expect(label, `${id} has no label`).not.toBe('');
			if (/^\d+$/.test(label)) expect(key).toMatch(new RegExp(`(^| · )${label} \\S`));
		}
		// The PNG is the same figure: as tall as the SVG, and ink down to its footer.
		const res = await request.get('/export/timeline.png');
		const info = pngInfo(await res.body());
		expect(String(info.height)).toBe(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);
		await page.setContent(`<img src="data:image/png;base64,${(await res.body()).toString('base64')}">`);
		expect(await page.locator('img').evaluate((i: HTMLImageElement) => i.naturalHeight)).toBe(info.height);
	});

	test('held to a height, the timeline counts what it could not show in words', async ({ request }) => {
		const svg = await (await request.get('/export/timeline.svg?height=675')).text();
		expect(svg).toMatch(/>\d+ more loan claims, listed at the permalink<\/text>/);
		expect(svg).not.toMatch(/>\+\d+<\/text>/);
	});

	test('a one-sector sanctions export is not mostly blank', async ({ request, page }) => {
		const res = await request.get('/export/sanctions-over-time.png?sector=oil');
		const png = await res.body();
		const { height } = pngInfo(png);
		expect(height).toBeLessThan(675 * 0.7);
		// The footer sits in the last 40 px: nothing but blank below the content.
		expect(await darkPixels(page, png, { x: 0, y: height - 40, w: 1200, h: 40 })).toBeGreaterThan(0);
	});
});
