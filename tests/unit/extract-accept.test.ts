/**
 * Accepting reviewed candidates: appended to the record files as text, only when the whole
 * dataset with them validates and no id is taken; otherwise every problem and no change.
 * Review files beside the records change nothing the dataset, data:check or the app read.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data/build.ts';
import { prepareDocument } from '../../src/lib/extract/document.ts';
import { extract } from '../../src/lib/extract/extract.ts';
import { planAccept, reviewYaml } from '../../src/lib/extract/review.ts';
import { loadDatasetFromDir, readDataFiles } from '../../src/lib/server/data-files.ts';

const tsx = 'node_modules/.bin/tsx';
let review = '';

/** A copy of the minimal dataset with the review file of its news document. */
function dataDir(reviewText = review): string {
	const dir = mkdtempSync(join(tmpdir(), 'll-accept-'));
	cpSync('tests/fixtures/minimal', dir, { recursive: true });
	mkdirSync(join(dir, 'review'));
	writeFileSync(join(dir, 'review/news.yaml'), reviewText);
	return dir;
}

const snapshot = (dir: string) =>
	Object.fromEntries(readdirSync(join(dir, 'records')).map((f) => [f, readFileSync(join(dir, 'records', f))]));
const accept = (dir: string) =>
	spawnSync(tsx, ['scripts/extract-accept.ts', join(dir, 'review/news.yaml'), '--data', dir], {
		encoding: 'utf8',
		timeout: 60_000
	});
const acceptAll = (text: string) => text.replaceAll('status: pending', 'status: accept');

beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'll-accept-'));
	cpSync('tests/fixtures/minimal', dir, { recursive: true });
	const { document, context } = prepareDocument(dir, join(dir, 'documents/news.txt'));
	review = reviewYaml(extract(document, context), `documents/${document.file}`);
});

describe('the review file', () => {
	it('holds candidates in the record format, each pending with its confidence and offsets', () => {
		expect(review).toMatch(/^document: news$/m);
		expect(review).toMatch(/^loans:\n {2}- id: [a-z0-9-]+\n {4}series: paper\n/m);
		expect(review).toMatch(
			/ {4}review:\n {6}status: pending\n {6}confidence: 0\.\d+\n {6}offsets:\n {8}- \{document: news, start: \d+, end: \d+\}/
		);
		expect(review).not.toMatch(/status: (?!pending)/);
	});
});

describe('npm run extract:accept', () => {
	it('appends the accepted records after what is there, and the result validates', () => {
		const dir = dataDir(acceptAll(review));
		const before = snapshot(dir);
		const r = accept(dir);
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/Appended \d+ records; the dataset validates/);
		const after = snapshot(dir);
		for (const [f, old] of Object.entries(before)) {
			const now = after[f] as Buffer;
			expect(now.subarray(0, old.length).equals(old), `${f} keeps its content byte for byte`).toBe(true);
		}
		const loans = readFileSync(join(dir, 'records/loans.yaml'), 'utf8');
		expect(loans).toMatch(/\n# Accepted from review\/news\.yaml \(document news\)\n- id: /);
		expect(loans).not.toMatch(/review:|status:/);
		const ds = loadDatasetFromDir(dir);
		expect(ds.loans.length).toBe(3);
		expect(ds.events.length).toBeGreaterThan(2);
		// Accepting again refuses: the ids now exist.
		const again = accept(dir);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/already exists \(records\/loans\.yaml:\d+\)/);
	}, 60_000);

	it('refuses, changing nothing, when the dataset would not validate, and prints every problem', () => {
		const broken = acceptAll(review)
			.replace(/( {4}date: )2019-02-22/, '$12019-02-30')
			.replace(/( {4}amount: )\$62 billion/, '$1€62 billion');
		const dir = dataDir(broken);
		const before = snapshot(dir);
		const r = accept(dir);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/nothing changed; 2 problems/);
		expect(r.stderr).toMatch(
			/records\/events\.yaml:\d+ \(record [a-z0-9-]+, field date\): "2019-02-30" is not a real calendar day/
		);
		expect(r.stderr).toMatch(
			/records\/loans\.yaml:\d+ \(record [a-z0-9-]+, field amount\): "€62 billion" is not in US dollars/
		);
		expect(snapshot(dir)).toEqual(before);
	}, 60_000);

	it('does nothing when no candidate is accepted', () => {
		const dir = dataDir(review.replaceAll('status: pending', 'status: reject'));
		const before = snapshot(dir);
		const r = accept(dir);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/nothing changed/);
		expect(snapshot(dir)).toEqual(before);
	}, 60_000);
});

