#!/usr/bin/env node
/**
 * npm test: the one gate, run the same way locally and in CI.
 *   1. type check (svelte-check, strict TypeScript)
 *   2. lint (ESLint with typescript-eslint and the Svelte rules, Prettier's check, knip for
 *      unused files, exports and dependencies)
 *   3. data check (the curated dataset validates); steps 1 to 3 run side by side
 *   4. unit and SVG snapshot tests (Vitest)
 *   5. production build, then browser tests in Chromium (Playwright)
 * Ends with one line "N passed, N failed" counted from the runners' JSON reports.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// A fresh clone: install first, so `npm test` alone is enough.
if (!existsSync('node_modules/.package-lock.json')) {
	if (!step('install', 'npm', ['ci', '--no-audit', '--no-fund'])) process.exit(1);
}
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		step('chromium', 'bash', [
			'-c',
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium librsvg2-bin >/dev/null'
		]);
	}
	if (!existsSync(chromium)) {
		console.error(
			`Browser tests need Chromium at ${chromium}: install Debian's "chromium" package or set CHROMIUM_PATH.`
		);
		process.exit(1);
	}
}

// The outline export is checked by rendering it with librsvg's rsvg-convert.
if (!existsSync('/usr/bin/rsvg-convert') && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	step('librsvg2-bin', 'bash', [
		'-c',
		'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends librsvg2-bin >/dev/null'
	]);
}

mkdirSync('reports', { recursive: true });
let passed = 0;
let failed = 0;

function step(name, cmd, args) {
	console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
	const t = Date.now();
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
	console.log(
		`=== ${name}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status})`} in ${((Date.now() - t) / 1000).toFixed(1)} s`
	);
	return r.status === 0;
}

function gate(name, ok) {
	if (ok) passed++;
	else failed++;
	return ok;
}

/** Commands run one after another with their output held, then printed in one piece. */
async function chain(name, commands) {
	for (const [cmd, args] of commands) {
		const t = Date.now();
		const { status, output } = await new Promise((resolve) => {
			const child = spawn(cmd, args, { env: process.env });
			const parts = [];
			child.stdout.on('data', (d) => parts.push(d));
			child.stderr.on('data', (d) => parts.push(d));
			child.on('error', (e) => resolve({ status: 1, output: String(e) }));
			child.on('close', (code) => resolve({ status: code, output: Buffer.concat(parts).toString() }));
		});
		console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}\n${output.trimEnd()}`);
		console.log(
			`=== ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - t) / 1000).toFixed(1)} s`
		);
		if (status !== 0) return false;
	}
	return true;
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

// svelte-check, the linters and the data check are single-threaded and independent of each
// other: after `svelte-kit sync` they run side by side, each printing its output when done.
const synced = step('types', 'npx', ['svelte-kit', 'sync']);
const [typesOk, lintOk, dataOk] = await Promise.all([
	synced && chain('types', [['npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']]]),
	chain('lint', [
		['npx', ['eslint', '.']],
		['npx', ['prettier', '--check', '.']],
		['npx', ['knip']]
	]),
	chain('data', [['npx', ['tsx', 'scripts/data-check.ts']]])
]);
gate('types', synced && typesOk);
gate('lint', lintOk);
gate('data', dataOk);

rmSync('reports/vitest.json', { force: true });
const vitestOk = step('vitest', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=reports/vitest.json'
]);
const v = readJson('reports/vitest.json');
if (v) {
	passed += v.numPassedTests;
	failed += v.numFailedTests + (vitestOk || v.numFailedTests ? 0 : 1);
} else failed++;

const built = gate('build', step('build', 'npx', ['vite', 'build']));
if (built) {
	rmSync('reports/playwright.json', { force: true });
	const pwOk = step('browser', 'npx', ['playwright', 'test']);
	const p = readJson('reports/playwright.json');
	if (p?.stats) {
		passed += p.stats.expected;
		failed += p.stats.unexpected + p.stats.flaky + (pwOk || p.stats.unexpected ? 0 : 1);
	} else failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
