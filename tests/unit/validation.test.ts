/**
 * One case per validation rule: a small valid dataset (tests/fixtures/minimal) with one
 * deliberate fault, and the problem it must produce, naming file, line, record and field.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data/build.ts';
import { DatasetError, formatProblem, type DataProblem } from '../../src/lib/data/errors.ts';
import type { DataFile } from '../../src/lib/data/types.ts';
import { readDataFiles } from '../../src/lib/server/data-files.ts';

const FIXTURE = 'tests/fixtures/minimal';
const base = readDataFiles(FIXTURE);

function edit(files: DataFile[], path: string, from: string | RegExp, to: string): DataFile[] {
	const f = files.find((x) => x.path === path);
	if (!f) throw new Error(`fixture has no ${path}`);
	const text = f.text.replace(from, to);
	if (text === f.text) throw new Error(`"${from}" not found in ${path}: the case would test nothing`);
	return files.map((x) => (x === f ? { path, text } : x));
}

function problemsOf(files: DataFile[]): DataProblem[] {
	try {
		buildDataset(files, { version: 'test' });
	} catch (e) {
		if (e instanceof DatasetError) return [...e.problems];
		throw e;
	}
	return [];
}

interface Case {
	rule: string;
	file: string;
	from: string | RegExp;
	to: string;
	expect: Partial<Omit<DataProblem, 'message'>> & { message: RegExp };
}

const cases: Case[] = [
	// Schema: required fields, types, enums, unknown fields
	{
		rule: 'a required field is missing',
		file: 'records/events.yaml',
		from: '  kind: media\n',
		to: '',
		expect: { file: 'records/events.yaml', record: 'paper-report', field: 'kind', line: 1, message: /is required/ }
	},
	{
		rule: 'a field has the wrong type',
		file: 'records/loans.yaml',
		from: 'loan_count: 17',
		to: 'loan_count: seventeen',
		expect: {
			file: 'records/loans.yaml',
			record: 'db-ven',
			field: 'loan_count',
			line: 21,
			message: /must be a number, not "seventeen"/
		}
	},
	{
		rule: 'an enum has an unknown value',
		file: 'records/events.yaml',
		from: 'kind: media',
		to: 'kind: gossip',
		expect: {
			record: 'paper-report',
			field: 'kind',
			line: 3,
			message: /must be one of political, diplomatic.*got "gossip"/
		}
	},
	{
		rule: 'an unknown field (a typo) is refused',
		file: 'records/sanctions.yaml',
		from: 'instrument:',
		to: 'instrumnet:',
		expect: { record: 'eo-13692', field: 'instrumnet', line: 6, message: /unknown field "instrumnet"/ }
	},
	{
		rule: 'an id has the wrong form',
		file: 'records/entities.yaml',
		from: 'id: ministry',
		to: 'id: The Ministry',
		expect: { record: 'The Ministry', field: 'id', message: /lower-case words joined by hyphens/ }
	},
	{
		rule: 'a record file is not a list',
		file: 'records/eras.yaml',
		from: /[\s\S]+/,
		to: 'id: crisis\nlabel: The crisis\n',
		expect: { file: 'records/eras.yaml', message: /must be a YAML list/ }
	},
	{
		rule: 'evidence is empty',
		file: 'records/eras.yaml',
		from: /evidence:[\s\S]*$/,
		to: 'evidence: []\n',
		expect: { record: 'crisis', field: 'evidence', message: /at least one piece of evidence/ }
	},
	// YAML syntax
	{
		rule: 'a YAML syntax error names file, line and column',
		file: 'records/events.yaml',
		from: 'title: The ministry closes',
		to: 'title: The ministry: closes',
		expect: {
			file: 'records/events.yaml',
			line: 16,
			column: 10,
			message: /YAML syntax error: Nested mappings are not allowed/
		}
	},
	{
		rule: 'a duplicate key in a record',
		file: 'records/events.yaml',
		from: '  kind: political\n',
		to: '  kind: political\n  kind: media\n',
		expect: { file: 'records/events.yaml', message: /YAML syntax error: Map keys must be unique/ }
	},
	// Unique ids
	{
		rule: 'ids are unique across record files',
		file: 'records/events.yaml',
		from: 'id: bridge-closed',
		to: 'id: eo-13692',
		expect: {
			file: 'records/events.yaml',
			record: 'eo-13692',
			field: 'id',
			message: /duplicate id "eo-13692": already used by a sanction at records\/sanctions.yaml:1/
		}
	},
	{
		rule: 'document ids are unique',
		file: 'documents/index.yaml',
		from: 'id: ref',
		to: 'id: news',
		expect: { file: 'documents/index.yaml', record: 'news', field: 'id', message: /duplicate document id/ }
	},
	// References resolve
	{
		rule: 'evidence names an unknown document',
		file: 'records/sanctions.yaml',
		from: 'document: ref',
		to: 'document: reff',
		expect: { record: 'eo-13692', field: 'evidence.0.document', line: 10, message: /unknown document "reff"/ }
	},
	{
		rule: 'an actor is not a known entity',
		file: 'records/events.yaml',
		from: 'actors: [ministry]',
		to: 'actors: [minstry]',
		expect: { record: 'bridge-closed', field: 'actors.0', message: /unknown entity "minstry"/ }
	},
	{
		rule: 'a reference points at the wrong kind of record',
		file: 'records/sanctions.yaml',
		from: 'issuer: us-president',
		to: 'issuer: paper-report',
		expect: { record: 'eo-13692', field: 'issuer', message: /"paper-report" is a event, not an entity/ }
	},
	{
		rule: 'a related claim does not exist',
		file: 'records/loans.yaml',
		from: 'record: db-ven',
		to: 'record: db-bra',
		expect: { record: 'paper-ven', field: 'related.0.record', message: /unknown loan claim "db-bra"/ }
	},
	{
		rule: 'a series does not exist',
		file: 'records/loans.yaml',
		from: 'series: db\n',
		to: 'series: dbx\n',
		expect: { record: 'db-ven', field: 'series', message: /unknown series "dbx"/ }
	},
	{
		rule: 'an unknown country code',
		file: 'records/events.yaml',
		from: 'places: [VEN]',
		to: 'places: [VNZ]',
		expect: { record: 'bridge-closed', field: 'places.0', message: /"VNZ" is not an ISO 3166-1 alpha-3 country code/ }
	},
	{
		rule: 'an unknown country code among the subjects',
		file: 'records/events.yaml',
		from: 'places: [VEN]',
		to: 'places: [VEN]\n  subjects: [XXX]',
		expect: { record: 'bridge-closed', field: 'subjects.0', message: /"XXX" is not an ISO 3166-1 alpha-3 country code/ }
	},
	{
		rule: 'a subject repeats a place',
		file: 'records/events.yaml',
		from: 'places: [VEN]',
		to: 'places: [VEN]\n  subjects: [COL, VEN]',
		expect: { record: 'bridge-closed', field: 'subjects.1', message: /"VEN" is already one of the places/ }
	},
	{
		rule: 'an executive order names an authority',
		file: 'records/sanctions.yaml',
		from: '  target_country: VEN',
		to: '  authority: not stated\n  target_country: VEN',
		expect: { record: 'eo-13692', field: 'authority', message: /only a designation is made under other orders/ }
	},
	{
		rule: 'a designation leaves its authority out',
		file: 'records/sanctions.yaml',
		from: 'action: executive-order',
		to: 'action: designation',
		expect: {
			record: 'eo-13692',
			field: 'authority',
			message: /a designation needs the orders it was made under, or "not stated"/
		}
	},
	{
		rule: 'a series covers something unknown',
		file: 'records/series.yaml',
		from: /( {2}dollars: \w+)/,
		to: '$1\n  covers: bonds',
		expect: {
			file: 'records/series.yaml',
			field: 'covers',
			message: /must be one of loans, official-finance, unspecified/
		}
	},
	{
		rule: 'a country written as a name',
		file: 'records/loans.yaml',
		from: 'borrower: VEN\n  amount: $62.2',
		to: 'borrower: Venezuela\n  amount: $62.2',
		expect: { record: 'db-ven', field: 'borrower', message: /three capital letters/ }
	},
	{
		rule: 'a borrower must be a country or a region, not both',
		file: 'records/loans.yaml',
		from: 'borrower: VEN\n  amount: $62.2',
		to: 'borrower: VEN\n  borrower_region: lac\n  amount: $62.2',
		expect: { record: 'db-ven', field: 'borrower', message: /exactly one of borrower/ }
	},
	{
		rule: 'a borrower region must be a region entity',
		file: 'records/loans.yaml',
		from: 'borrower: VEN\n  amount: $62.2',
		to: 'borrower_region: ministry\n  amount: $62.2',
		expect: { record: 'db-ven', field: 'borrower_region', message: /not an entity of type region/ }
	},
	// Documents
	{
		rule: 'a catalogued document file is missing',
		file: 'documents/index.yaml',
		from: 'file: news.txt',
		to: 'file: missing.txt',
		expect: {
			file: 'documents/index.yaml',
			record: 'news',
			field: 'file',
			message: /"documents\/missing.txt" does not exist/
		}
	},
	{
		rule: 'a news document needs a publication date',
		file: 'documents/index.yaml',
		from: '  published: 2019-04-17\n',
		to: '',
		expect: { record: 'news', field: 'published', message: /is required/ }
	},
	{
		rule: 'a document address must be http or https',
		file: 'documents/index.yaml',
		from: 'url: https://example.org/news',
		to: 'url: javascript:alert(1)',
		expect: { file: 'documents/index.yaml', record: 'news', field: 'url', message: /must be an http or https address/ }
	},
	{
		rule: 'a catalogue field disagrees with the front matter',
		file: 'documents/index.yaml',
		from: 'file: ref.md',
		to: 'file: ref.md\n  kind: news',
		expect: { record: 'ref', field: 'kind', message: /disagrees with the front matter/ }
	},
	{
		rule: 'front matter with an unknown field',
		file: 'documents/ref.md',
		from: 'language: en',
		to: 'language: en\nauthor: someone',
		expect: { file: 'documents/ref.md', record: 'ref', line: 7, message: /front matter: unknown field "author"/ }
	},
	{
		rule: 'a document in the folder is not catalogued',
		file: 'documents/index.yaml',
		from: /- id: ref\n {2}file: ref.md\n/,
		to: '',
		expect: { file: 'documents/ref.md', message: /not listed in documents\/index.yaml/ }
	},
	// Quotes
	{
		rule: 'a quote does not occur in its document',
		file: 'records/loans.yaml',
		from: 'China lent $62 billion',
		to: 'China lent $64 billion',
		expect: {
			file: 'records/loans.yaml',
			record: 'paper-ven',
			field: 'evidence.0.quote',
			line: 12,
			message: /quote does not occur in document "news"/
		}
	},
	// Amounts
	{
		rule: 'an amount in another currency',
		file: 'records/loans.yaml',
		from: 'amount: $62.2 billion',
		to: 'amount: €62.2 billion',
		expect: { record: 'db-ven', field: 'amount', message: /not in US dollars/ }
	},
	{
		rule: 'an amount that is not positive',
		file: 'records/loans.yaml',
		from: 'amount: $62.2 billion',
		to: 'amount: $0',
		expect: { record: 'db-ven', field: 'amount', message: /not a positive amount/ }
	},
	// Dates
	{
		rule: 'an impossible date',
		file: 'records/events.yaml',
		from: 'date: 2019-02-22',
		to: 'date: 2019-02-30',
		expect: { record: 'bridge-closed', field: 'date', line: 18, message: /"2019-02-30" is not a real calendar day/ }
	},
	{
		rule: 'a range out of order',
		file: 'records/loans.yaml',
		from: 'period: 2005/2017',
		to: 'period: 2017/2005',
		expect: { record: 'db-ven', field: 'period', message: /ends before it starts/ }
	},
	{
		rule: 'a loan without any period',
		file: 'records/loans.yaml',
		from: '  period_as_reported: over the past decade\n',
		to: '',
		expect: { record: 'paper-ven', field: 'period', message: /period_as_reported/ }
	},
	{
		rule: "the record's date lies outside what its evidence supports",
		file: 'records/events.yaml',
		from: 'date: 2019-02-22',
		to: 'date: 2019-03-22',
		expect: {
			record: 'bridge-closed',
			field: 'evidence.0.date',
			message: /2019-03-22 does not lie within what this evidence supports \(2019-02-01\/2019-02-28\)/
		}
	},
	{
		rule: 'an event dated after the news report that reports it',
		file: 'records/events.yaml',
		from: /date: 2019-04-15\n/,
		to: 'date: 2019-04-18\n',
		expect: {
			record: 'paper-report',
			field: 'evidence.0',
			message: /dated 18 Apr 2019, after "news" that reports it was published \(17 Apr 2019\)/
		}
	},
	{
		rule: 'an era that ends before it starts',
		file: 'records/eras.yaml',
		from: 'start: 2019-01',
		to: 'start: 2019-01\n  end: 2018',
		expect: { record: 'crisis', field: 'end', message: /before the era's start/ }
	}
];

describe('validation rules', () => {
	it('the fixture itself is valid', () => {
		expect(problemsOf(base)).toEqual([]);
	});

	it.each(cases)('$rule', (c) => {
		const problems = problemsOf(edit(base, c.file, c.from, c.to));
		const { message, ...fields } = c.expect;
		const match = problems.find(
			(p) => message.test(p.message) && Object.entries(fields).every(([k, v]) => p[k as keyof DataProblem] === v)
		);
		expect(
			match,
			`expected a problem like ${JSON.stringify({ ...fields, message: String(message) })}; got:\n${problems.map(formatProblem).join('\n')}`
		).toBeDefined();
	});

	it('reports every problem in one run, not just the first', () => {
		let files = edit(base, 'records/events.yaml', 'date: 2019-02-22', 'date: 2019-02-30');
		files = edit(files, 'records/loans.yaml', 'amount: $62.2 billion', 'amount: €62.2 billion');
		files = edit(files, 'records/sanctions.yaml', 'document: ref', 'document: reff');
		const problems = problemsOf(files);
		expect(problems.map((p) => p.record).sort()).toEqual(['bridge-closed', 'db-ven', 'eo-13692']);
	});

	it('a missing record file is named', () => {
		const problems = problemsOf(base.filter((f) => f.path !== 'records/eras.yaml'));
		expect(problems).toContainEqual({ file: 'records/eras.yaml', message: 'file is missing' });
	});

	it('formats a problem as file:line (record, field): message', () => {
		expect(
			formatProblem({ file: 'records/events.yaml', line: 17, record: 'bridge-closed', field: 'date', message: 'bad' })
		).toBe('records/events.yaml:17 (record bridge-closed, field date): bad');
	});
});
