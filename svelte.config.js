import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The one inline script of the page template (it sets the reader's theme before the first
// paint) is allowed by its hash, taken from the template itself so the two cannot drift apart.
const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const templateScripts = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	(m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`
);

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
				'script-src': ['self', ...templateScripts],
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
