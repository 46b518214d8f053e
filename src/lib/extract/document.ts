/**
 * A document to extract from, with its metadata, read the way the dataset reads it:
 * buildDataset merges the catalogue entry (documents/index.yaml) with the front matter and
 * checks it, here on the documents alone (records are left out, so a fault in a curated
 * record does not stop extraction from a new document). What is wrong with the input — no
 * file, a binary file, no publication date, another language — is one clear message.
 *
 * Curated entities, series and sanctions are read record by record: those that parse are
 * used for linking; every id in use is collected so no candidate takes one.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildDataset, RECORD_FILES } from '../data/build.ts';
import { CATALOGUE } from '../data/build/documents.ts';
import { DatasetError, formatProblem } from '../data/errors.ts';
import { entitySchema, sanctionSchema, seriesSchema, type RawEntity, type RawSeries } from '../data/schema.ts';
import type { DataFile, SourceDocument } from '../data/types.ts';
import { YamlFile } from '../data/yaml-file.ts';
import { DATA_EXTENSIONS, readDataFiles, TABLE_EXTENSIONS } from '../server/data-files.ts';
import { describeMissing, documentFromFrontMatter } from './front-matter.ts';
import { languageProblem } from './language.ts';
import type { ExtractContext } from './types.ts';

/** Bad input: the file, and what is wrong with it, in one line. */
export class ExtractInputError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string
	) {
		super(`${file}: ${problem}`);
		this.name = 'ExtractInputError';
	}
}

export interface Prepared {
	readonly document: SourceDocument;
	readonly context: ExtractContext;
	/** The catalogue entry to append (`--catalogue`), when the document was not catalogued. */
	readonly catalogueEntry?: { readonly path: string; readonly text: string };
	/** True when the metadata came from the front matter alone and the document is not catalogued. */
	readonly uncatalogued?: boolean;
}

function readText(path: string, shown: string): string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a directory, not a document'
					: code === 'EACCES' || code === 'EPERM'
						? 'cannot be read: permission denied'
						: `cannot be read (${code ?? String(e)})`;
		throw new ExtractInputError(shown, why);
	}
	if (bytes.includes(0)) throw new ExtractInputError(shown, 'is a binary file, not text (it contains NUL bytes)');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new ExtractInputError(shown, 'is not UTF-8 text (a binary file or another encoding)');
	}
	// eslint-disable-next-line no-control-regex -- counting control characters is the point
	const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
	if (controls > 0 && controls / text.length > 0.01)
		throw new ExtractInputError(shown, 'is a binary file, not text (it is full of control characters)');
	if (text.trim() === '') throw new ExtractInputError(shown, 'is empty');
	return text;
}

/** The records of a YAML list file that pass their schema (the rest are skipped). */
function lenientList<T>(
	files: readonly DataFile[],
	path: string,
	schema: { safeParse(v: unknown): { success: boolean; data?: T } }
): T[] {
	const text = files.find((f) => f.path === path)?.text;
	const data = text === undefined ? null : new YamlFile(path, text).data;
	if (!Array.isArray(data)) return [];
	return (data as unknown[]).flatMap((raw) => {
		const r = schema.safeParse(raw);
		return r.success && r.data ? [r.data] : [];
	});
}

/** Every id in the record files, valid record or not, with where it stands (`records/loans.yaml:12`). */
export function idsInUse(files: readonly DataFile[]): Map<string, string> {
	const owners = new Map<string, string>();
	for (const path of Object.values(RECORD_FILES)) {
		const text = files.find((f) => f.path === path)?.text;
		if (text === undefined) continue;
		const f = new YamlFile(path, text);
		if (!Array.isArray(f.data)) continue;
		(f.data as unknown[]).forEach((r, i) => {
			const id = r && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
			if (typeof id === 'string' && !owners.has(id)) owners.set(id, `${path}:${f.lineOf([i]) ?? 1}`);
		});
	}
	return owners;
}

