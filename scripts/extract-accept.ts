/**
 * npm run extract:accept -- data/review/<document-id>.yaml [--data dir]
 *
 * Appends the candidates a reviewer set to `review.status: accept` to data/records/*.yaml,
 * after validating the whole dataset as it would be. On any problem — an id already in use,
 * a status that is not pending/accept/reject, a record that does not validate — it prints
 * every problem (file, line, record, field) and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { formatProblem } from '../src/lib/data/errors.ts';
import { fail, parseArgs } from '../src/lib/extract/cli.ts';
import { writeAll } from '../src/lib/extract/files.ts';
import { planAccept, REVIEW_DIR } from '../src/lib/extract/review.ts';
import { readDataFiles } from '../src/lib/server/data-files.ts';

const args = parseArgs(process.argv.slice(2));
const file = args.positional[0];
if (!file || args.positional.length > 1)
	fail('extract:accept', 'usage: npm run extract:accept -- data/review/<document-id>.yaml [--data dir]', 2);

const rel = relative(resolve(args.data), resolve(file)).split('\\').join('/');
if (rel.startsWith('..') || isAbsolute(rel) || !rel.startsWith(`${REVIEW_DIR}/`)) {
	fail('extract:accept', `${file}: is not a review file in ${args.data}/${REVIEW_DIR}/`);
}
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch (e) {
	fail(
		'extract:accept',
		`${file}: cannot be read (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message})`
	);
}
let files;
try {
	files = readDataFiles(args.data);
} catch (e) {
	fail('extract:accept', `${args.data}: cannot be read (${(e as Error).message})`);
}
const result = planAccept(rel, text, files);
if (!result.ok) {
	const n = result.problems.length;
	console.error(
		`extract:accept: nothing changed; ${n} problem${n === 1 ? '' : 's'} (lines of records/ files are those of the files with the accepted records appended):`
	);
	for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
	process.exit(1);
}
const { changes, accepted } = result.plan;
if (!accepted.length) {
	console.log(`No candidate in ${file} has review.status: accept; nothing changed.`);
	process.exit(0);
}
writeAll(changes.map((c) => ({ path: join(args.data, c.path), text: c.text })));
console.log(`Appended ${accepted.length} record${accepted.length === 1 ? '' : 's'}; the dataset validates:`);
for (const c of changes) {
	const ids = accepted.filter((a) => join('records', `${a.section}.yaml`) === c.path).map((a) => a.id);
	console.log(`  ${join(args.data, c.path)}: ${ids.join(', ')}`);
}
