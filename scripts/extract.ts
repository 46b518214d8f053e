/**
 * npm run extract -- <file or folder>... [--catalogue] [--data dir] [--force]
 *
 * Proposes candidate records from documents and writes them for review to
 * data/review/<document-id>.yaml, one progress line per document. A document's metadata
 * comes from the catalogue (data/documents/index.yaml) or, when it is not catalogued, from
 * its front matter (title, kind, publisher, published, language, url); --catalogue appends
 * an entry for such a document in data/documents/ (never rewriting the catalogue). A folder
 * is read for its .md and .txt documents. Curated records are never touched. An existing
 * review file (which may hold review decisions) is kept unless --force is given. Bad input —
 * no file, a binary file, missing metadata (each missing field named), another language —
 * is one line naming the file and the problem; the other documents still run; exit 1.
 */
import { appendFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail, parseArgs } from '../src/lib/extract/cli.ts';
import { ExtractInputError, prepareAny } from '../src/lib/extract/document.ts';
import { extract } from '../src/lib/extract/extract.ts';
import { writeAll } from '../src/lib/extract/files.ts';
import { reviewPath, reviewYaml } from '../src/lib/extract/review.ts';

const args = parseArgs(process.argv.slice(2));
const unknown = [...args.flags].filter((f) => !['force', 'catalogue'].includes(f));
if (!args.positional.length || unknown.length)
	fail('extract', 'usage: npm run extract -- <file or folder>... [--catalogue] [--data dir] [--force]', 2);

/** The documents named: files as given, folders by their .md and .txt files (not READMEs). */
function documentsOf(paths: readonly string[]): string[] {
	return paths.flatMap((p) => {
		let dir: boolean;
		try {
			dir = statSync(p).isDirectory();
		} catch {
			return [p];
		}
		if (!dir) return [p];
		return readdirSync(p)
			.filter((n) => /\.(?:md|txt)$/i.test(n) && !/^readme\.md$/i.test(n))
			.sort()
			.map((n) => join(p, n));
	});
}

const files = documentsOf(args.positional);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
let failed = 0;
files.forEach((file, i) => {
	const at = files.length > 1 ? `[${i + 1}/${files.length}] ` : '';
	try {
		const started = Date.now();
		const prepared = prepareAny(args.data, file, { catalogue: args.flags.has('catalogue') });
		const { document, context } = prepared;
		const out = join(args.data, reviewPath(document.id));
		if (existsSync(out) && !args.flags.has('force')) {
			throw new ExtractInputError(
				file,
				`${out} already exists and may hold review decisions; finish that review, or pass --force to replace it`
			);
		}
		const big = document.text.length > 200_000;
		const x = extract(
			document,
			context,
			big ? (p) => process.stderr.write(`\r${at}${file}: ${p.stage} ${Math.round(p.done * 100)}%   `) : undefined
		);
		if (big) process.stderr.write('\n');
		writeAll([{ path: out, text: reviewYaml(x, `documents/${document.file}`) }]);
		// The entry is appended only once the candidates are written: a failure leaves the catalogue as it was.
		if (prepared.catalogueEntry) appendFileSync(prepared.catalogueEntry.path, prepared.catalogueEntry.text);
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		console.log(
			`${at}${file} (${document.id}, ${document.kind === 'news' ? 'published' : 'compiled'} ${document.date.spec}): ${count(x.loans.length, 'loan claim')}, ${count(x.sanctions.length, 'sanction')}, ${count(x.events.length, 'event')}, ${count(x.entities.length, 'new entity', 'new entities')} → ${out} (${seconds} s)`
		);
		if (prepared.catalogueEntry) console.log(`  catalogued as ${document.id} in ${prepared.catalogueEntry.path}`);
		else if (prepared.uncatalogued)
			console.log(
				`  not catalogued: metadata from its front matter; run again with --catalogue (the document in ${args.data}/documents/) before accepting candidates`
			);
	} catch (e) {
		if (!(e instanceof ExtractInputError)) throw e;
		failed++;
		console.error(`extract: ${at}${e.message}`);
	}
});
if (files.length === 1 && !failed) {
	console.log('Set each review.status to accept or reject, then: npm run extract:accept -- <review file>');
}
process.exit(failed ? 1 : 0);
