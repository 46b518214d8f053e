/** Bad input to `npm run extract`: one clear line naming the file and the problem, a non-zero exit, nothing written. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractInputError, prepareDocument } from '../../src/lib/extract/document.ts';
import { documentFromFrontMatter } from '../../src/lib/extract/front-matter.ts';
import { readDataFiles } from '../../src/lib/server/data-files.ts';

/** A copy of the minimal dataset with one more document, catalogued with `entry` (YAML lines after id/file). */
function dataWith(name: string, content: string | Buffer | null, entry: string | null): string {
	const dir = mkdtempSync(join(tmpdir(), 'll-extract-'));
	cpSync('tests/fixtures/minimal', dir, { recursive: true });
	if (content !== null) writeFileSync(join(dir, 'documents', name), content);
	if (entry !== null) appendFileSync(join(dir, 'documents/index.yaml'), `\n- id: added\n  file: ${name}\n${entry}`);
	return dir;
}

const NEWS =
	'  title: Added\n  kind: news\n  publisher: The Paper\n  published: 2019-04-17\n  url: https://example.org/added\n  language: en\n';
const ENGLISH = 'China lent $5 billion to Ecuador last week, the ministry said on Monday.\n';
const SPANISH =
	'China prestó 5.000 millones de dólares a Ecuador la semana pasada, según informó el ministerio el lunes por la noche en un comunicado oficial.\n';

function problem(dir: string, name: string): string {
	try {
		prepareDocument(dir, join(dir, 'documents', name));
	} catch (e) {
		if (e instanceof ExtractInputError) return e.message;
		throw e;
	}
	return 'no problem';
}

describe('bad input', () => {
	const cases: [what: string, name: string, content: string | Buffer | null, entry: string | null, message: RegExp][] =
		[
			[
				'a document with no publication date',
				'nodate.txt',
				ENGLISH,
				NEWS.replace(/ {2}published.*\n/, ''),
				/nodate\.txt: has no usable publication date: documents\/index\.yaml:\d+ \(record added, field published\): is required/
			],
			[
				'a publication date that is not a day',
				'month.txt',
				ENGLISH,
				NEWS.replace('2019-04-17', '2019-04'),
				/month\.txt: has no usable publication date: .*must be a day/
			],
			['a missing file', 'missing.txt', null, NEWS, /missing\.txt: no such file/],
			['a directory instead of a file', 'folder.txt', null, NEWS, /folder\.txt: is a directory, not a document/],
			[
				'a binary file',
				'binary.txt',
				Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
				NEWS,
				/binary\.txt: is a binary file, not text/
			],
			[
				'text in another encoding',
				'latin1.txt',
				Buffer.from('Caf\xe9 con leche en Bogot\xe1.', 'latin1'),
				NEWS,
				/latin1\.txt: is not UTF-8 text/
			],
			['an empty file', 'empty.txt', '  \n', NEWS, /empty\.txt: is empty/],
			[
				'text in another language, catalogued as English',
				'spanish.txt',
				SPANISH,
				NEWS,
				/spanish\.txt: reads as Spanish \("es"\), but is catalogued as English \("en"\)/
			],
			[
				'a document catalogued in another language',
				'spanish-es.txt',
				SPANISH,
				NEWS.replace('language: en', 'language: es'),
				/spanish-es\.txt: is catalogued as Spanish \("es"\); extraction reads English only/
			],
			[
				'a document not in the catalogue',
				'stray.txt',
				ENGLISH,
				null,
				/stray\.txt: is not listed in .*documents\/index\.yaml/
			],
			['a file that is not a document', 'notes.pdf', ENGLISH, NEWS, /notes\.pdf: is not a \.txt or \.md document/]
		];
	it.each(cases)('%s', (_what, name, content, entry, message) => {
		const dir = dataWith(name, content, entry);
		if (name === 'folder.txt') mkdirSync(join(dir, 'documents', name));
		expect(problem(dir, name)).toMatch(message);
		expect(existsSync(join(dir, 'review'))).toBe(false);
	});

	it('refuses a file outside the documents folder', () => {
		const dir = dataWith('x.txt', ENGLISH, NEWS);
		expect(() => prepareDocument(dir, 'README.md')).toThrow(/README\.md: is not in .*\/documents\//);
	});

	it('accepts a good document', () => {
		const dir = dataWith('good.txt', ENGLISH, NEWS);
		expect(prepareDocument(dir, join(dir, 'documents/good.txt')).document).toMatchObject({
			id: 'added',
			language: 'en',
			date: { spec: '2019-04-17' }
		});
	});

	it('reads no published table: a catalogued table that would not build does not stop extraction', () => {
		const dir = dataWith('good.txt', ENGLISH, NEWS);
		// The catalogue entry of a real table, with a file in its place that no mapping can read
		// (and a gzipped table that is not gzip): the app's load refuses both.
		const entry = readFileSync('data/documents/index.yaml', 'utf8').match(
			/\n- id: aiddata-gcdf-3-cow-iso3\n[\s\S]*?(?=\n\n)/
		)?.[0];
		if (!entry) throw new Error('the table entry the test copies is no longer in data/documents/index.yaml');
		appendFileSync(join(dir, 'documents/index.yaml'), `\n${entry}\n`);
		writeFileSync(join(dir, 'documents/aiddata-gcdf-3.0-cow-iso3.csv'), 'not,the,columns\n1,2,3\n');
		writeFileSync(join(dir, 'documents/broken.csv.gz'), 'not gzip');
		expect(() => readDataFiles(dir)).toThrow();
		expect(readDataFiles(dir, { tables: false }).map((f) => f.path)).not.toContainEqual(expect.stringMatching(/\.csv/));
		expect(prepareDocument(dir, join(dir, 'documents/good.txt')).document).toMatchObject({ id: 'added' });
	});
});

/**
 * `npm run extract -- ...args`, as one node process with tsx's loader: npx and the tsx
 * command would start two more node processes per run, most of this file's time.
 */
const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});