function readFiles(dataDir: string): DataFile[] {
	try {
		// Extraction reads documents and records, never the published tables.
		return readDataFiles(dataDir, { tables: false });
	} catch (e) {
		throw new ExtractInputError(dataDir, `cannot be read (${(e as Error).message})`);
	}
}

/**
 * The catalogue's documents with their metadata, and the curated entities, series, sanction
 * instruments and ids. Throws the DatasetError of buildDataset when the documents or the
 * catalogue are invalid. `files` may replace a document's text with the one already read.
 */
export function loadContext(files: readonly DataFile[]): ExtractContext {
	// The documents alone, with empty record files: only the catalogue and the documents are
	// checked. The published tables are left out: no rule reads them, and building them would
	// take a second and tens of megabytes before the first sentence is read.
	const docFiles = files
		.filter((f) => f.path.startsWith('documents/') && !TABLE_EXTENSIONS.test(f.path))
		.concat(Object.values(RECORD_FILES).map((path) => ({ path, text: '' })));
	const documents = buildDataset(docFiles, { version: 'extract', documentsOnly: true }).documents;
	const sanctions = lenientList<{ id: string; instrument: string }>(files, RECORD_FILES.sanctions, sanctionSchema);
	return {
		documents,
		entities: lenientList<RawEntity>(files, RECORD_FILES.entities, entitySchema),
		series: lenientList<RawSeries>(files, RECORD_FILES.series, seriesSchema),
		sanctions: sanctions.map((s) => ({ id: s.id, instrument: s.instrument })),
		existingIds: new Set(idsInUse(files).keys())
	};
}

/**
 * Read `documentPath` (a file in `<dataDir>/documents/`) with its metadata and the curated
 * context, or throw an ExtractInputError that says what is wrong with it.
 */
export function prepareDocument(dataDir: string, documentPath: string, addEntry?: string): Prepared {
	const shown = documentPath;
	const docsDir = resolve(dataDir, 'documents');
	const rel = relative(docsDir, resolve(documentPath));
	if (rel.startsWith('..') || isAbsolute(rel)) {
		throw new ExtractInputError(
			shown,
			`is not in ${dataDir}/documents/; put the document there and add it to ${dataDir}/${CATALOGUE}`
		);
	}
	const name = rel.split('\\').join('/');
	const text = readText(resolve(documentPath), shown);
	if (!DATA_EXTENSIONS.test(name)) throw new ExtractInputError(shown, 'is not a .txt or .md document');

	const files = readFiles(dataDir).map((f) =>
		f.path === `documents/${name}`
			? { path: f.path, text }
			: f.path === CATALOGUE && addEntry
				? { path: f.path, text: `${f.text.replace(/\n*$/, '\n')}${addEntry}` }
				: f
	);
	const catalogue = new YamlFile(CATALOGUE, files.find((f) => f.path === CATALOGUE)?.text ?? '');
	const entry = Array.isArray(catalogue.data)
		? (catalogue.data as unknown[]).find(
				(e): e is { id: string } => !!e && typeof e === 'object' && (e as { file?: unknown }).file === name
			)
		: undefined;
	if (!entry)
		throw new ExtractInputError(
			shown,
			`is not listed in ${dataDir}/${CATALOGUE}; add an entry with its id and metadata`
		);
	let context: ExtractContext;
	try {
		context = loadContext(files);
	} catch (e) {
		if (!(e instanceof DatasetError)) throw e;
		const mine = e.problems.filter((p) => p.file === `documents/${name}` || p.record === entry.id);
		const dated = mine.find((p) => p.field === 'published' || p.field === 'compiled');
		if (dated) throw new ExtractInputError(shown, `has no usable publication date: ${formatProblem(dated)}`);
		if (mine.length)
			throw new ExtractInputError(shown, `cannot be read with its metadata: ${mine.map(formatProblem).join('; ')}`);
		throw new ExtractInputError(
			`${dataDir}/${CATALOGUE}`,
			`has problems (run npm run data:check): ${e.problems.map(formatProblem).join('; ')}`
		);
	}
	const document = context.documents.find((d) => d.file === name);
	if (!document)
		throw new ExtractInputError(
			shown,
			`is not listed in ${dataDir}/${CATALOGUE}; add an entry with its id and metadata`
		);
	const language = languageProblem(text, document.language);
	if (language) throw new ExtractInputError(shown, language);
	return { document, context };
}

