/**
 * Colours and type for the site and every chart, light and dark, in one place. Nothing else
 * names a colour: layers carry class names (`ll-text`, `ll-grid-line`, `ll-c-sector-oil`) and
 * this module turns the theme into the rules behind them, two ways:
 * - `siteCss()`: the page's stylesheet (/theme.css), custom properties for both themes (chosen
 *   by `data-theme` on an ancestor, or by `prefers-color-scheme` where none is chosen), and the
 *   class rules reading them. A chart on a page follows the site's theme without being redrawn.
 * - `figureCss(name)`: the same class rules with the values of one theme written out, for the
 *   `<style>` inside an exported figure. Custom properties are not used there: librsvg and resvg
 *   ignore `var()`, and a file must look the same in every tool.
 *
 * Every pair the theme defines meets WCAG AA (4.5:1 for text, 3:1 for marks; see
 * tests/unit/theme-contrast.test.ts).
 */
import { hsl, rgb } from 'd3';
import {
	CREDITOR_COLOURS,
	FLOW_CLASS_COLOURS,
	KIND_COLOURS,
	LENDING_COLOUR,
	PALETTE,
	SECTOR_COLOURS,
	SERIES_ENCODING,
	seriesEncoding
} from '../data/encoding.ts';
import type { EventKind, Sector } from '../data/types.ts';
import type { Creditor, FlowClass } from '../data/tables/types.ts';
import type { TimelineLaneId } from '../data/views/timeline.ts';

export const FONT_FAMILY = "'Source Sans 3', 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif";

export interface ChartTheme {
	readonly name: 'light' | 'dark';
	/** Behind a chart, a table, a menu (the site's surface). */
	readonly background: string;
	/** Behind the page itself. */
	readonly page: string;
	readonly text: string;
	readonly muted: string;
	/** Lines between marks and areas: gridlines, lane bands. Decorative, so no contrast asked. */
	readonly grid: string;
	/** Axis lines and ticks, and the edges of controls (3:1). */
	readonly axis: string;
	readonly focus: string;
	readonly link: string;
	/** Filled buttons; `onAccent` is the text on them. */
	readonly accent: string;
	readonly onAccent: string;
	/** Rules between parts of a page (decorative). */
	readonly rule: string;
	/** Countries with no figure on the map. */
	readonly noFigure: string;
	/** A quoted passage highlighted in its source text. */
	readonly highlight: string;
	readonly noticeBackground: string;
	readonly noticeBorder: string;
	/** Source documents by kind: news reports and reference works. */
	readonly news: string;
	readonly reference: string;
}

export const LIGHT: ChartTheme = {
	name: 'light',
	background: '#ffffff',
	page: '#f6f6f4',
	text: '#1a1a1a',
	muted: '#595959',
	grid: '#e3e3e3',
	axis: '#767676',
	focus: '#1a56db',
	link: '#1a56db',
	accent: '#1f4e79',
	onAccent: '#ffffff',
	rule: '#d9d9d6',
	noFigure: '#e4e4e4',
	highlight: '#fff3b0',
	noticeBackground: '#fff8e1',
	noticeBorder: '#b8860b',
	news: '#b8420f',
	reference: '#00695c'
};

