import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Only embed routes may be framed by other sites; every other page sends
		// frame-ancestors 'self' (set in hooks.server.ts, where routes are known).
		csp: { mode: 'auto' }
	}
};

export default config;
