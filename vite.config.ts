import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { gzipBase64, validateDataset } from './src/lib/server/vite-plugin.ts';

export default defineConfig({
	plugins: [validateDataset('data'), gzipBase64(), sveltekit()],
	test: {
		// Some tests run the command-line tools in a child process (tsx compiles them first):
		// on a busy machine that takes longer than the default five seconds.
		testTimeout: 60_000,
		// The test files share no state through modules (nothing is mocked or patched), so
		// each worker loads the dataset and the libraries once instead of once per file.
		isolate: false,
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
