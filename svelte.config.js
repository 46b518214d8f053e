import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Only embed routes may be framed by other sites; every other page sends
		// frame-ancestors 'self' (set in hooks.server.ts, where routes are known).
		// Hashes rather than nonces: a page is the same for every reader, so it can be kept
		// and answered again (a nonce would be reused). Inline style attributes stay allowed
		// (charts position and colour marks with them); style elements and scripts do not.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'manifest-src': ['self'],
				'form-action': ['self'],
				'base-uri': ['none'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