describe('planning an acceptance', () => {
	const files = () => readDataFiles('tests/fixtures/minimal');

	it('refuses ids that already exist, naming where', () => {
		const text = acceptAll(review).replace(/(loans:\n {2}- id: )[a-z0-9-]+/, '$1paper-ven');
		const r = planAccept('review/news.yaml', text, files());
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.problems).toEqual([
				expect.objectContaining({
					file: 'review/news.yaml',
					record: 'paper-ven',
					field: 'id',
					message: expect.stringMatching(/id "paper-ven" already exists \(records\/loans\.yaml:1\)/)
				})
			]);
	});

	it('refuses a status other than pending, accept or reject, and ids accepted twice', () => {
		const twice = acceptAll(review).replace('status: accept', 'status: maybe');
		const r = planAccept('review/news.yaml', twice, files());
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.problems[0]).toMatchObject({
				file: 'review/news.yaml',
				field: 'review.status',
				message: expect.stringMatching(/must be one of pending, accept, reject; got "maybe"/)
			});
		const ids = [...review.matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((m) => m[1] as string);
		const dup = acceptAll(review).replace(`- id: ${ids[ids.length - 1]}`, `- id: ${ids[ids.length - 2]}`);
		const d = planAccept('review/news.yaml', dup, files());
		expect(d.ok).toBe(false);
		if (!d.ok) expect(d.problems.map((p) => p.message).join('\n')).toMatch(/is accepted twice/);
	});

	it('refuses a review file that is not one', () => {
		const r = planAccept('review/news.yaml', 'loans: [', files());
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problems[0]?.message).toMatch(/YAML syntax error/);
		const list = planAccept('review/news.yaml', '- a\n- b\n', files());
		expect(list.ok).toBe(false);
	});
});

describe('review files beside the records', () => {
	it('change nothing in the dataset: buildDataset reads only documents/ and records/', () => {
		const dir = mkdtempSync(join(tmpdir(), 'll-review-'));
		cpSync('tests/fixtures/minimal', dir, { recursive: true });
		const without = loadDatasetFromDir(dir);
		mkdirSync(join(dir, 'review'));
		writeFileSync(join(dir, 'review/news.yaml'), acceptAll(review));
		writeFileSync(join(dir, 'review/broken.yaml'), 'loans: [\n  - not: valid');
		writeFileSync(join(dir, 'review/README.md'), '# Review\n');
		const withReview = loadDatasetFromDir(dir);
		const strip = (d: object) => JSON.stringify({ ...d, version: '' });
		expect(strip(withReview)).toBe(strip(without));
		// The app bundles every data/**/*.{yaml,yml,txt,md} file under paths like these.
		const files = readDataFiles(dir);
		expect(files.some((f) => f.path === 'review/broken.yaml')).toBe(true);
		expect(() => buildDataset(files, { version: 'x' })).not.toThrow();
		const r = spawnSync(tsx, ['scripts/data-check.ts', '--dir', dir], { encoding: 'utf8', timeout: 60_000 });
		expect(r.status, r.stderr).toBe(0);
	}, 60_000);

	it('include the workflow notes in data/review, which the real dataset ignores', () => {
		expect(existsSync('data/review/README.md')).toBe(true);
		expect(() => loadDatasetFromDir('data')).not.toThrow();
		// The real dataset includes the published tables: seconds on a busy machine.
	}, 60_000);
});
