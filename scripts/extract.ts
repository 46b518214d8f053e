/**
 * npm run extract -- data/documents/<file> [--data dir] [--force]
 *
 * Proposes candidate records from a catalogued document and writes them for review to
 * data/review/<document-id>.yaml. Curated records are never touched. An existing review
 * file (which may hold review decisions) is kept unless --force is given. Bad input — no
 * file, a binary file, no publication date, text in another language — stops with one line
 * naming the file and the problem, exit 1, and nothing written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fail, parseArgs } from '../src/lib/extract/cli.ts';
import { ExtractInputError, prepareDocument } from '../src/lib/extract/document.ts';
import { extract } from '../src/lib/extract/extract.ts';
import { writeAll } from '../src/lib/extract/files.ts';
import { reviewPath, reviewYaml } from '../src/lib/extract/review.ts';

const args = parseArgs(process.argv.slice(2));
const file = args.positional[0];
if (!file || args.positional.length > 1) fail('extract', 'usage: npm run extract -- data/documents/<file> [--data dir] [--force]', 2);

try {
	const { document, context } = prepareDocument(args.data, file);
	const out = join(args.data, reviewPath(document.id));
	if (existsSync(out) && !args.flags.has('force')) {
		fail('extract', `${out} already exists and may hold review decisions; finish that review, or pass --force to replace it`);
	}
	const x = extract(document, context);
	writeAll([{ path: out, text: reviewYaml(x, `documents/${document.file}`) }]);
	const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
	console.log(`Candidates from ${file} (${document.id}, ${document.kind === 'news' ? 'published' : 'compiled'} ${document.date.spec}):`);
	console.log(`  ${count(x.loans.length, 'loan claim')}, ${count(x.sanctions.length, 'sanction')}, ${count(x.events.length, 'event')}`);
	console.log(`  ${count(x.entities.length, 'new entity', 'new entities')}, ${count(x.series.length, 'new series', 'new series')}; ${count(x.known.length, 'curated entity', 'curated entities')} named`);
	console.log(`Written to ${out}. Set each review.status to accept or reject, then:`);
	console.log(`  npm run extract:accept -- ${out}`);
} catch (e) {
	if (e instanceof ExtractInputError) fail('extract', e.message);
	throw e;
}