/**
 * A document to extract from wherever it is: a catalogued one as prepareDocument reads it;
 * otherwise its metadata from its front matter (front-matter.ts). With `catalogue`, a
 * document in `<dataDir>/documents/` that is not catalogued gets an entry (id and file; the
 * front matter holds the rest), returned to be appended, never rewriting the catalogue.
 * Without front matter that has every field, the error names the missing fields.
 */
export function prepareAny(dataDir: string, documentPath: string, options: { catalogue?: boolean } = {}): Prepared {
	const shown = documentPath;
	const docsDir = resolve(dataDir, 'documents');
	const rel = relative(docsDir, resolve(documentPath)).split('\\').join('/');
	const inDocuments = !rel.startsWith('..') && !isAbsolute(rel);
	const files = readFiles(dataDir);
	const catalogue = new YamlFile(CATALOGUE, files.find((f) => f.path === CATALOGUE)?.text ?? '');
	const entries = Array.isArray(catalogue.data)
		? (catalogue.data as unknown[]).filter((e): e is { id?: unknown; file?: unknown } => !!e && typeof e === 'object')
		: [];
	if (inDocuments && entries.some((e) => e.file === rel)) return prepareDocument(dataDir, documentPath);
	const text = readText(resolve(documentPath), shown);
	if (!DATA_EXTENSIONS.test(documentPath)) throw new ExtractInputError(shown, 'is not a .txt or .md document');
	const fm = documentFromFrontMatter(inDocuments ? rel : (documentPath.split(/[\\/]/).pop() ?? documentPath), text);
	if (!fm.ok)
		throw new ExtractInputError(
			shown,
			`is not listed in ${dataDir}/${CATALOGUE}, and its front matter cannot stand for an entry: ${describeMissing(fm)}`
		);
	if (options.catalogue) {
		if (!inDocuments)
			throw new ExtractInputError(shown, `is not in ${dataDir}/documents/: put it there to catalogue it`);
		const id = fm.document.id;
		if (entries.some((e) => e.id === id))
			throw new ExtractInputError(
				shown,
				`cannot be catalogued as "${id}": ${dataDir}/${CATALOGUE} already has a document with that id`
			);
		const entry = `\n- id: ${id}\n  file: ${rel}\n`;
		return {
			...prepareDocument(dataDir, documentPath, entry),
			catalogueEntry: { path: join(dataDir, CATALOGUE), text: entry }
		};
	}
	const language = languageProblem(text, fm.document.language);
	if (language) throw new ExtractInputError(shown, language);
	// The curated context without the documents still waiting for an entry (this one among them).
	const listed = new Set(entries.map((e) => `documents/${String(e.file)}`));
	const known = files.filter(
		(f) =>
			!f.path.startsWith('documents/') || f.path === CATALOGUE || listed.has(f.path) || !DATA_EXTENSIONS.test(f.path)
	);
	let context: ExtractContext;
	try {
		context = loadContext(known);
	} catch (e) {
		if (!(e instanceof DatasetError)) throw e;
		throw new ExtractInputError(
			`${dataDir}/${CATALOGUE}`,
			`has problems (run npm run data:check): ${e.problems.map(formatProblem).join('; ')}`
		);
	}
	return { document: fm.document, context: { ...context, documents: [fm.document] }, uncatalogued: true };
}
