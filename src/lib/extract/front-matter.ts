/**
 * A document's metadata from its own front matter, so that a new document can be read (and
 * catalogued) without hand-editing: title, kind, publisher, published (or compiled for a
 * reference note), language and, for news, url. What is missing or malformed is listed field
 * by field, so the message can say exactly what to add.
 */
import { parseDate } from '../data/dates.ts';
import { formatProblem } from '../data/errors.ts';
import { frontMatterSchema } from '../data/schema.ts';
import type { SourceDocument } from '../data/types.ts';
import { frontMatterOf, YamlFile } from '../data/yaml-file.ts';

/** The fields a news document needs; a reference note has `compiled` for `published` and no url. */
export const NEWS_FIELDS = ['title', 'kind', 'publisher', 'published', 'language', 'url'] as const;

export type FrontMatterResult =
	| { ok: true; document: SourceDocument; fields: Record<string, unknown> }
	| { ok: false; missing: string[]; problems: string[] };

/** A document id from a file name: `2020-02-19-us-blacklists-rosneft-trading.md` → the name without extension. */
export function idFromFile(file: string): string {
	const base = file.split(/[\\/]/).pop() ?? file;
	return (
		base
			.replace(/\.(?:md|txt)$/i, '')
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'document'
	);
}

/**
 * Read `text`'s front matter (merged over `given`, e.g. a catalogue entry) into a document
 * with id `id` and file `file`, or say which fields are missing and which are malformed.
 */
export function documentFromFrontMatter(
	file: string,
	text: string,
	id = idFromFile(file),
	given: Record<string, unknown> = {}
): FrontMatterResult {
	const fm = frontMatterOf(text);
	const problems: string[] = [];
	let fields: Record<string, unknown> = { ...given };
	if (fm !== null) {
		const yaml = new YamlFile(file, fm);
		problems.push(...yaml.problems.map(formatProblem));
		const data = yaml.data && typeof yaml.data === 'object' ? (yaml.data as Record<string, unknown>) : {};
		const parsed = frontMatterSchema.safeParse(data);
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				problems.push(`${file}: front matter field ${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`);
		}
		fields = { ...fields, ...data };
	}
	const kind = fields.kind === 'reference' ? 'reference' : fields.kind === undefined ? undefined : fields.kind;
	const dateField = kind === 'reference' ? 'compiled' : 'published';
	const needed = kind === 'reference' ? ['title', 'kind', 'publisher', 'compiled', 'language'] : [...NEWS_FIELDS];
	const missing = needed.filter((k) => fields[k] === undefined || fields[k] === null || fields[k] === '');
	let date: SourceDocument['date'] | null = null;
	const raw = fields[dateField];
	if (raw !== undefined && raw !== null && raw !== '') {
		// YAML reads an unquoted 2020-02-19 as a Date: take its calendar day back.
		const spec = raw instanceof Date ? raw.toISOString().slice(0, 10) : (raw as string | number);
		const d = parseDate(spec);
		if (!d.ok) problems.push(`${file}: front matter field ${dateField}: ${d.error}`);
		else if (d.value.precision !== 'day')
			problems.push(`${file}: front matter field ${dateField}: must be a day (YYYY-MM-DD), not ${d.value.precision}`);
		else date = d.value;
	}
	if (missing.length || problems.length || !date) return { ok: false, missing, problems };
	const document: SourceDocument = {
		id,
		file,
		title: String(fields.title),
		kind: kind as SourceDocument['kind'],
		publisher: String(fields.publisher),
		date,
		url: typeof fields.url === 'string' ? fields.url : null,
		language: String(fields.language),
		sources: Array.isArray(fields.sources) ? fields.sources.map(String) : [],
		text
	};
	return { ok: true, document, fields };
}

/** One line for a document that cannot be read from its front matter. */
export function describeMissing(r: { missing: readonly string[]; problems: readonly string[] }): string {
	const parts: string[] = [];
	if (r.missing.length)
		parts.push(`missing ${r.missing.join(', ')} (give them in its front matter or its catalogue entry)`);
	parts.push(...r.problems);
	return parts.join('; ');
}
