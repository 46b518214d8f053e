/**
 * npm run extract:eval [-- --data dir] [-- --json] [-- --with-references]
 * npm run extract:eval -- --corpus <dir> [--data dir] [--json]
 *
 * --corpus: scores a folder of documents with gold files instead (see corpus.ts): recall and
 * precision per record type, the misses, the false candidates and the distractors taken, and
 * the precision of candidates above and below confidence 0.5.
 *
 * Runs extraction on every document that curated records cite, each read alone — with the
 * curated entities, but no other document to borrow dates or context from, as a new
 * document is read — and prints precision and recall per record type against the curated
 * records, with the curated records it missed.
 * --with-references: an extra view, letting the other catalogued documents pin the dates a
 * document gives loosely (a candidate then also matches on its record's date).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetError, formatProblem } from '../src/lib/data/errors.ts';
import { fail, parseArgs } from '../src/lib/extract/cli.ts';
import {
	calibration,
	CorpusError,
	corpusTotal,
	evaluateCorpus,
	formatCorpusScores,
	type CorpusFile
} from '../src/lib/extract/corpus.ts';
import { loadContext } from '../src/lib/extract/document.ts';
import { evaluateAll, formatScores, total } from '../src/lib/extract/evaluate.ts';
import { loadDatasetFromDir, readDataFiles } from '../src/lib/server/data-files.ts';

const argv = process.argv.slice(2);
const corpusAt = argv.indexOf('--corpus');
const corpus = corpusAt >= 0 ? argv[corpusAt + 1] : undefined;
if (corpusAt >= 0 && (!corpus || corpus.startsWith('--')))
	fail('extract:eval', '--corpus needs a folder: npm run extract:eval -- --corpus tests/corpus', 2);
const args = parseArgs(corpusAt >= 0 ? argv.filter((_, i) => i !== corpusAt && i !== corpusAt + 1) : argv);
// --alone, the flag of the earlier alone view, is what every run does now.
const unknown = [...args.flags].filter((f) => !['json', 'with-references', 'alone'].includes(f));
if (unknown.length || args.positional.length)
	fail('extract:eval', 'usage: npm run extract:eval [-- --data dir] [--json] [--with-references] [--corpus dir]', 2);
if (corpus) {
	let files: CorpusFile[];
	try {
		const names = readdirSync(corpus)
			.filter((n) => /\.(?:md|txt)$/.test(n) && n !== 'README.md')
			.sort();
		files = names.map((name) => {
			const gold = join(corpus, name.replace(/\.(?:md|txt)$/, '.gold.yaml'));
			let goldText: string;
			try {
				goldText = readFileSync(gold, 'utf8');
			} catch {
				fail('extract:eval', `${join(corpus, name)}: has no gold file ${gold}`);
			}
			return { name, text: readFileSync(join(corpus, name), 'utf8'), gold: goldText };
		});
	} catch (e) {
		fail('extract:eval', `${corpus}: cannot be read (${(e as Error).message})`);
	}
	if (!files.length) fail('extract:eval', `${corpus}: holds no .md or .txt documents`);
	try {
		const scores = evaluateCorpus(files, loadContext(readDataFiles(args.data, { tables: false })));
		const all = corpusTotal(scores);
		if (args.flags.has('json')) {
			console.log(
				JSON.stringify(
					{
						corpus,
						documents: scores.map((s) => ({ document: s.document.file, scores: s.scores })),
						total: all,
						calibration: all.map((s) => ({ type: s.type, ...calibration(s) }))
					},
					null,
					2
				)
			);
			process.exit(0);
		}
		console.log(`Extraction measured on ${corpus}/ (${files.length} documents, each read alone against its gold file)`);
		console.log(
			'(loans match on borrower and exact US-dollar amount; sanctions on date and a named target; events on overlapping quotes and the date at the gold precision)\n'
		);
		for (const s of scores) console.log(`${formatCorpusScores(s.document.file, s.scores)}\n`);
		console.log(formatCorpusScores('All documents', all, false));
		console.log('\nConfidence: precision of candidates at or above 0.5, and below it');
		for (const s of all) {
			const c = calibration(s);
			const p = (x: { n: number; precision: number | null }) =>
				x.precision === null ? `— (0)` : `${x.precision.toFixed(2)} (${x.n})`;
			console.log(`  ${s.type.padEnd(10)} ≥0.5: ${p(c.above).padEnd(12)} <0.5: ${p(c.below)}`);
		}
	} catch (e) {
		if (e instanceof CorpusError) fail('extract:eval', e.message);
		throw e;
	}
	process.exit(0);
}
try {
	const dataset = loadDatasetFromDir(args.data);
	const withReferences = args.flags.has('with-references');
	const scores = evaluateAll(dataset, loadContext(readDataFiles(args.data, { tables: false })), { withReferences });
	if (args.flags.has('json')) {
		const documents = scores.map((s) => ({ document: s.document.id, scores: s.scores }));
		console.log(
			JSON.stringify(
				{ reading: withReferences ? 'with-references' : 'alone', documents, total: total(scores) },
				null,
				2
			)
		);
		process.exit(0);
	}
	const reading = withReferences
		? 'EXTRA VIEW, not the headline figure: each document read WITH the other catalogued documents pinning its dates'
		: 'each document read alone, its dates resolved against its own publication date';
	console.log(`Extraction measured against the curated records of ${args.data}/: ${reading}`);
	console.log(
		`(loans match on borrower and exact amount; events on overlapping quotes and the date the curated quote supports${withReferences ? ' or the record’s date' : ''}; sanctions on that date and instrument or targets; entities on id, among those named in the curated quotes of the document)\n`
	);
	for (const s of scores) console.log(`${formatScores(`${s.document.id} (${s.document.file})`, s.scores)}\n`);
	console.log(formatScores('All documents', total(scores), false));
} catch (e) {
	if (e instanceof DatasetError)
		fail('extract:eval', `${args.data}/ is invalid: ${e.problems.map(formatProblem).join('; ')}`);
	throw e;
}
