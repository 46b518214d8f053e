/**
 * SVG snapshot tests in the manner of Observable Plot: the rendered markup is normalised
 * (numbers rounded to 3 decimals, generated ids renumbered, hydration comments dropped, one
 * tag per line) and compared with tests/snapshots/<name>. A missing snapshot is written
 * (outside CI); a mismatch writes <name>-changed.<ext> beside it for review and fails.
 */
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const DIR = 'tests/snapshots';

export function normalizeMarkup(markup: string): string {
	const ids = new Map<string, string>();
	const renumber = (id: string) => {
		if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
		return ids.get(id) as string;
	};
	return markup
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${renumber(id)}"`)
		.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renumber(id)})`)
		.replace(/(aria-(?:labelledby|describedby|controls)|for|href)="#?([^"]+)"/g, (m, attr: string, id: string) =>
			ids.has(id) ? `${attr}="${m.includes('"#') ? '#' : ''}${ids.get(id)}"` : m
		)
		.replace(/svelte-[a-z0-9]+/g, 'svelte-x')
		.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
		.replace(/>\s*</g, '>\n<')
		.trim()
		.concat('\n');
}

export function expectSnapshot(name: string, markup: string): void {
	const actual = normalizeMarkup(markup);
	const file = join(DIR, name);
	const changed = file.replace(/(\.[a-z]+)$/, '-changed$1');
	mkdirSync(dirname(file), { recursive: true });
	if (!existsSync(file)) {
		if (process.env.CI)
			throw new Error(`snapshot ${file} is missing; run the tests locally to create it and commit it`);
		writeFileSync(file, actual);
		return;
	}
	const expected = readFileSync(file, 'utf8');
	if (actual === expected) {
		if (existsSync(changed)) unlinkSync(changed);
		return;
	}
	writeFileSync(changed, actual);
	expect(actual, `${file} changed; see ${changed}`).toBe(expected);
}
