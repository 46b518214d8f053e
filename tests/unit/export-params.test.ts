/** The export URL's parameters: each bad value is refused with a message naming its parameter. */
import { describe, expect, it } from 'vitest';
import { parseExportParams } from '../../src/lib/server/export/params.ts';

const parse = (q: string) => parseExportParams(new URLSearchParams(q), ['clfd-2018', 'news']);

describe('parseExportParams', () => {
	it.each([
		['', { width: 1200, height: 675, scale: 1, theme: 'light' }],
		['theme=dark&width=800&height=400&scale=2', { width: 800, height: 400, scale: 2, theme: 'dark' }]
	])('?%s is valid', (q, expected) => {
		const r = parse(q);
		expect(
			r.ok && { width: r.params.width, height: r.params.height, scale: r.params.scale, theme: r.params.theme }
		).toEqual(expected);
	});

	it.each([
		['', 'text'],
		['text=text', 'text'],
		['text=outline', 'outline'],
		['text=outline&theme=dark&width=800', 'outline']
	])('?%s sets its words as %s', (q, expected) => {
		const r = parse(q);
		expect(r.ok && r.params.text).toBe(expected);
	});

	it.each([
		['theme=sepia', 'theme'],
		// Names every object has: not themes, whatever `in` says.
		['theme=constructor', 'theme'],
		['theme=__proto__', 'theme'],
		['theme=toString', 'theme'],
		['theme=hasOwnProperty', 'theme'],
		['theme=valueOf', 'theme'],
		['width=abc', 'width'],
		['width=199', 'width'],
		['height=4001', 'height'],
		['scale=0', 'scale'],
		['scale=4&width=4000', 'scale'],
		['colour=red', 'colour'],
		['text=paths', 'text'],
		['text=', 'text'],
		['text=OUTLINE', 'text'],
		['text=constructor', 'text'],
		['text=__proto__', 'text']
	])('?%s is refused, naming %s', (q, param) => {
		const r = parse(q);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.param).toBe(param);
			expect(r.message).toContain(param);
		}
	});
});