export const DARK: ChartTheme = {
	name: 'dark',
	background: '#16181d',
	page: '#0f1115',
	text: '#f1f1f1',
	muted: '#b4b4b4',
	grid: '#33363d',
	axis: '#8a8d93',
	focus: '#8fb3ff',
	link: '#8fb3ff',
	accent: '#8fb3ff',
	onAccent: '#0f1115',
	rule: '#33363d',
	noFigure: '#3a3d44',
	highlight: '#5c4b00',
	noticeBackground: '#2a2410',
	noticeBorder: '#d4a72c',
	news: '#ff9b6b',
	reference: '#5fd3c2'
};

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
	const lum = (c: string) => {
		const { r, g, b: bl } = rgb(c);
		const f = (v: number) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * A category colour made readable as text on the theme's background (4.5:1): unchanged on
 * white, where the palette already meets it; lightened on the dark background.
 */
export function readableOn(colour: string, theme: ChartTheme): string {
	if (contrast(colour, theme.background) >= 4.5) return colour;
	const c = hsl(colour);
	const step = theme.name === 'dark' ? 0.04 : -0.04;
	for (let i = 0; i < 25 && contrast(c.formatHex(), theme.background) < 4.5; i++)
		c.l = Math.max(0, Math.min(1, c.l + step));
	return c.formatHex();
}

export const THEMES = { light: LIGHT, dark: DARK } as const;
export type ThemeName = keyof typeof THEMES;

/**
 * The theme a URL names, if it names one. An own-key test, not `name in THEMES`: every
 * object has `constructor`, `toString` and `__proto__`, and those are not themes.
 */
export function isThemeName(name: string): name is ThemeName {
	return Object.hasOwn(THEMES, name);
}

/* ---------- Category colours as classes ---------- */

/** The timeline's sanctions lane (its name and overview marks; its items take their sector's colour). */
const SANCTIONS_COLOUR = '#1a1a1a';

/**
 * Every category that has a colour, by the class stem that carries it. Keyed by id: a series
 * listed in encoding.ts by its own id; a series not listed yet by the palette slot its id
 * picks (seriesEncoding), so it too keeps one colour everywhere without a rule of its own.
 */
export function categoryColours(): ReadonlyMap<string, string> {
	const m = new Map<string, string>();
	for (const [id, e] of Object.entries(SERIES_ENCODING)) m.set(`series-${cssIdent(id)}`, e.colour);
	PALETTE.forEach((c, i) => m.set(`palette-${i}`, c));
	for (const [id, c] of Object.entries(SECTOR_COLOURS)) m.set(`sector-${id}`, c);
	for (const [id, c] of Object.entries(KIND_COLOURS)) m.set(`kind-${id}`, c);
	for (const [id, c] of Object.entries(FLOW_CLASS_COLOURS)) m.set(`flow-${id}`, c);
	for (const [id, c] of Object.entries(CREDITOR_COLOURS)) m.set(`creditor-${id}`, c);
	m.set('lane-lending', LENDING_COLOUR);
	m.set('lane-sanctions', SANCTIONS_COLOUR);
	return m;
}

/**
 * Class of a category's fill (`ll-c-…`); add `-line` for its stroke. Ids come from data files:
 * they are made into safe CSS identifiers, never interpolated into a rule as they are.
 */
export const seriesPaint = (id: string): string => {
	if (Object.hasOwn(SERIES_ENCODING, id)) return `ll-c-series-${cssIdent(id)}`;
	return `ll-c-palette-${PALETTE.indexOf(seriesEncoding(id).colour as (typeof PALETTE)[number])}`;
};
export const sectorPaint = (sector: Sector | string): string =>
	Object.hasOwn(SECTOR_COLOURS, sector) ? `ll-c-sector-${sector}` : 'll-c-lane-sanctions';
/** AidData's flow classes and the World Bank's creditor groups, keyed by their ids. */
export const flowPaint = (flowClass: FlowClass): string => `ll-c-flow-${flowClass}`;
export const creditorPaint = (creditor: Creditor): string => `ll-c-creditor-${creditor}`;
const kindPaint = (kind: EventKind): string => `ll-c-kind-${kind}`;
export function lanePaint(lane: TimelineLaneId): string {
	return lane === 'lending' || lane === 'sanctions' ? `ll-c-lane-${lane}` : kindPaint(lane);
}

/** An id as a CSS class fragment: letters, digits, `-` and `_` kept, anything else as `_<hex>_`. */
export function cssIdent(id: string): string {
	return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `_${c.codePointAt(0)?.toString(16)}_`);
}

/* ---------- The rules ---------- */

type Token = Exclude<keyof ChartTheme, 'name'>;

