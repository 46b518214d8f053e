/**
 * resvg reads fonts only from files, so a PNG's subset fonts are written to disk: by the
 * worker process that draws it, into its own temporary folder, which goes when that process
 * ends. The server (or a test run) may itself be ended by a signal, with no chance to tidy
 * up: it must leave no font folder behind.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// Draws a PNG with subset fonts through the export's worker pool, says so, and waits.
const DRAW = `
import { rasterFonts } from './src/lib/server/export/fonts.ts';
import { resvgOptions } from './src/lib/server/export/png.ts';
import { rasterise } from './src/lib/server/pool/raster.ts';
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-size="24">Lens</text></svg>';
const png = await rasterise(svg, { resvg: resvgOptions(1), fonts: await rasterFonts('Lens') });
console.log('drawn ' + png.length);
setInterval(() => undefined, 1000);
`;

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fontFolders = () => readdirSync(dir).filter((f) => f.startsWith('lending-lens-fonts-'));

describe('subset font files', () => {
	it.each(['SIGTERM', 'SIGKILL'] as const)(
		'are gone once a process that drew a PNG is ended by %s',
		async (signal) => {
			dir = mkdtempSync(join(tmpdir(), 'lending-lens-font-test-'));
			const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', DRAW], {
				env: { ...process.env, TMPDIR: dir },
				stdio: ['ignore', 'pipe', 'inherit']
			});
			let out = '';
			await new Promise<void>((resolve, reject) => {
				child.stdout.on('data', (d) => {
					out += String(d);
					if (out.includes('drawn')) resolve();
				});
				child.once('exit', (code) => reject(new Error(`the drawing process ended first (${code}): ${out}`)));
			});
			expect(out).toMatch(/drawn \d{3,}/);
			// The fonts were written while it ran…
			expect(fontFolders()).toHaveLength(1);
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill(signal);
			await exited;
			// …and are gone once it (and its worker, which follows it) has ended.
			for (let i = 0; i < 50 && fontFolders().length; i++) await new Promise((r) => setTimeout(r, 100));
			expect(fontFolders()).toEqual([]);
		},
		60_000
	);
});
