/**
 * Colours and type for every chart, on screen and in exports. Colours are given as
 * attribute values (not CSS classes) so a serialised SVG carries them. Every colour here
 * has at least 4.5:1 contrast on white (#ffffff) and 3:1 on the dark background.
 */
import { hsl, rgb } from 'd3';

export const FONT_FAMILY = "'Source Sans 3', 'Source Sans Pro', 'Helvetica Neue', Arial, sans-serif";

export interface ChartTheme {
	readonly name: 'light' | 'dark';
	readonly background: string;
	readonly text: string;
	readonly muted: string;
	readonly grid: string;
	readonly axis: string;
	readonly focus: string;
}

export const LIGHT: ChartTheme = {
	name: 'light',
	background: '#ffffff',
	text: '#1a1a1a',
	muted: '#595959',
	grid: '#e3e3e3',
	axis: '#767676',
	focus: '#1a56db'
};

export const DARK: ChartTheme = {
	name: 'dark',
	background: '#16181d',
	text: '#f1f1f1',
	muted: '#b4b4b4',
	grid: '#33363d',
	axis: '#8a8d93',
	focus: '#8fb3ff'
};

// Category colours are the data's, keyed by id, so one series or sector looks the same everywhere.
export { KIND_COLOURS, PALETTE, SECTOR_COLOURS } from '../data/encoding.ts';

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
	for (let i = 0; i < 25 && contrast(c.formatHex(), theme.background) < 4.5; i++) c.l = Math.max(0, Math.min(1, c.l + step));
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
