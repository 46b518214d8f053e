/**
 * Reading `data/` from disk, for the command-line tools and the build check. The app itself
 * bundles the same files through Vite (see dataset.ts), so a built server needs no data folder.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { buildDataset } from '../data/build.ts';
import { DatasetError, type DataProblem } from '../data/errors.ts';
import type { DataFile, Dataset } from '../data/types.ts';

export const DATA_EXTENSIONS = /\.(ya?ml|txt|md)$/;
/** Published tables, read by their mappings rather than as text documents. */
export const TABLE_EXTENSIONS = /\.(csv|csv\.gz)$/;

/**
 * The byte offset at which `bytes` stops being UTF-8, or -1 when all of it is. A streaming
 * decoder accepts a prefix exactly when it holds no invalid sequence, so the first offset
 * is found by bisection.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
	if (isUtf8(bytes)) return -1;
	const validPrefix = (n: number) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	let lo = 0;
	let hi = bytes.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (validPrefix(mid)) lo = mid;
		else hi = mid - 1;
	}
	// bytes[lo] is the first byte the decoder cannot accept.
	if (lo < bytes.length) return lo;
	// Every byte was accepted but the last character is unfinished: point at its first byte.
	let i = bytes.length - 1;
	while (i > 0 && ((bytes[i] ?? 0) & 0xc0) === 0x80) i--;
	return i;
}

/**
 * The files of `dir`; a file that is not UTF-8 is a problem naming it and its first bad byte.
 * `tables: false` leaves out the published tables (read by the app, not by extraction), so a
 * reader that needs only documents and records does not decompress and hold them.
 */
export function readDataFiles(dir: string, options: { tables?: boolean } = {}): DataFile[] {
	const tables = options.tables ?? true;
	const out: DataFile[] = [];
	const problems: DataProblem[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (DATA_EXTENSIONS.test(entry.name) || (tables && TABLE_EXTENSIONS.test(entry.name))) {
				const path = relative(dir, full).split(sep).join('/');
				// A gzipped table is read decompressed, which is what its evidence offsets count.
				const bytes = full.endsWith('.gz') ? gunzipSync(readFileSync(full)) : readFileSync(full);
				const bad = invalidUtf8Offset(bytes);
				if (bad >= 0) {
					const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
					const hex = bytes[bad]?.toString(16).toUpperCase().padStart(2, '0');
					problems.push({
						file: path,
						line,
						message: `is not valid UTF-8: byte ${bad} (0x${hex}) cannot start or continue a character; save the file as UTF-8`
					});
				} else {
					out.push({ path, text: bytes.toString('utf8') });
				}
			}
		}
	};
	walk(dir);
	if (problems.length) throw new DatasetError(problems);
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
