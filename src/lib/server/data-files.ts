/**
 * Reading `data/` from disk, for the command-line tools and the build check. The app itself
 * bundles the same files through Vite (see dataset.ts), so a built server needs no data folder.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { buildDataset } from '../data/build.ts';
import type { DataFile, Dataset } from '../data/types.ts';

export const DATA_EXTENSIONS = /\.(ya?ml|txt|md)$/;
/** Published tables, read by their mappings rather than as text documents. */
export const TABLE_EXTENSIONS = /\.(csv|csv\.gz)$/;

/** A data file's text; a gzipped table is read decompressed, which is what its evidence offsets count. */
export function readDataText(full: string): string {
	return full.endsWith('.gz') ? gunzipSync(readFileSync(full)).toString('utf8') : readFileSync(full, 'utf8');
}

export function readDataFiles(dir: string): DataFile[] {
	const out: DataFile[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (DATA_EXTENSIONS.test(entry.name) || TABLE_EXTENSIONS.test(entry.name)) {
				out.push({ path: relative(dir, full).split(sep).join('/'), text: readDataText(full) });
			}
		}
	};
	walk(dir);
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** A short content hash of every input file, path and text, in path order. */
export function datasetVersion(files: readonly DataFile[]): string {
	const h = createHash('sha256');
	for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		h.update(f.path).update('\0').update(f.text).update('\0');
	}
	return h.digest('hex').slice(0, 12);
}

export function loadDatasetFromDir(dir: string): Dataset {
	const files = readDataFiles(dir);
	return buildDataset(files, { version: datasetVersion(files) });
}
