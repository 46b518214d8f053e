/**
 * Hostile links against the running server: random queries carrying markup are answered
 * without a server error, and the markup never comes back as markup.
 */
import { expect, test } from './fixtures.ts';
import fc from 'fast-check';

const MARK = '<ll-fuzz x="1">';
const NAMES = [
	'country',
	'sector',
	'kind',
	'from',
	'to',
	'source',
	'theme',
	'title',
	'controls',
	'w',
	'sort',
	'dir',
	'width',
	'scale',
	MARK
];
const value = fc.oneof(
	fc.constant(MARK),
	fc.string({ maxLength: 20 }),
	fc.string({ maxLength: 10 }).map((s) => `${s}${MARK}${s}`),
	fc.constantFrom('VEN', 'oil,<b>', '2019-02-30', '"\'><', '\u0000', '=1+1')
);
const queries = fc.sample(
	fc
		.array(fc.tuple(fc.constantFrom(...NAMES), value), { minLength: 1, maxLength: 6 })
		.map((pairs) => new URLSearchParams(pairs).toString()),
	{ numRuns: 12, seed: 13 }
);
const ROUTES = [
	'/',
	'/charts/timeline',
	'/embed/lending-map',
	'/loans',
	'/export/timeline.csv',
	'/export/lending-by-country.json'
];

test('random hostile queries: no server error, nothing reflected as markup', async ({ request, baseURL }) => {
	test.setTimeout(240_000);
	for (const q of queries) {
		for (const route of [...ROUTES, `/oembed?url=${encodeURIComponent(`${baseURL}/charts/timeline?${q}`)}`]) {
			const path = route.startsWith('/oembed') ? route : `${route}?${q}`;
			const res = await request.get(path);
			expect(res.status(), path).toBeLessThan(500);
			// Data (JSON, CSV) may quote the text; nosniff keeps a browser from reading it as a page.
			expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
			if ((res.headers()['content-type'] ?? '').includes('html'))
				expect(await res.text(), path).not.toContain('<ll-fuzz');
		}
	}
});
