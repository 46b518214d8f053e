import { describe, expect, it } from 'vitest';
import { contrast, DARK, LIGHT, readableOn } from '../../src/lib/charts/theme.ts';
import { SECTOR_COLOURS } from '../../src/lib/data/encoding.ts';
import { NO_FILTERS } from '../../src/lib/data/query.ts';
import { escapeXml } from '../../src/lib/export/escape.ts';
import { textWidth } from '../../src/lib/charts/common/text.ts';
import { figureMetadata, layoutFigure, wrap } from '../../src/lib/export/figure.ts';
import { exportFilename } from '../../src/lib/export/filename.ts';
import { embeddedFontCss } from '../../src/lib/server/export/fonts.ts';
import { readTextChunks, svgToPng } from '../../src/lib/server/export/png.ts';

describe('escapeXml', () => {
	it.each([
		['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['A & B "quoted" \'single\'', 'A &amp; B &quot;quoted&quot; &apos;single&apos;'],
		['bell\u0007 and tab\t', 'bell and tab\t'],
		['“curly” – dash', '“curly” – dash']
	])('%s', (input, out) => expect(escapeXml(input)).toBe(out));
});

describe('exportFilename', () => {
	it.each([
		[NO_FILTERS, 'lending-lens_lending-by-country_all_2026-11-26.png'],
		[{ ...NO_FILTERS, countries: ['BRA', 'VEN'] }, 'lending-lens_lending-by-country_BRA-VEN_2026-11-26.png'],
		[
			{ ...NO_FILTERS, sectors: ['oil' as const], from: '2019-01-01' },
			'lending-lens_lending-by-country_oil-2019-01-01-to-end_2026-11-26.png'
		],
		[{ ...NO_FILTERS, source: 'clfd-2018' }, 'lending-lens_lending-by-country_clfd-2018_2026-11-26.png']
	])('%j', (f, name) => expect(exportFilename('lending-by-country', f, '2026-11-26', 'png')).toBe(name));
});

describe('figure', () => {
	const text = {
		title: 'Title <b>bold</b>',
		subtitle: 'All records',
		legend: [{ label: 'News report', colour: '#1f4e79' }],
		sourceLine: 'Sources: A; B',
		credit: 'Lending Lens',
		permalink: 'http://127.0.0.1/?country=VEN&x=<1>',
		date: '2026-11-26'
	};
	const provenance = {
		permalink: text.permalink,
		datasetVersion: 'abc123',
		documents: [{ id: 'd1', title: 'Doc & co', url: null }]
	};

	it('wraps text to the width', () => {
		expect(wrap('one two three four five six', 70, 14)).toEqual(['one two', 'three four', 'five six']);
		expect(wrap('short', 600, 14)).toEqual(['short']);
	});

	it('lays the chart out between header and footer', () => {
		const l = layoutFigure(1200, 675, text);
		expect(l.chart.x).toBe(l.pad);
		expect(l.chart.width).toBe(1200 - 2 * l.pad);
		expect(l.chart.y).toBeGreaterThan(60);
		expect(l.chart.y + l.chart.height).toBeLessThan(675 - 30);
	});

	it('wraps a footer too long for the width at its spaces, every line inside the figure', () => {
		const long = { ...text, permalink: 'http://127.0.0.1/charts/sanctions-over-time?sector=government-debt,oil' };
		const l = layoutFigure(600, 500, long);
		expect(l.footerLines.length).toBeGreaterThan(1);
		expect(l.footerLines.join(' ')).toBe(`Lending Lens · ${long.permalink} · 26 Nov 2026`);
		for (const line of l.footerLines) expect(textWidth(line, l.size.source)).toBeLessThanOrEqual(600 - 2 * l.pad);
	});

	it('writes the provenance as RDF, every value escaped', () => {
		const xml = figureMetadata(provenance, text);
		expect(xml).toContain('<dc:title>Title &lt;b&gt;bold&lt;/b&gt;</dc:title>');
		expect(xml).not.toContain('<b>');
		expect(xml).toContain('<dc:source>Doc &amp; co [d1]</dc:source>');
		expect(xml).toContain('<ll:datasetVersion>abc123</ll:datasetVersion>');
		expect(xml).toContain('rdf:about="http://127.0.0.1/?country=VEN&amp;x=&lt;1&gt;"');
		// The day in words on the figure, as ISO 8601 in its metadata.
		expect(xml).toContain('<dc:date>2026-11-26</dc:date>');
		expect(layoutFigure(800, 500, text).footerLines).toEqual([
			'Lending Lens · http://127.0.0.1/?country=VEN&x=<1> · 26 Nov 2026'
		]);
	});
});

describe('fonts and PNG', () => {
	it('embeds the fonts as subset WOFF2 data', { timeout: 60_000 }, async () => {
		const css = await embeddedFontCss('Venezuela $62 billion');
		expect(css.match(/@font-face/g)).toHaveLength(3);
		expect(css).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{100,}\) format\('woff2'\)/);
		expect(css.length).toBeLessThan(120_000);
	});

	it('renders text with the bundled font and carries tEXt provenance', () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/><text x="10" y="40" font-size="30" font-family="'Source Sans 3'" fill="#000">Lens</text></svg>`;
		const blank = svgToPng(svg.replace('>Lens<', '><'), 1, {});
		const png = svgToPng(svg, 2, { Title: 'Chart', Permalink: 'http://x/?a=1', Comment: 'naïve “quote”' });
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(400); // IHDR width at scale 2
		expect(png.readUInt32BE(20)).toBe(120);
		expect(png.length).toBeGreaterThan(blank.length + 200); // the glyphs are there
		expect(readTextChunks(png)).toEqual({ Title: 'Chart', Permalink: 'http://x/?a=1', Comment: 'naïve ?quote?' });
	});
});

describe('readable category colours', () => {
	it.each(Object.entries(SECTOR_COLOURS))('%s text is readable on both themes', (_, colour) => {
		expect(readableOn(colour, LIGHT)).toBe(colour);
		expect(contrast(readableOn(colour, LIGHT), LIGHT.background)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(readableOn(colour, DARK), DARK.background)).toBeGreaterThanOrEqual(4.5);
	});
	it('measures contrast as WCAG does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
});
