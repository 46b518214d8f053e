/**
 * The export URL's parameters: the page's filters plus width, height, scale, theme and text.
 * An export is an API call, so a bad parameter is an error (400) naming it, not a notice.
 */
import { parseFilters, refusal } from '../../data/filters.ts';
import type { Filters } from '../../data/query.ts';
import { isThemeName, type ThemeName } from '../../charts/theme.ts';

export const EXPORT_FORMATS = ['svg', 'png', 'csv', 'json'] as const;

/**
 * How an SVG carries its words: `text`, as text (searchable, accessible; its layout leaves
 * room for a fallback font), or `outline`, every glyph a path (the same in any tool).
 */
export const TEXT_MODES = ['text', 'outline'] as const;
export type TextMode = (typeof TEXT_MODES)[number];

export interface ExportParams {
	readonly filters: Filters;
	readonly width: number;
	readonly height: number;
	/**
	 * Without a `height` in the URL, how tall the figure may grow so that a chart that would
	 * otherwise fold content away (the timeline's rows) shows all of it: the tallest image the
	 * limits allow at this width and scale. With a `height`, that height.
	 */
	readonly growTo: number;
	readonly scale: number;
	readonly theme: ThemeName;
	readonly text: TextMode;
}

/**
 * maxPixels bounds a side; maxMegapixels the whole image, since a PNG's memory and time grow
 * with its area (4 bytes a pixel while drawing): 4000x4000 at scale 1 is the largest.
 */
export const LIMITS = { minSide: 200, maxSide: 4000, maxScale: 4, maxPixels: 8000, maxMegapixels: 16 } as const;

export type ParamsResult = { ok: true; params: ExportParams } | { ok: false; param: string; message: string };

function whole(raw: string | null, name: string, fallback: number): number | string {
	if (raw === null) return fallback;
	const n = Number(raw);
	if (raw.trim() === '' || !Number.isInteger(n) || n < LIMITS.minSide || n > LIMITS.maxSide) {
		return `${name}=${raw} is out of range: a whole number of pixels from ${LIMITS.minSide} to ${LIMITS.maxSide}`;
	}
	return n;
}

export function parseExportParams(
	q: URLSearchParams,
	series: readonly string[],
	crsSectors: readonly string[] = []
): ParamsResult {
	const { filters, notices } = parseFilters(q, {
		series,
		crsSectors,
		alsoAllowed: ['width', 'height', 'scale', 'theme', 'text']
	});
	const refused = refusal(notices);
	if (refused) return { ok: false, ...refused };
	const width = whole(q.get('width'), 'width', 1200);
	if (typeof width === 'string') return { ok: false, param: 'width', message: width };
	const height = whole(q.get('height'), 'height', 675);
	if (typeof height === 'string') return { ok: false, param: 'height', message: height };
	const rawScale = q.get('scale');
	const scale = rawScale === null ? 1 : Number(rawScale);
	if (
		rawScale !== null &&
		(rawScale.trim() === '' || !Number.isFinite(scale) || scale < 0.5 || scale > LIMITS.maxScale)
	) {
		return {
			ok: false,
			param: 'scale',
			message: `scale=${rawScale} is out of range: a number from 0.5 to ${LIMITS.maxScale}`
		};
	}
	if (Math.max(width, height) * scale > LIMITS.maxPixels) {
		return {
			ok: false,
			param: 'scale',
			message: `scale=${rawScale} makes the image larger than ${LIMITS.maxPixels} px a side`
		};
	}
	const megapixels = (width * scale * height * scale) / 1e6;
	// Sides are at most 4000 px, so only a scale above 1 can pass the area.
	if (megapixels > LIMITS.maxMegapixels) {
		return {
			ok: false,
			param: 'scale',
			message: `scale=${rawScale} makes the image ${megapixels.toFixed(1)} megapixels; the most is ${LIMITS.maxMegapixels} (width × height × scale²)`
		};
	}
	const theme = q.get('theme') ?? 'light';
	if (!isThemeName(theme))
		return { ok: false, param: 'theme', message: `theme=${theme} is not valid: use light or dark` };
	const growTo =
		q.get('height') === null
			? Math.max(
					height,
					Math.min(
						LIMITS.maxSide,
						Math.floor(LIMITS.maxPixels / scale),
						Math.floor((LIMITS.maxMegapixels * 1e6) / (width * scale * scale))
					)
				)
			: height;
	const text = q.get('text') ?? 'text';
	// An own-property test, not `in`: `constructor` and other prototype names are not modes.
	if (!(TEXT_MODES as readonly string[]).includes(text)) {
		return { ok: false, param: 'text', message: `text=${text} is not valid: use ${TEXT_MODES.join(' or ')}` };
	}
	return { ok: true, params: { filters, width, height, growTo, scale, theme, text: text as TextMode } };
}
