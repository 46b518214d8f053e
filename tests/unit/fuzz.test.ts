/**
 * Property-based tests (fast-check) over everything that reads a URL or writes a file for
 * someone else: whatever the input, the answer is well formed or a named error, and no input
 * text comes back where it could run.
 */
import { csvParseRows } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../src/lib/data/csv.ts';
import { boundNotices, MAX_NOTICES, parseFilters } from '../../src/lib/data/filters.ts';
import { parseSort } from '../../src/lib/data/sort.ts';
import { EVENT_KINDS, SECTORS } from '../../src/lib/data/vocabulary.ts';
import { oembed } from '../../src/lib/embed/oembed.ts';
import { LIMITS, parseExportParams } from '../../src/lib/server/export/params.ts';

const SERIES = ['wsws-2019-article', 'clfd-2018', 'aiddata-3'];
const NAMES = [
	'country',
	'sector',
	'kind',
	'from',
	'to',
	'source',
	'width',
	'height',
	'scale',
	'theme',
	'title',
	'controls',
	'w',
	'sort',
	'dir',
	'utm_source'
];
const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"'; DROP TABLE",
	'=HYPERLINK("x")',
	'\u0000',
	'\ud800',
	'%00',
	'../../etc/passwd',
	'javascript:alert(1)',
	'\u202e',
	'１２３',
	'VEN',
	'ven',
	'oil',
	'media',
	'2019',
	'2019-02-30',
	'2019-W15',
	'1200',
	'0',
	'-1',
	'1e9',
	'NaN',
	'dark',
	'auto',
	''
];

/** A value: something hostile or plausible, or any string, or a comma-separated list of them. */
const value = fc.oneof(
	fc.constantFrom(...HOSTILE),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.array(fc.constantFrom(...HOSTILE), { maxLength: 5 }).map((xs) => xs.join(','))
);
/** A query: known and unknown names, each with values, repeated at will. */
const query = fc
	.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 12 })), value), { maxLength: 12 })
	.map((pairs) => {
		const q = new URLSearchParams();
		for (const [k, v] of pairs) q.append(k, v);
		return q;
	});

const RUNS = { numRuns: 300 };

describe('URL parameters', () => {
	it('parseFilters: valid filters and short, bounded notices, whatever the query', () => {
		fc.assert(
			fc.property(query, (q) => {
				const { filters, notices } = parseFilters(q, { series: SERIES });
				for (const c of filters.countries) expect(c).toMatch(/^[A-Z]{3}$/);
				for (const s of filters.sectors) expect(SECTORS).toContain(s);
				for (const k of filters.kinds) expect(EVENT_KINDS).toContain(k);
				for (const d of [filters.from, filters.to]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				if (filters.from && filters.to) expect(filters.from <= filters.to).toBe(true);
				if (filters.source !== null) expect(SERIES).toContain(filters.source);
				for (const n of notices) {
					expect(n.message.length).toBeLessThan(400);
					expect(n.param === '' || [...q.keys()].includes(n.param)).toBe(true);
				}
				expect(boundNotices(notices).length).toBeLessThanOrEqual(MAX_NOTICES + 1);
			}),
			RUNS
		);
	});

	it('parseSort: a known column and direction, or the fallback, with a notice naming the parameter', () => {
		const columns = [
			{ key: 'name', label: 'Name' },
			{ key: 'amount', label: 'Amount', numeric: true, firstDir: 'desc' as const },
			{ key: 'quote', label: 'Quote', sortable: false }
		];
		fc.assert(
			fc.property(query, (q) => {
				const { sort, notices } = parseSort(q, columns, { key: 'name', dir: 'asc' });
				expect(['name', 'amount']).toContain(sort.key);
				expect(['asc', 'desc']).toContain(sort.dir);
				for (const n of notices) expect(['sort', 'dir']).toContain(n.param);
			}),
			RUNS
		);
	});

	it('parseExportParams: sizes in range and within the area cap, or a 400 naming a parameter it was given', () => {
		fc.assert(
			fc.property(query, (q) => {
				const r = parseExportParams(q, SERIES);
				if (r.ok) {
					const { width, height, scale } = r.params;
					for (const side of [width, height]) expect(side >= LIMITS.minSide && side <= LIMITS.maxSide).toBe(true);
					expect(width * height * scale * scale).toBeLessThanOrEqual(LIMITS.maxMegapixels * 1e6);
					expect(['light', 'dark']).toContain(r.params.theme);
				} else {
					expect([...q.keys()]).toContain(r.param);
					expect(r.message.length).toBeLessThan(400);
				}
			}),
			RUNS
		);
	});
});

describe('oEmbed', () => {
	const origin = 'https://ll.example';
	const req = {
		origin,
		format: null,
		maxwidth: null,
		maxheight: null,
		titleOf: () => 'A <b>"title"</b>',
		series: SERIES
	};
	const url = fc.oneof(
		fc
			.tuple(fc.constantFrom('charts', 'embed'), fc.constantFrom('timeline', 'lending-map', 'pie'), query)
			.map(([p, c, q]) => `${origin}/${p}/${c}?${q}`),
		fc.webUrl({ withQueryParameters: true, withFragments: true }),
		fc.string({ maxLength: 60 })
	);

	it('answers a known status, and a thumbnail the export accepts, for any URL', () => {
		fc.assert(
			fc.property(url, fc.option(fc.constantFrom('json', 'xml', '')), fc.option(value), (u, format, maxwidth) => {
				const r = oembed({ ...req, url: u, format, maxwidth });
				expect([200, 400, 404, 501]).toContain(r.status);
				if (r.status !== 200) return;
				const thumb = new URL(String(r.body.thumbnail_url));
				expect(thumb.origin).toBe(origin);
				expect(parseExportParams(thumb.searchParams, SERIES)).toMatchObject({ ok: true });
				// Exactly the snippet's own elements: nothing from the URL became markup.
				const html = String(r.body.html);
				expect(html.match(/<[a-z]+/g)).toEqual(['<iframe', '<script', '<noscript', '<a', '<img']);
				expect(html).not.toMatch(/<(?!\/?(iframe|script|noscript|a|img)[ >])/);
			}),
			RUNS
		);
	});
});

describe('CSV writer', () => {
	const cell = fc.oneof(
		fc.string({ unit: 'grapheme', maxLength: 20 }),
		fc.constantFrom(...HOSTILE),
		fc.integer().map(String),
		fc.double({ noNaN: true }).map(String),
		fc.constantFrom(' =1', '\n=1', '\uff1d1', '\t@x', '-5 billion', '-2+3')
	);

	it('round-trips every cell, and no cell starts a formula unless marked as text', () => {
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
				const parsed = csvParseRows(toCsv(['a', 'b'], rows));
				expect(parsed.slice(1)).toEqual(rows.map((r) => r.map(safeCell)));
				for (const c of parsed.slice(1).flat()) {
					// What a spreadsheet sees first: past any whitespace, with compatibility forms folded.
					const first =
						c
							.normalize('NFKC')
							.replace(/^[\s\ufeff]+/u, '')
							.replace(/^\u2212/, '-')[0] ?? '';
					const formula = /^[\t\r]/.test(c) || ('=+-@'.includes(first) && first !== '');
					// A minus, a digit, then nothing a formula could be made of.
					const negative = /^-\d/.test(c) && !/[=+\-*/^&@!()|;:<>"'\t\r\n]/.test(c.slice(1));
					expect(!formula || negative || c.startsWith("'"), JSON.stringify(c)).toBe(true);
				}
			}),
			RUNS
		);
	});
});
