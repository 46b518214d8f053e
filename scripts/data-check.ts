/**
 * npm run data:check [-- --json] [-- --dir path/to/data]
 * Validates data/ and prints a summary, or every problem found and exits 1.
 */
import { DatasetError, formatProblem } from '../src/lib/data/errors.ts';
import { summarize } from '../src/lib/data/summary.ts';
import { loadDatasetFromDir } from '../src/lib/server/data-files.ts';

// Piping into head closes stdout early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));

const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const dir = dirIndex >= 0 ? (args[dirIndex + 1] ?? 'data') : 'data';
const json = args.includes('--json');

try {
	const ds = loadDatasetFromDir(dir);
	const s = summarize(ds);
	if (json) {
		console.log(JSON.stringify({ version: ds.version, ...s }, null, 2));
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
	console.log(`\nClaims that report the same quantity with different figures (${s.disagreements.length})`);
	for (const d of s.disagreements) {
		console.log(`  ${d.borrower}, ${d.measure}:`);
		for (const c of d.claims) {
			console.log(`    ${c.amount.padEnd(16)} ${c.series} (${c.period})${c.superseded ? ', superseded' : ''}  [${c.id}]`);
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
