/** The data:check command as an analyst runs it: exit status and what it prints. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'scripts/data-check.ts', ...args], { encoding: 'utf8', timeout: 30_000 });

describe('npm run data:check', () => {
	it('prints counts, coverage, precisions and disagreements for the real data', () => {
		const r = run();
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/is valid/);
		expect(r.stdout).toMatch(/sanctions\s+13/);
		expect(r.stdout).toMatch(/week\s+1/);
		expect(r.stdout).toMatch(/Venezuela, commitments:\n\s+\$62 billion\s+News report/);
	});

	it('fails with every problem, naming file, line, record and field', () => {
		const dir = mkdtempSync(join(tmpdir(), 'll-data-'));
		cpSync('tests/fixtures/minimal', dir, { recursive: true });
		const events = join(dir, 'records/events.yaml');
		writeFileSync(
			events,
			readFileSync(events, 'utf8')
				.replace('date: 2019-02-22', 'date: 2019-02-30')
				.replace('kind: media', 'kind: gossip')
		);
		const r = run('--dir', dir);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/has 2 problems/);
		expect(r.stderr).toMatch(
			/records\/events.yaml:18 \(record bridge-closed, field date\): "2019-02-30" is not a real calendar day/
		);
		expect(r.stderr).toMatch(/records\/events.yaml:3 \(record paper-report, field kind\): must be one of/);
		expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
	});

	it('says plainly when the folder cannot be read', () => {
		const r = run('--dir', '/nonexistent/data');
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/Could not read \/nonexistent\/data\//);
	});
});

describe('the build', () => {
	it('stops on an invalid dataset, listing its problems', async () => {
		const { validateDataset } = await import('../../src/lib/server/vite-plugin.ts');
		const dir = mkdtempSync(join(tmpdir(), 'll-data-'));
		cpSync('tests/fixtures/minimal', dir, { recursive: true });
		const loans = join(dir, 'records/loans.yaml');
		writeFileSync(loans, readFileSync(loans, 'utf8').replace('amount: $62.2 billion', 'amount: €62.2 billion'));
		const plugin = validateDataset(dir);
		const ctx = {
			error: (m: string): never => {
				throw new Error(m);
			}
		};
		const start = plugin.buildStart as unknown as (this: typeof ctx) => void;
		expect(() => start.call(ctx)).toThrow(
			/is invalid \(1 problem\):\n {2}records\/loans.yaml:18 \(record db-ven, field amount\): "€62.2 billion" is not in US dollars/
		);
		const ok = validateDataset('tests/fixtures/minimal').buildStart as unknown as (this: typeof ctx) => void;
		expect(() => ok.call(ctx)).not.toThrow();
	});
});
