import { siteCss } from '$lib/charts/theme.ts';
import type { RequestHandler } from './$types';

/**
 * The site's colours, light and dark, as custom properties, and the classes chart layers draw
 * with (src/lib/charts/theme.ts). Made from the same table as an exported figure's `<style>`,
 * so a page and a file cannot disagree. A linked stylesheet, not an inline one: the CSP allows
 * style elements only from this origin.
 */
const css = siteCss();

export const GET: RequestHandler = () =>
	new Response(css, {
		headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
