/**
 * What every answer says about itself, per kind of route: security headers, caching and
 * compression, and the limits on what a request may be. And no page trips its own CSP.
 */
import { type APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const PAGES = [
	'/',
	'/?country=VEN&kind=diplomatic',
	'/charts/lending-map',
	'/records/wsws-2019-ven',
	'/sources',
	'/loans?sort=amount&dir=desc'
];
const EMBEDS = ['/embed/timeline', '/embed/lending-by-country?theme=dark'];
const OTHERS = [
	'/embed.js',
	'/embed/widget.js',
	'/api/v1/dataset.json',
	'/api/v1/loans.csv',
	'/oembed?url=http%3A%2F%2F127.0.0.1%2Fcharts%2Ftimeline',
	'/export/timeline.svg',
	'/export/timeline.png?width=400&height=300',
	'/favicon.svg',
	'/robots.txt'
];

async function staticAsset(request: APIRequestContext): Promise<string> {
	const html = await (await request.get('/')).text();
	return /\/_app\/immutable\/[^"]+\.js/.exec(html)![0];
}

test.describe('security headers', () => {
	test('every answer says nosniff, static files and errors included', async ({ request }) => {
		for (const path of [
			...PAGES,
			...EMBEDS,
			...OTHERS,
			await staticAsset(request),
			'/no-such-page',
			'/export/pie.svg',
			'/export/timeline.png?width=1'
		]) {
			const res = await request.get(path);
			expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
		}
	});

	test('HTML pages send a CSP with script and style rules, and refuse to be framed', async ({ request }) => {
		for (const path of PAGES) {
			const h = (await request.get(path)).headers();
			const csp = h['content-security-policy'] ?? '';
			expect(csp, path).toMatch(/(^|; )default-src 'none'/);
			expect(csp, path).toMatch(/(^|; )script-src 'self'( 'sha256-[\w+/=]+')*(;|$)/);
			expect(csp, path).toContain("style-src-elem 'self'");
			expect(csp, path).toContain("object-src 'none'");
			expect(csp, path).not.toContain('unsafe-eval');
			expect(csp, path).toContain("frame-ancestors 'self'");
			expect(h['x-frame-options'], path).toBe('SAMEORIGIN');
		}
	});

	test('embeds send the same CSP, framable by any site and nothing else relaxed', async ({ request }) => {
		const page = (await request.get('/')).headers()['content-security-policy']!;
		const rules = (csp: string) =>
			csp.split('; ').filter((r) => !r.startsWith('frame-ancestors') && !r.startsWith('script-src'));
		for (const path of EMBEDS) {
			const h = (await request.get(path)).headers();
			const csp = h['content-security-policy'] ?? '';
			expect(csp, path).not.toContain('frame-ancestors');
			expect(h['x-frame-options'], path).toBeUndefined();
			expect(csp, path).toMatch(/(^|; )script-src 'self'( 'sha256-[\w+/=]+')*(;|$)/);
			expect(rules(csp).sort(), path).toEqual(rules(page).sort());
		}
	});

	test.describe(() => {
		// Its init script or listeners would stay on a reused tab.
		test.use({ reuseTab: false });

		test('no page logs a CSP violation, with its scripts running', async ({ page }) => {
			const violations: string[] = [];
			page.on('console', (m) => {
				if (/Content[ -]Security[ -]Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`)
				);
			});
			for (const path of [...PAGES, ...EMBEDS]) {
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				// Hover a mark so tooltips (styled inline) are drawn.
				const mark = page.locator('svg a, svg [tabindex="0"]').first();
				if (await mark.count()) await mark.hover({ force: true }).catch(() => {});
			}
			expect(violations).toEqual([]);
		});
	});
});

test.describe('caching and compression', () => {
	test('a page is kept: same ETag, 304 when the client has it', async ({ request }) => {
		const first = await request.get('/charts/timeline?kind=media');
		const etag = first.headers()['etag'];
		expect(etag).toMatch(/^"[\w-]+"$/);
		expect(first.headers()['cache-control']).toBe('public, max-age=60');
		const again = await request.get('/charts/timeline?kind=media');
		expect(again.headers()['etag']).toBe(etag);
		expect(await again.text()).toBe(await first.text());
		const revalidated = await request.get('/charts/timeline?kind=media', { headers: { 'if-none-match': etag! } });
		expect(revalidated.status()).toBe(304);
		expect(await revalidated.body()).toHaveLength(0);
		// Another view is another page.
		expect((await request.get('/charts/timeline?kind=military')).headers()['etag']).not.toBe(etag);
	});

	test('a page and its data are kept apart', async ({ request }) => {
		const data = '/charts/timeline/__data.json?x-sveltekit-invalidated=11';
		for (const path of ['/charts/timeline', data, '/charts/timeline', data]) {
			const res = await request.get(path);
			expect(res.status(), path).toBe(200);
			expect(res.headers()['content-type'], path).toContain(path === data ? 'json' : 'html');
		}
	});

	for (const path of [
		'/',
		'/embed/timeline',
		'/api/v1/dataset.json',
		'/api/v1/events.csv',
		'/export/timeline.svg',
		'/export/timeline.json'
	]) {
		test(`${path} is compressed as the client asks, and the same underneath`, async ({ request }) => {
			const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
			expect(plain.headers()['content-encoding']).toBeUndefined();
			const text = await plain.text();
			expect(text.length).toBeGreaterThan(1024);
			for (const [accept, encoding, decode] of [
				['br, gzip', 'br', brotliDecompressSync],
				['gzip;q=1, br;q=0', 'gzip', gunzipSync]
			] as const) {
				const res = await fetchRaw(path, { 'accept-encoding': accept });
				expect(res.headers['content-encoding'], accept).toBe(encoding);
				expect(res.headers['vary'], accept).toMatch(/Accept-Encoding/i);
				// (An SVG's embedded fonts are compressed already.)
				expect(res.body.byteLength).toBeLessThan(text.length * (path.endsWith('.svg') ? 0.9 : 0.5));
				expect(decode(res.body).toString('utf8') === text, accept).toBe(true);
			}
		});
	}
});

test.describe('request limits', () => {
	test('a request line past 8 KiB gets 414 and a short answer, never a page of notices', async () => {
		const long = Array.from({ length: 5000 }, () => 'a').join(',');
		const res = await fetchRaw(`/?country=${long}`);
		expect(res.status).toBe(414);
		expect(res.body.byteLength).toBeLessThan(200);
		expect(res.headers['x-content-type-options']).toBe('nosniff');
	});

	test('headers past 16 KiB get 431', async () => {
		const res = await fetchRaw('/', { 'x-padding': 'a'.repeat(17 * 1024) });
		expect(res.status).toBe(431);
	});

	test('a long link just under the limit gets one page with ten notices and a count', async ({ page }) => {
		await page.goto(`/?country=${Array.from({ length: 1000 }, (_, i) => `q${i}`).join(',')}`);
		const items = page.getByRole('status').getByRole('listitem');
		await expect(items).toHaveCount(11);
		await expect(items.last()).toHaveText('And 990 more parameter values not understood.');
	});
});

/** A GET with exactly these headers (Playwright's client adds its own Accept-Encoding). */
function fetchRaw(
	path: string,
	headers: Record<string, string> = {}
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
	const base = new URL(test.info().project.use.baseURL!);
	return new Promise((resolve, reject) => {
		const req = httpRequest({ host: base.hostname, port: base.port, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode ?? 0,
					headers: res.headers as Record<string, string>,
					body: Buffer.concat(chunks)
				})
			);
		});
		req.on('error', reject);
		req.end();
	});
}
