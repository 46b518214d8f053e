/**
 * The app's dataset: the files of `data/` bundled by Vite (so the built server is
 * self-contained and dev reloads when a record changes), built and validated once.
 */
import { gunzipSync } from 'node:zlib';
import { buildDataset } from '../data/build.ts';
import type { DataFile, Dataset } from '../data/types.ts';
import { datasetVersion } from './data-files.ts';

const raw = import.meta.glob('/data/**/*.{yaml,yml,txt,md,csv}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

// A gzipped table is bundled as it is stored (base64, a third of its text's size; see
// gzipBase64 in vite-plugin.ts) and decompressed once, when the dataset is first built.
const gzipped = import.meta.glob('/data/**/*.csv.gz', {
	query: '?base64',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cached: Dataset | undefined;

export function getDataset(): Dataset {
	if (!cached) {
		const files: DataFile[] = [
			...Object.entries(raw).map(([path, text]) => ({ path: path.replace(/^\/data\//, ''), text })),
			...Object.entries(gzipped).map(([path, base64]) => ({
				path: path.replace(/^\/data\//, ''),
				text: gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')
			}))
		];
		cached = buildDataset(files, { version: datasetVersion(files) });
	}
	return cached;
}
