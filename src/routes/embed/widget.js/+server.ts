import { widgetScript } from '$lib/embed/widget.ts';
import type { RequestHandler } from './$types';

const script = widgetScript();

/** The only script an embed page loads. */
export const GET: RequestHandler = () =>
	new Response(script, {
		headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
