/**
 * An invalid dataset stops `vite build` with every problem listed, before anything is bundled.
 */
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
					this.error(`${dir}/ is invalid (${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}):\n${e.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
				}
				throw e;
			}
		}
	};
}
