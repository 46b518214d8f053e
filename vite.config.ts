import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { gzipBase64, validateDataset } from './src/lib/server/vite-plugin.ts';

export default defineConfig({
	plugins: [validateDataset('data'), gzipBase64(), sveltekit()],
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				// Charts rendered on the server (svelte/server), compared with SVG snapshots.
				extends: true,
				test: {
					name: 'ssr',
					environment: 'node',
					include: ['tests/ssr/**/*.test.ts']
				}
			}
		]
	}
});
