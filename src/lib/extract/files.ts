/**
 * Writing several files as one change: every new text goes to a temporary file beside its
 * target first, and only when all are written are they renamed over the targets (a rename
 * is atomic), so a failure part-way leaves the old files as they were.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeAll(files: readonly { path: string; text: string }[]): void {
	const temps: { temp: string; path: string }[] = [];
	try {
		for (const f of files) {
			mkdirSync(dirname(f.path), { recursive: true });
			const temp = `${f.path}.${process.pid}.tmp`;
			writeFileSync(temp, f.text, { flag: 'wx' });
			temps.push({ temp, path: f.path });
		}
	} catch (e) {
		for (const t of temps) rmSync(t.temp, { force: true });
		throw e;
	}
	for (const t of temps) renameSync(t.temp, t.path);
}
