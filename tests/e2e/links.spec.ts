/**
 * Links that keep working: whatever a chart or embed URL carries (every documented
 * parameter, bad values, tracking parameters), the image links built from it answer 200.
 */
import { expect, test } from './fixtures.ts';

const CHARTS = ['lending-by-country', 'lending-map', 'sanctions-over-time', 'timeline'];
/** Each documented parameter with a good and a bad value, and what link trackers add. */
const PARAMS = [
	'country=VEN',
	'country=VEN,BRA',
	'country=XYZ',
	'sector=oil',
	'sector=tourism',
	'kind=diplomatic',
	'kind=gossip',
	'from=2019-01',
	'to=2019-04-30',
	'from=2019-02-30',
	'from=2019-05&to=2019-04',
	'source=clfd-2018',
	'source=imf',
	'theme=light',
	'theme=dark',
	'theme=auto',
	'theme=purple',
	'title=0',
	'controls=0',
	'w=480',
	'width=99999',
	'scale=9',
	'utm_source=newsletter&utm_medium=email',
	'fbclid=abc',
	'gclid=xyz',
	'ref=%3Cscript%3E'
];

test('every thumbnail the oEmbed endpoint returns answers 200', async ({ baseURL, request }) => {
	test.setTimeout(240_000);
	const thumbnails = new Set<string>();
	for (const chart of CHARTS) {
		// Every parameter on one chart; the others share the same query handling.
		for (const [i, p] of PARAMS.entries()) {
			if (chart !== CHARTS[0] && i % 6 !== 0) continue;
			// Each parameter alone, on a chart page and an embed URL, and with its neighbour.
			for (const query of [p, `${p}&${PARAMS[(i + 1) % PARAMS.length]}`]) {
				for (const path of ['charts', 'embed']) {
					const url = `${baseURL}/${path}/${chart}?${query}`;
					const res = await request.get(`/oembed?url=${encodeURIComponent(url)}`);
					expect(res.status(), url).toBe(200);
					const body = await res.json();
					thumbnails.add(body.thumbnail_url);
					for (const m of String(body.html).matchAll(/<img src="([^"]+)"/g))
						thumbnails.add(m[1]!.replaceAll('&amp;', '&'));
				}
			}
		}
	}
	expect(thumbnails.size).toBeGreaterThan(CHARTS.length * 3);
	for (const t of thumbnails) {
		const res = await request.head(t);
		expect(res.status(), t).toBe(200);
	}
});

test('og:image of the overview, chart pages and embeds answers 200', async ({ page, request }) => {
	test.setTimeout(60_000);
	for (const url of [
		'/?country=VEN&utm_source=x',
		'/charts/timeline?kind=media&theme=dark&fbclid=1',
		'/embed/lending-map?theme=auto&title=0&utm_source=x'
	]) {
		await page.goto(url);
		const images = await page
			.locator('meta[property="og:image"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('content')));
		expect(images.length, url).toBeGreaterThan(0);
		for (const img of images) expect((await request.head(img!)).status(), `${url}: ${img}`).toBe(200);
	}
});
