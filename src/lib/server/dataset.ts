/**
 * The app's dataset: the files of `data/` bundled by Vite (so the built server is
 * self-contained and dev reloads when a record changes), built and validated once.
 */
import { buildDataset } from '../data/build.ts';
import type { DataFile, Dataset } from '../data/types.ts';
import { datasetVersion } from './data-files.ts';

const raw = import.meta.glob('/data/**/*.{yaml,yml,txt,md}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cached: Dataset | undefined;

export function getDataset(): Dataset {
	if (!cached) {
		const files: DataFile[] = Object.entries(raw).map(([path, text]) => ({
			path: path.replace(/^\/data\//, ''),
			text
		}));
		cached = buildDataset(files, { version: datasetVersion(files) });
	}
	return cached;
}
