/**
 * The catalogue and the documents it lists: each document's metadata from its catalogue entry
 * and its front matter (which must agree), and its text verbatim. Published tables are listed
 * here too, and read by their mappings (tables/build.ts).
 */
import { parseDate, type DateValue } from '../dates.ts';
import { catalogueEntrySchema, frontMatterSchema } from '../schema.ts';
import type { DataFile, SourceDocument } from '../types.ts';
import { frontMatterOf, YamlFile } from '../yaml-file.ts';
import type { DatasetEntry } from '../tables/build.ts';
import { issueMessage, readList, splitIssues, type Item, type Problems } from './problems.ts';

export const CATALOGUE = 'documents/index.yaml';

export interface DocumentsRead {
	readonly documents: SourceDocument[];
	/** Every catalogued id, tables and unreadable documents included: evidence citing one is not "unknown". */
	readonly docIds: Map<string, Item<unknown>>;
	readonly datasetEntries: DatasetEntry[];
}

export function readDocuments(files: readonly DataFile[], byPath: ReadonlyMap<string, string>, catalogueFile: YamlFile | undefined, problems: Problems): DocumentsRead {
	const catalogue = readList(catalogueFile, catalogueEntrySchema, problems);
	const documents: SourceDocument[] = [];
	const docIds = new Map<string, Item<unknown>>();
	const datasetEntries: DatasetEntry[] = [];
	for (const item of catalogue) {
		const entry = item.value;
		if (docIds.has(entry.id)) {
			problems.at(item, ['id'], `duplicate document id "${entry.id}"`);
			continue;
		}
		docIds.set(entry.id, item);
		// Published tables are read by their mappings (tables/build.ts), not as text documents.
		if (entry.kind === 'dataset') {
			datasetEntries.push({ ...entry, line: item.file.lineOf([item.index]) });
			continue;
		}
		const path = `documents/${entry.file}`;
		const text = byPath.get(path);
		if (text === undefined) {
			problems.at(item, ['file'], `document file "${path}" does not exist`);
			continue;
		}
		const merged: Record<string, unknown> = { ...entry };
		const fm = entry.file.endsWith('.md') ? frontMatterOf(text) : null;
		if (fm !== null) {
			const fmFile = new YamlFile(path, fm);
			problems.list.push(...fmFile.problems);
			const parsed = frontMatterSchema.safeParse(fmFile.data ?? {}, { reportInput: true });
			if (!parsed.success) {
				for (const { issue, path } of splitIssues(parsed.error.issues)) {
					problems.add(fmFile, `front matter: ${issueMessage(issue)}`, {
						path,
						record: entry.id,
						field: path.map(String).join('.')
					});
				}
			}
			// Merge what was given even when part of it is wrong, so one fault is reported once.
			const given = (parsed.success ? parsed.data : (fmFile.data ?? {})) as Record<string, unknown>;
			for (const [k, v] of Object.entries(given)) {
				if (k in entry && JSON.stringify((entry as Record<string, unknown>)[k]) !== JSON.stringify(v)) {
					problems.at(item, [k], `disagrees with the front matter of ${path} (${JSON.stringify(v)})`);
				}
				merged[k] = v;
			}
		}
		const need = (k: string) => {
			if (merged[k] === undefined) problems.at(item, [k], `is required (in the catalogue or the document's front matter)`);
			return merged[k];
		};
		const title = need('title') as string | undefined;
		const kind = need('kind') as SourceDocument['kind'] | undefined;
		const publisher = need('publisher') as string | undefined;
		const language = need('language') as string | undefined;
		const dateField = kind === 'reference' ? 'compiled' : 'published';
		const dateRaw = kind ? (need(dateField) as string | number | undefined) : undefined;
		if (kind === 'news') need('url');
		let date: DateValue | undefined;
		if (dateRaw !== undefined) {
			const d = parseDate(dateRaw);
			if (!d.ok) problems.at(item, [dateField], d.error);
			else if (d.value.precision !== 'day') problems.at(item, [dateField], `must be a day (YYYY-MM-DD), not ${d.value.precision}`);
			else date = d.value;
		}
		if (!title || !kind || !publisher || !language || !date) continue;
		documents.push({
			id: entry.id,
			file: entry.file,
			title,
			kind,
			publisher,
			date,
			url: (merged.url as string | undefined) ?? null,
			language,
			sources: (merged.sources as string[] | undefined) ?? [],
			text
		});
	}
	for (const f of files) {
		if (f.path.startsWith('documents/') && f.path !== CATALOGUE && !f.path.endsWith('README.md')) {
			const name = f.path.slice('documents/'.length);
			if (!catalogue.some((c) => c.value.file === name)) {
				problems.add(f.path, `document is not listed in ${CATALOGUE}; add an entry with its id and metadata`);
			}
		}
	}
	return { documents, docIds, datasetEntries };
}
