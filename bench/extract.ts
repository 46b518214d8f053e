/**
 * npm run bench:extract [-- megabytes] — extraction from a large English document, timed,
 * with the process's peak memory and the candidates found, in two shapes:
 *   repeated  the development corpus (tests/corpus) pasted over and over, verbatim: each
 *             passage should yield its candidates once;
 *   varied    the same paragraphs with their numbers changed from copy to copy, so no
 *             paragraph repeats and every one is read.
 * Each shape runs in a child process of its own so the peak memory is that run's.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDate } from '../src/lib/data/dates.ts';
import type { SourceDocument } from '../src/lib/data/types.ts';
import { loadContext } from '../src/lib/extract/document.ts';
import { extract } from '../src/lib/extract/extract.ts';
import { readDataFiles } from '../src/lib/server/data-files.ts';

const megabytes = Number(process.argv[2] ?? 2);
const shape = process.argv[3];

function corpus(varied: boolean): string {
	const dir = 'tests/corpus';
	const bodies = readdirSync(dir)
		.filter((n) => n.endsWith('.md') && n !== 'README.md')
		.map((n) =>
			readFileSync(join(dir, n), 'utf8')
				.replace(/^---[\s\S]*?---\n/, '')
				.trim()
		);
	const parts: string[] = [];
	let size = 0;
	for (let copy = 0; size < megabytes * 1024 * 1024; copy++) {
		for (const b of bodies) {
			// Varied: every number moves by the copy's index, so no paragraph is seen twice.
			const text = varied ? b.replace(/\b(\d+)\b/g, (m) => String(Number(m) + copy)) : b;
			parts.push(text);
			size += text.length + 2;
		}
	}
	return parts.join('\n\n');
}

if (shape) {
	const text = corpus(shape === 'varied');
	const date = parseDate('2022-04-13');
	if (!date.ok) throw new Error(date.error);
	const document: SourceDocument = {
		id: 'bench',
		file: 'bench.md',
		title: 'Bench',
		kind: 'news',
		publisher: 'Bench',
		date: date.value,
		url: null,
		language: 'en',
		sources: [],
		text
	};
	const context = loadContext(readDataFiles('data', { tables: false }));
	const started = performance.now();
	const x = extract(document, { ...context, documents: [document] });
	const seconds = (performance.now() - started) / 1000;
	const peak = process.resourceUsage().maxRSS / 1024;
	console.log(
		`${shape.padEnd(9)} ${(text.length / 1024 / 1024).toFixed(2)} MB  ${seconds.toFixed(1).padStart(6)} s  peak ${peak.toFixed(0).padStart(5)} MB  ${x.loans.length} loans, ${x.sanctions.length} sanctions, ${x.events.length} events`
	);
} else {
	console.log(`Extraction from a ${megabytes} MB English document (one process per shape):`);
	for (const s of ['repeated', 'varied']) {
		const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1] as string, String(megabytes), s], {
			stdio: 'inherit'
		});
		if (r.status !== 0) process.exit(r.status ?? 1);
	}
}
