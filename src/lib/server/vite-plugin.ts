/**
 * An invalid dataset stops `vite build` with every problem listed, before anything is bundled.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { DatasetError, formatProblem } from '../data/errors.ts';
import { loadDatasetFromDir } from './data-files.ts';

export function validateDataset(dir = 'data'): Plugin {
	return {
		name: 'lending-lens:validate-dataset',
		apply: 'build',
		buildStart() {
			try {
				loadDatasetFromDir(dir);
			} catch (e) {
				if (e instanceof DatasetError) {
					this.error(
						`${dir}/ is invalid (${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}):\n${e.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`
					);
				}
				throw e;
			}
		}
	};
}

/**
 * `import x from './table.csv.gz?base64'`: the gzipped file as base64 text, so the built
 * server carries a table at its stored size and decompresses it once when it starts.
 */
export function gzipBase64(): Plugin {
	return {
		name: 'lending-lens:gzip-base64',
		enforce: 'pre',
		load(id) {
			const [file, query] = id.split('?');
			if (!file?.endsWith('.gz') || query !== 'base64') return null;
			this.addWatchFile(file);
			return `export default ${JSON.stringify(readFileSync(file).toString('base64'))};`;
		}
	};
}
