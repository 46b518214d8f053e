import { hostScript } from '$lib/embed/host.ts';
import { isResizeMessage } from '$lib/embed/protocol.ts';
import type { RequestHandler } from './$types';

/** The host-page script that sizes Lending Lens iframes and fills placeholders. */
export const GET: RequestHandler = ({ url }) =>
	new Response(hostScript(url.origin, isResizeMessage), {
		headers: {
			'content-type': 'text/javascript; charset=utf-8',
			'cache-control': 'public, max-age=3600',
			'access-control-allow-origin': '*'
		}
	});
