/**
 * npm run extract:eval [-- --data dir] [-- --json] [-- --with-references]
 *
 * Runs extraction on every document that curated records cite, each read alone — with the
 * curated entities, but no other document to borrow dates or context from, as a new
 * document is read — and prints precision and recall per record type against the curated
 * records, with the curated records it missed.
 * --with-references: an extra view, letting the other catalogued documents pin the dates a
 * document gives loosely (a candidate then also matches on its record's date).
 */
import { DatasetError, formatProblem } from '../src/lib/data/errors.ts';
import { fail, parseArgs } from '../src/lib/extract/cli.ts';
import { loadContext } from '../src/lib/extract/document.ts';
import { evaluateAll, formatScores, total } from '../src/lib/extract/evaluate.ts';
import { loadDatasetFromDir, readDataFiles } from '../src/lib/server/data-files.ts';

const args = parseArgs(process.argv.slice(2));
// --alone, the flag of the earlier alone view, is what every run does now.
const unknown = [...args.flags].filter((f) => !['json', 'with-references', 'alone'].includes(f));
if (unknown.length || args.positional.length) fail('extract:eval', 'usage: npm run extract:eval [-- --data dir] [--json] [--with-references]', 2);
try {
	const dataset = loadDatasetFromDir(args.data);
	const withReferences = args.flags.has('with-references');
	const scores = evaluateAll(dataset, loadContext(readDataFiles(args.data)), { withReferences });
	if (args.flags.has('json')) {
		const documents = scores.map((s) => ({ document: s.document.id, scores: s.scores }));
		console.log(JSON.stringify({ reading: withReferences ? 'with-references' : 'alone', documents, total: total(scores) }, null, 2));
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
	if (e instanceof DatasetError) fail('extract:eval', `${args.data}/ is invalid: ${e.problems.map(formatProblem).join('; ')}`);
	throw e;
}
