import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hostScript } from '../../src/lib/embed/host.ts';
import { oembed } from '../../src/lib/embed/oembed.ts';
import { isResizeMessage, resizeMessage } from '../../src/lib/embed/protocol.ts';
import { iframeSnippet, scriptSnippet } from '../../src/lib/embed/snippets.ts';

describe('resize messages', () => {
	it('builds a message the check accepts', () => {
		expect(resizeMessage('lending-by-country', 412.2)).toEqual({
			type: 'lending-lens:resize',
			version: 1,
			height: 413,
			chart: 'lending-by-country'
		});
		expect(isResizeMessage(resizeMessage('timeline', 300))).toBe(true);
	});

	const ok = { type: 'lending-lens:resize', version: 1, height: 300, chart: 'timeline' };
	it.each([
		['a string', 'lending-lens:resize'],
		['null', null],
		['another type', { ...ok, type: 'resize' }],
		['another version', { ...ok, version: 2 }],
		['a height as text', { ...ok, height: '300' }],
		['a negative height', { ...ok, height: -1 }],
		['an absurd height', { ...ok, height: 1e6 }],
		['NaN', { ...ok, height: NaN }],
		['Infinity', { ...ok, height: Infinity }],
		['extra fields', { ...ok, script: 'alert(1)' }],
		['no chart', { type: ok.type, version: 1, height: 300 }],
		['an array', [ok]]
	])('refuses %s', (_, data) => expect(isResizeMessage(data)).toBe(false));
});

describe('host script', () => {
	const js = hostScript('https://ll.example', isResizeMessage);
	it('is self-contained and small', () => {
		expect(js).toContain('"https://ll.example"');
		expect(() => new Function(js)).not.toThrow();
		expect(gzipSync(js).length).toBeLessThan(3 * 1024);
	});
});

describe('snippets', () => {
	const s = {
		origin: 'https://ll.example',
		chart: 'lending-by-country',
		query: '?country=VEN',
		title: 'Lending "by" <country>',
		height: 480
	};
	it('iframe snippet sizes itself with the host script and falls back to an image', () => {
		const html = iframeSnippet(s);
		expect(html).toContain(
			'<iframe data-lending-lens-frame src="https://ll.example/embed/lending-by-country?country=VEN"'
		);
		expect(html).toContain('title="Lending &quot;by&quot; &lt;country&gt;"');
		expect(html).toContain('<script async src="https://ll.example/embed.js"></script>');
		expect(html).toContain(
			'<noscript><a href="https://ll.example/charts/lending-by-country?country=VEN"><img src="https://ll.example/export/lending-by-country.png?country=VEN&amp;width=1200&amp;height=675"'
		);
	});
	it('script snippet is a placeholder the host script fills', () => {
		expect(scriptSnippet(s)).toMatch(
			/^<div data-lending-lens="lending-by-country\?country=VEN" data-title="Lending &quot;by&quot; &lt;country&gt;" data-height="480"><noscript>/
		);
	});
});

describe('oEmbed', () => {
	const req = {
		origin: 'https://ll.example',
		format: null,
		maxwidth: null,
		maxheight: null,
		titleOf: () => 'Chinese lending by country',
		series: ['clfd-2018']
	};
	it('answers a chart URL with the rich type', () => {
		const r = oembed({ ...req, url: 'https://ll.example/charts/lending-by-country?country=VEN' });
		expect(r.status).toBe(200);
		if (r.status !== 200) return;
		expect(r.body).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'Lending Lens',
			title: 'Chinese lending by country',
			width: 800,
			height: 520
		});
		expect(String(r.body.html)).toContain('src="https://ll.example/embed/lending-by-country?country=VEN"');
	});
	it.each([
		['?country=ven&utm_source=x&fbclid=1', '?country=VEN', '?country=VEN'],
		['?theme=dark&title=0&controls=0', '?theme=dark&title=0&controls=0', '?theme=dark'],
		['?theme=auto&country=XYZ&source=nope&w=300', '?theme=auto', ''],
		['?theme=purple&title=maybe', '', ''],
		['?source=clfd-2018&from=2019', '?from=2019-01-01&source=clfd-2018', '?from=2019-01-01&source=clfd-2018']
	])('keeps only what %s means: embed %s, image %s', (query, embedQuery, imageQuery) => {
		const r = oembed({ ...req, url: `https://ll.example/embed/lending-by-country${query}` });
		if (r.status !== 200) throw new Error(`status ${r.status}`);
		const html = String(r.body.html).replaceAll('&amp;', '&');
		expect(html).toContain(`src="https://ll.example/embed/lending-by-country${embedQuery}"`);
		const image = `https://ll.example/export/lending-by-country.png${imageQuery || '?'}${imageQuery ? '&' : ''}width=`;
		expect(String(r.body.thumbnail_url).startsWith(image)).toBe(true);
		expect(html).toContain(`<img src="${image}`);
	});
	it('honours maxwidth and maxheight', () => {
		const r = oembed({ ...req, url: 'https://ll.example/embed/timeline', maxwidth: '400', maxheight: '300' });
		expect(r.status === 200 && [r.body.width, r.body.height]).toEqual([400, 300]);
	});
	it.each<[{ url: string | null; format?: string; maxwidth?: string }, number]>([
		[{ url: 'https://other.example/charts/timeline' }, 404],
		[{ url: 'https://ll.example/charts/pie' }, 404],
		[{ url: 'https://ll.example/sources/x' }, 404],
		[{ url: 'not a url' }, 404],
		[{ url: null }, 400],
		[{ url: 'https://ll.example/charts/timeline', format: 'xml' }, 501],
		[{ url: 'https://ll.example/charts/timeline', maxwidth: 'wide' }, 400]
	])('%j → %d', (over, status) => {
		expect(oembed({ ...req, ...over }).status).toBe(status);
	});
});