/** The site's custom property for each colour of the theme. */
const PROPERTY: Readonly<Record<Token, string>> = {
	background: '--ll-surface',
	page: '--ll-bg',
	text: '--ll-text',
	muted: '--ll-muted',
	grid: '--ll-grid',
	axis: '--ll-border',
	focus: '--ll-focus',
	link: '--ll-link',
	accent: '--ll-accent',
	onAccent: '--ll-on-accent',
	rule: '--ll-rule',
	noFigure: '--ll-no-figure',
	highlight: '--ll-mark',
	noticeBackground: '--ll-notice-bg',
	noticeBorder: '--ll-notice-border',
	news: '--ll-news',
	reference: '--ll-reference'
};

/**
 * The classes layers draw with: each sets one SVG paint property from one colour of the theme.
 * `ll-on-mark` is text drawn on a category-coloured mark (a bar's value inside the bar).
 */
const ROLES: readonly [cls: string, prop: 'fill' | 'stroke', token: Token][] = [
	['ll-bg', 'fill', 'background'],
	['ll-bg-line', 'stroke', 'background'],
	['ll-on-mark', 'fill', 'background'],
	['ll-text', 'fill', 'text'],
	['ll-text-line', 'stroke', 'text'],
	['ll-muted', 'fill', 'muted'],
	['ll-muted-line', 'stroke', 'muted'],
	['ll-grid', 'fill', 'grid'],
	['ll-grid-line', 'stroke', 'grid'],
	['ll-axis-line', 'stroke', 'axis'],
	['ll-focus', 'fill', 'focus'],
	['ll-focus-line', 'stroke', 'focus'],
	['ll-no-figure', 'fill', 'noFigure']
];

/** Every class a layer may use, with the colour it gives in `theme`: what figureCss writes and the contrast test reads. */
export function themeRules(
	theme: ChartTheme
): { cls: string; prop: 'fill' | 'stroke'; value: string; property: string }[] {
	const rules = ROLES.map(([cls, prop, token]) => ({ cls, prop, value: theme[token], property: PROPERTY[token] }));
	// A category's colour serves marks and text alike: the palette's own on the light background
	// (every entry has 4.5:1 on white), lightened to 4.5:1 on the dark one, so a label in the
	// category's colour reads, and a label in the background's colour reads on the category.
	for (const [stem, colour] of categoryColours()) {
		const value = readableOn(colour, theme);
		rules.push({ cls: `ll-c-${stem}`, prop: 'fill', value, property: `--ll-c-${stem}` });
		rules.push({ cls: `ll-c-${stem}-line`, prop: 'stroke', value, property: `--ll-c-${stem}` });
	}
	return rules;
}

function properties(theme: ChartTheme): string {
	const vars = new Map<string, string>();
	for (const [token, property] of Object.entries(PROPERTY) as [Token, string][]) vars.set(property, theme[token]);
	for (const r of themeRules(theme)) vars.set(r.property, r.value);
	return `${[...vars].map(([k, v]) => `${k}:${v}`).join(';')};color-scheme:${theme.name}`;
}

/**
 * The site's theme stylesheet. Light unless dark is chosen: by `data-theme="dark"` on an
 * ancestor (the site's switch on <html>, an embed's `theme=dark`), or by the reader's colour
 * scheme where nothing is chosen (`data-theme="auto"`, or no choice at all on <html>).
 */
export function siteCss(): string {
	const classes = themeRules(LIGHT)
		.map((r) => `.${r.cls}{${r.prop}:var(${r.property})}`)
		.join('\n');
	return [
		`:root,[data-theme='light'],[data-theme='auto']{${properties(LIGHT)}}`,
		`[data-theme='dark']{${properties(DARK)}}`,
		`@media (prefers-color-scheme: dark){:root:not([data-theme='light']),[data-theme='auto']{${properties(DARK)}}}`,
		classes,
		''
	].join('\n');
}

const figureCssOf = new Map<ThemeName, string>();

/** The class rules with one theme's values written out, for a standalone figure's `<style>`. */
export function figureCss(name: ThemeName): string {
	let css = figureCssOf.get(name);
	if (css === undefined) {
		css = themeRules(THEMES[name])
			.map((r) => `.${r.cls}{${r.prop}:${r.value}}`)
			.join('');
		figureCssOf.set(name, css);
	}
	return css;
}
