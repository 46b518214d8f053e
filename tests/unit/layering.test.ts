/**
 * The data layer knows nothing of the screen: every module under src/lib/data imports only
 * other data modules and plain libraries, never charts, the timeline, the dashboard, embeds,
 * exports, the server or Svelte. This test reads the imports of every file, so a new import
 * that breaks the rule fails the suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'src/lib/data');
const FORBIDDEN_DIRS = ['charts', 'timeline', 'dashboard', 'embed', 'export', 'server', 'evidence', 'extract'].map(
	(d) => join(ROOT, 'src/lib', d)
);

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|js|svelte)$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

/** Every module specifier a file names: static imports, re-exports and dynamic import(). */
function specifiers(source: string): string[] {
	const out: string[] = [];
	const re =
		/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
	for (let m = re.exec(source); m; m = re.exec(source)) out.push((m[1] ?? m[2] ?? m[3]) as string);
	return out;
}

/** Why `spec`, imported by `file`, breaks the rule; null when it does not. */
function violation(file: string, spec: string): string | null {
	if (file.endsWith('.svelte')) return 'a Svelte component';
	if (spec === 'svelte' || spec.startsWith('svelte/') || spec.startsWith('@sveltejs/') || spec.startsWith('$app/'))
		return `imports ${spec}`;
	if (spec.startsWith('$lib/')) spec = join(ROOT, 'src/lib', spec.slice(5));
	else if (spec.startsWith('.')) spec = resolve(dirname(file), spec);
	else return null;
	if (spec.endsWith('.svelte') || spec.includes('.svelte.')) return `imports a Svelte module ${relative(ROOT, spec)}`;
	const bad = FORBIDDEN_DIRS.find((d) => spec === d || spec.startsWith(`${d}/`));
	if (bad) return `imports ${relative(ROOT, spec)} from src/lib/${relative(join(ROOT, 'src/lib'), bad)}`;
	if (!spec.startsWith(DATA)) return `imports ${relative(ROOT, spec)}, outside src/lib/data`;
	return null;
}

describe('the data layer points one way', () => {
	it('the rule itself catches what it should', () => {
		const f = join(DATA, 'views/x.ts');
		expect(violation(f, '../../charts/common/legend.ts')).toMatch(/src\/lib\/charts/);
		expect(violation(f, '../../timeline/time.ts')).toMatch(/src\/lib\/timeline/);
		expect(violation(f, '$lib/server/dataset.ts')).toMatch(/src\/lib\/server/);
		expect(violation(f, 'svelte/store')).toMatch(/svelte/);
		expect(violation(f, '../../routes/x.ts')).toMatch(/outside/);
		expect(violation(join(DATA, 'x.svelte'), 'd3')).toMatch(/Svelte/);
		expect(violation(f, '../mark-info.ts')).toBeNull();
		expect(violation(f, 'd3')).toBeNull();
		expect(
			specifiers(
				`import a from './a.ts';\nexport { b } from "../b.ts";\nimport './c.ts';\nconst d = await import('./d.ts');\nimport type {\n\tE\n} from './e.ts';`
			)
		).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.ts']);
	});

	const all = files(DATA);
	it('finds the data modules', () => expect(all.length).toBeGreaterThan(10));
	it.each(all.map((f) => [relative(ROOT, f), f]))('%s imports nothing from the screen', (_, f) => {
		const problems = specifiers(readFileSync(f, 'utf8'))
			.map((s) => violation(f, s))
			.filter((v) => v !== null);
		if (f.endsWith('.svelte')) problems.push('a Svelte component');
		expect(problems).toEqual([]);
	});
});