describe('npm run extract', () => {
	it('stops on bad input with one line, exit 1, and no review file', () => {
		const dir = dataWith('binary.txt', Buffer.from([0x00, 0x01, 0x02]), NEWS);
		const r = run(join(dir, 'documents/binary.txt'), '--data', dir);
		expect(r.status).toBe(1);
		expect(r.stderr.trim().split('\n')).toEqual([
			`extract: ${join(dir, 'documents/binary.txt')}: is a binary file, not text (it contains NUL bytes)`
		]);
		expect(existsSync(join(dir, 'review'))).toBe(false);
	}, 60_000);

	it('writes the review file, and keeps an existing one unless told to replace it', () => {
		const dir = dataWith('good.txt', ENGLISH, NEWS);
		const doc = join(dir, 'documents/good.txt');
		const first = run(doc, '--data', dir);
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toMatch(/1 loan claim, 0 sanctions, \d+ events?/);
		const out = join(dir, 'review/added.yaml');
		const text = readFileSync(out, 'utf8');
		expect(text).toMatch(/^document: added$/m);
		expect(text).toMatch(/status: pending/);
		writeFileSync(out, text.replace('status: pending', 'status: accept'));
		const again = run(doc, '--data', dir);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/review\/added\.yaml already exists and may hold review decisions/);
		expect(readFileSync(out, 'utf8')).toMatch(/status: accept/);
		expect(run(doc, '--data', dir, '--force').status).toBe(0);
		expect(readFileSync(out, 'utf8')).not.toMatch(/status: accept/);
	}, 60_000);
});

describe('documents with front matter: no hand-editing', () => {
	const FRONT =
		'---\ntitle: "Peru signs a loan"\nkind: news\npublisher: "The Paper"\npublished: 2020-05-04\nlanguage: en\nurl: https://example.org/peru\n---\n\n';
	const BODY = 'LIMA — China lent $2 billion to Peru on Monday, the finance ministry said.\n';

	it('reads title, kind, publisher, published, language and url from the front matter', () => {
		const r = documentFromFrontMatter('2020-05-04-peru.md', FRONT + BODY);
		expect(r.ok && r.document).toMatchObject({
			id: '2020-05-04-peru',
			title: 'Peru signs a loan',
			kind: 'news',
			publisher: 'The Paper',
			date: { spec: '2020-05-04' },
			language: 'en',
			url: 'https://example.org/peru'
		});
	});

	it.each([
		['no front matter at all', BODY, ['title', 'kind', 'publisher', 'published', 'language', 'url']],
		[
			'a front matter without url and published',
			FRONT.replace(/^url.*\n/m, '').replace(/^published.*\n/m, ''),
			['published', 'url']
		]
	])('names the missing fields: %s', (_what, text, missing) => {
		const r = documentFromFrontMatter('x.md', text);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.missing).toEqual(missing);
	});

	it('says which fields are missing for an uncatalogued document, exit 1, nothing written', () => {
		const dir = dataWith('bare.md', BODY, null);
		const r = run(join(dir, 'documents/bare.md'), '--data', dir);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(
			/bare\.md: is not listed in .*index\.yaml, and its front matter cannot stand for an entry: missing title, kind, publisher, published, language, url/
		);
		expect(existsSync(join(dir, 'review'))).toBe(false);
	}, 120_000);

	it('--catalogue appends the entry (the catalogue as it was, plus id and file) once the candidates are written', () => {
		const dir = dataWith('2020-05-04-peru.md', FRONT + BODY, null);
		const before = readFileSync(join(dir, 'documents/index.yaml'), 'utf8');
		const r = run(join(dir, 'documents/2020-05-04-peru.md'), '--data', dir, '--catalogue');
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/1 loan claim/);
		expect(r.stdout).toMatch(/catalogued as 2020-05-04-peru/);
		const after = readFileSync(join(dir, 'documents/index.yaml'), 'utf8');
		expect(after.startsWith(before.replace(/\n*$/, ''))).toBe(true);
		expect(after.slice(before.length)).toMatch(/- id: 2020-05-04-peru\n {2}file: 2020-05-04-peru\.md\n$/);
		expect(existsSync(join(dir, 'review/2020-05-04-peru.yaml'))).toBe(true);
		// The catalogued document validates with the dataset: a second run reads it from the catalogue.
		const again = run(join(dir, 'documents/2020-05-04-peru.md'), '--data', dir, '--force');
		expect(again.status, again.stderr).toBe(0);
		expect(again.stdout).not.toMatch(/catalogued as|not catalogued/);
	}, 240_000);

	it('extracts a folder in one run, a progress line per document', () => {
		const dir = dataWith('a.md', FRONT + BODY, null);
		const folder = mkdtempSync(join(tmpdir(), 'll-folder-'));
		writeFileSync(join(folder, 'one.md'), FRONT + BODY);
		writeFileSync(join(folder, 'two.md'), FRONT.replace('Peru signs', 'Chile signs') + BODY.replace(/Peru/g, 'Chile'));
		writeFileSync(join(folder, 'README.md'), '# not a document\n');
		const r = run(folder, '--data', dir);
		expect(r.status, r.stderr).toBe(0);
		const lines = r.stdout.split('\n').filter((l) => /^\[\d\/\d\]/.test(l));
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^\[1\/2\] .*one\.md \(one, published 2020-05-04\): 1 loan claim/);
		expect(lines[1]).toMatch(/^\[2\/2\] .*two\.md \(two, published 2020-05-04\): 1 loan claim/);
	}, 240_000);
});
