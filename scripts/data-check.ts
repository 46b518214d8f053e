/**
 * npm run data:check [-- --json] [-- --dir path/to/data]
 * Validates data/ and prints a summary, or every problem found and exits 1.
 */
import { DatasetError, formatProblem } from '../src/lib/data/errors.ts';
import { summarize } from '../src/lib/data/summary.ts';
import { loadDatasetFromDir } from '../src/lib/server/data-files.ts';
import type { Dataset } from '../src/lib/data/types.ts';

function tableSummary(ds: Dataset) {
	return ds.datasets.map((d) => ({ id: d.id, file: d.file, rows: d.rows, licence: d.licence.id, release: d.release }));
}

// Piping into head closes stdout early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));

const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const dir = dirIndex >= 0 ? (args[dirIndex + 1] ?? 'data') : 'data';
const json = args.includes('--json');

try {
	const ds = loadDatasetFromDir(dir);
	const s = summarize(ds);
	const t = ds.tables;
	if (json) {
		console.log(
			JSON.stringify(
				{ version: ds.version, ...s, tables: tableSummary(ds), unread: t.unread, checks: t.checks },
				null,
				2
			)
		);
		process.exit(0);
	}
	const table = (rows: [string, string | number][]) => {
		const w = Math.max(...rows.map(([k]) => k.length));
		for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
	};
	console.log(`Dataset ${ds.version} in ${dir}/ is valid.\n`);
	console.log('Records');
	table(Object.entries(s.counts));
	console.log('\nRecords citing each document');
	table(
		Object.entries(s.byDocument).map(([doc, c]) => [
			doc,
			Object.entries(c)
				.map(([t, n]) => `${n} ${t}${n === 1 ? '' : 's'}`)
				.join(', ') || 'none'
		])
	);
	console.log('\nDates by precision (events, sanctions, eras, loan periods)');
	table(Object.entries(s.byPrecision));
	console.log('\nPublished tables (rows read, records)');
	table(tableSummary(ds).map((x) => [x.id, `${x.rows} rows, ${x.licence}`]));
	console.log(`\nCross-checks (${t.checks.length})`);
	for (const c of t.checks) console.log(`  ${c}`);
	// Rows the mappings could not read, or read in part: counted by reason, a few listed.
	const groups = new Map<string, (typeof t.unread)[number][]>();
	for (const u of t.unread) {
		const k = `${u.file}, column ${u.column}: ${u.reason} (${u.effect === 'skipped' ? 'row left out' : 'row kept without it'})`;
		groups.set(k, [...(groups.get(k) ?? []), u]);
	}
	console.log(`\nRows not read in full (${t.unread.length}; all of them with --json)`);
	for (const [k, rows] of groups) {
		const shown = rows
			.slice(0, 5)
			.map((u) => `row ${u.row} (${u.key})`)
			.join('; ');
		console.log(`  ${rows.length} × ${k}\n      ${shown}${rows.length > 5 ? `; and ${rows.length - 5} more` : ''}`);
	}
	console.log(`\nClaims that report the same quantity with different figures (${s.disagreements.length})`);
	for (const d of s.disagreements) {
		console.log(`  ${d.borrower}, ${d.measure}:`);
		for (const c of d.claims) {
			console.log(
				`    ${c.amount.padEnd(16)} ${c.series} (${c.period})${c.superseded ? ', superseded' : ''}  [${c.id}]`
			);
		}
	}
	console.log(`\nEntities no record uses (${s.unusedEntities.length})`);
	for (const id of s.unusedEntities) console.log(`  ${id}`);
} catch (e) {
	if (e instanceof DatasetError) {
		console.error(`${dir}/ has ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}:`);
		for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
		process.exit(1);
	}
	const message = e instanceof Error ? e.message : String(e);
	console.error(`Could not read ${dir}/: ${message}`);
	process.exit(2);
}
