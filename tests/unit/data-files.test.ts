/**
 * Data files that cannot be read as records: each gets one clear problem naming the file
 * (and line where there is one), whether it comes from disk (data:check, the build) or not.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, formatProblem } from '../../src/lib/data/errors.ts';
import { invalidUtf8Offset, loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const NEWS = readFileSync('tests/fixtures/minimal/documents/news.txt');

/** The minimal fixture with one file written as given; the problems its load reports. */
function problemsWith(file: string, content: string | Buffer): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'll-files-'));
	cpSync('tests/fixtures/minimal', dir, { recursive: true });
	writeFileSync(join(dir, file), content);
	try {
		loadDatasetFromDir(dir);
	} catch (e) {
		if (e instanceof DatasetError) return e.problems.map(formatProblem);
		throw e;
	}
	return [];
}

const bomb = [
	'a: &a ["x","x","x","x","x","x","x","x","x"]',
	...'bcdefghi'
		.split('')
		.map(
			(k, i) =>
				`${k}: &${k} [*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]},*${'abcdefghi'[i]}]`
		)
].join('\n');
const events = readFileSync('tests/fixtures/minimal/records/events.yaml', 'utf8');

describe('data files that cannot be read', () => {
	it.each([
		[
			'an empty record file',
			'records/events.yaml',
			'',
			/^records\/events.yaml: has no records \(it is empty or only comments\)/
		],
		[
			'a comment-only record file',
			'records/loans.yaml',
			'# loans go here\n# none yet\n',
			/^records\/loans.yaml: has no records/
		],
		['an empty list', 'records/eras.yaml', '[]\n', /^records\/eras.yaml: has no records/],
		[
			'a record file the schema does not know',
			'records/extra.yaml',
			events,
			/^records\/extra.yaml: is not a record file this dataset knows; record files are records\/entities.yaml, /
		],
		[
			'a misnamed record file',
			'records/event.yaml',
			events,
			/^records\/event.yaml: is not a record file this dataset knows/
		],
		[
			'a YAML alias bomb',
			'records/events.yaml',
			bomb,
			/^records\/events.yaml: expands its aliases \(\*name\) too many times \(more than 100\)/
		],
		[
			'deep nesting',
			'records/events.yaml',
			`- id: x\n  title: ${'['.repeat(40)}1${']'.repeat(40)}\n`,
			/^records\/events.yaml: is nested more than 32 levels deep/
		],
		[
			'very deep nesting',
			'records/events.yaml',
			`${'['.repeat(20000)}${']'.repeat(20000)}\n`,
			/^records\/events.yaml: is nested too deeply to read; a data file needs at most 32 levels$/
		],
		[
			'tab indentation',
			'records/events.yaml',
			events.replace('\n  title:', '\n\ttitle:'),
			/^records\/events.yaml:2: indented with a tab; YAML indents with spaces only$/
		],
		[
			'invalid UTF-8 in a document',
			'documents/news.txt',
			Buffer.concat([NEWS.subarray(0, 40), Buffer.from([0xff]), NEWS.subarray(40)]),
			new RegExp(
				`^documents/news.txt:${NEWS.subarray(0, 40).toString().split('\n').length}: is not valid UTF-8: byte 40 \\(0xFF\\)`
			)
		],
		[
			'invalid UTF-8 in a record file',
			'records/events.yaml',
			Buffer.concat([Buffer.from('- id: a\n  title: caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
			/^records\/events.yaml:2: is not valid UTF-8: byte 21 \(0x28\)/
		]
	])('%s: one problem naming the file', (_, file, content, message) => {
		const problems = problemsWith(file, content);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(message);
	});

	it('calls a tab a tab once, however many lines it spoils', () => {
		const problems = problemsWith('records/events.yaml', events.replaceAll('\n  ', '\n\t'));
		expect(problems).toEqual(['records/events.yaml:2: indented with a tab; YAML indents with spaces only']);
	});
});

describe('invalidUtf8Offset', () => {
	it.each([
		['ascii', [0x61, 0x62], -1],
		['two-byte é', [0x63, 0xc3, 0xa9], -1],
		['a lone continuation byte', [0x61, 0x80, 0x61], 1],
		['a lead byte followed by ASCII', [0x61, 0xc3, 0x28], 2],
		['an overlong encoding', [0xc0, 0xaf], 0],
		['a surrogate', [0x61, 0xed, 0xa0, 0x80], 2],
		['an unfinished last character', [0x61, 0x62, 0xe2, 0x82], 2],
		['0xFF', [0xff], 0]
	])('%s', (_, bytes, offset) => expect(invalidUtf8Offset(Uint8Array.from(bytes))).toBe(offset));
});

describe('npm run data:check on an unreadable file', () => {
	it('exits 1 naming the file, no stack trace', { timeout: 30_000 }, () => {
		const dir = mkdtempSync(join(tmpdir(), 'll-files-'));
		cpSync('tests/fixtures/minimal', dir, { recursive: true });
		writeFileSync(join(dir, 'records/events.yaml'), bomb);
		const r = spawnSync('npx', ['tsx', 'scripts/data-check.ts', '--dir', dir], { encoding: 'utf8', timeout: 30_000 });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/records\/events.yaml: expands its aliases/);
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
});
