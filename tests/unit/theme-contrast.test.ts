/**
 * Every colour pair the theme defines meets WCAG AA in both themes: 4.5:1 for text, 3:1 for
 * marks and the edges of controls. The pairs are read from the theme itself (its class rules
 * and its colours), so a colour added without a pair to check fails here, not in a reader's eyes.
 */
import { describe, expect, it } from 'vitest';
import {
	categoryColours,
	contrast,
	cssIdent,
	DARK,
	figureCss,
	LIGHT,
	seriesPaint,
	siteCss,
	themeRules,
	type ChartTheme
} from '../../src/lib/charts/theme.ts';
import { PALETTE, SECTOR_COLOURS } from '../../src/lib/data/encoding.ts';

const TEXT = 4.5;
const MARK = 3;

const themes: [string, ChartTheme][] = [
	['light', LIGHT],
	['dark', DARK]
];

const value = (t: ChartTheme, cls: string) => {
	const r = themeRules(t).find((x) => x.cls === cls);
	if (!r) throw new Error(`no rule for .${cls}`);
	return r.value;
};

describe.each(themes)('the %s theme', (_, t) => {
	// [what, foreground, background, ratio]
	const pairs: [string, string, string, number][] = [
		['text on the surface', t.text, t.background, TEXT],
		['text on the page', t.text, t.page, TEXT],
		['muted text on the surface', t.muted, t.background, TEXT],
		['muted text on the page', t.muted, t.page, TEXT],
		['links on the surface', t.link, t.background, TEXT],
		['links on the page', t.link, t.page, TEXT],
		['text on a highlighted quote', t.text, t.highlight, TEXT],
		['text on a notice', t.text, t.noticeBackground, TEXT],
		['muted text on a notice', t.muted, t.noticeBackground, TEXT],
		['text on a filled button', t.onAccent, t.accent, TEXT],
		['axis lines and control edges on the surface', t.axis, t.background, MARK],
		['the focus ring on the surface', t.focus, t.background, MARK],
		['the focus ring on the page', t.focus, t.page, MARK],
		['a notice edge on the notice', t.noticeBorder, t.noticeBackground, MARK],
		['news edges on the surface', t.news, t.background, MARK],
		['reference edges on the surface', t.reference, t.background, MARK]
	];
	it.each(pairs)('%s', (_, fg, bg, ratio) => {
		expect(contrast(fg, bg)).toBeGreaterThanOrEqual(ratio);
	});

	const cats = themeRules(t).filter((r) => r.cls.startsWith('ll-c-') && r.prop === 'fill');
	it('has a rule for every category colour', () => {
		expect(cats.length).toBe(categoryColours().size);
	});
	// Category colours mark bars and symbols and also colour lane names (text), so 4.5:1.
	it.each(cats.map((r) => [r.cls, r.value]))('%s reads on the chart background as text and mark', (_, colour) => {
		expect(contrast(colour, t.background)).toBeGreaterThanOrEqual(TEXT);
	});
	it.each(cats.map((r) => [r.cls, r.value]))('a value label reads on a %s bar', (_, colour) => {
		expect(contrast(value(t, 'll-on-mark'), colour)).toBeGreaterThanOrEqual(TEXT);
	});
	it.each(['ll-text', 'll-muted'])('chart text .%s reads on the chart background', (cls) => {
		expect(contrast(value(t, cls), value(t, 'll-bg'))).toBeGreaterThanOrEqual(TEXT);
	});
	it('keeps the sectors apart from one another', () => {
		const sectors = Object.keys(SECTOR_COLOURS).map((s) => value(t, `ll-c-sector-${s}`));
		expect(new Set(sectors).size).toBe(sectors.length);
	});
});

describe('the theme as CSS', () => {
	it('gives the page both themes, chosen by data-theme or the colour scheme, and classes that read them', () => {
		const css = siteCss();
		expect(css).toContain(`[data-theme='dark']{`);
		expect(css).toContain('@media (prefers-color-scheme: dark){');
		expect(css).toContain('.ll-text{fill:var(--ll-text)}');
		expect(css).toContain(`--ll-surface:${DARK.background}`);
		expect(css).toContain(`--ll-surface:${LIGHT.background}`);
	});

	it.each(themes)(
		'writes the %s values out for a figure, with no custom properties (librsvg and resvg ignore var())',
		(name, t) => {
			const css = figureCss(name as 'light' | 'dark');
			expect(css).not.toContain('var(');
			expect(css).toContain(`.ll-bg{fill:${t.background}}`);
			expect(css).toContain(`.ll-on-mark{fill:${t.background}}`);
		}
	);

	it.each([
		['aiddata-3', 'aiddata-3'],
		['a b', 'a_20_b'],
		['x}{y', 'x_7d__7b_y'],
		['</style>', '_3c__2f_style_3e_']
	])('makes the id %j a safe class fragment', (id, expected) => {
		expect(cssIdent(id)).toBe(expected);
	});

	it('gives a listed series its own class and one not listed yet its palette slot', () => {
		expect(seriesPaint('aiddata-3')).toBe('ll-c-series-aiddata-3');
		expect(seriesPaint('a-new-series')).toMatch(/^ll-c-palette-\d$/);
		expect(Number(seriesPaint('a-new-series').slice('ll-c-palette-'.length))).toBeLessThan(PALETTE.length);
	});
});
