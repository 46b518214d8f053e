/**
 * npm run extract:eval [-- --data dir] [-- --json] [-- --alone]
 *
 * Runs extraction on every document that curated records cite and prints precision and
 * recall per record type against those records, with the curated records it missed.
 * --alone: each document without the others, which can otherwise pin dates it gives loosely.
 */
import { DatasetError, formatProblem } from '../src/lib/data/errors.ts';
import { fail, parseArgs } from '../src/lib/extract/cli.ts';
import { loadContext } from '../src/lib/extract/document.ts';
import { evaluateDocument, evaluatedDocuments, formatScores, total } from '../src/lib/extract/evaluate.ts';
import { extract } from '../src/lib/extract/extract.ts';
import { loadDatasetFromDir, readDataFiles } from '../src/lib/server/data-files.ts';

const args = parseArgs(process.argv.slice(2));
try {
	const dataset = loadDatasetFromDir(args.data);
	const context = loadContext(readDataFiles(args.data));
	const alone = args.flags.has('alone');
	const scores = evaluatedDocuments(dataset).map((d) => evaluateDocument(dataset, extract(d, alone ? { ...context, documents: [d] } : context)));
	if (args.flags.has('json')) {
		console.log(JSON.stringify({ documents: scores.map((s) => ({ document: s.document.id, scores: s.scores })), total: total(scores) }, null, 2));
		process.exit(0);
	}
	console.log(`Extraction measured against the curated records of ${args.data}/${alone ? ', each document read alone' : ''}`);
	console.log('(loans match on borrower and exact amount; events on date and overlapping quotes; sanctions on date and instrument or targets; entities on id, among those named in the curated quotes of the document)\n');
	for (const s of scores) console.log(`${formatScores(`${s.document.id} (${s.document.file})`, s.scores)}\n`);
	console.log(formatScores('All documents', total(scores), false));
} catch (e) {
	if (e instanceof DatasetError) fail('extract:eval', `${args.data}/ is invalid: ${e.problems.map(formatProblem).join('; ')}`);
	throw e;
}
