/**
 * Builds the dataset from the files of `data/`: parses, checks every rule, and either
 * returns one frozen dataset or throws a DatasetError listing every problem found.
 * Nothing partial is ever returned.
 *
 * Layout read (paths relative to `data/`):
 *   documents/index.yaml       the catalogue: id, file and metadata of each document
 *   documents/<file>           the documents, verbatim (Markdown front matter adds metadata)
 *   records/<type>.yaml        entities, series, loans, sanctions, events, eras
 *
 * The jobs are split: build/problems.ts reports, build/documents.ts reads the catalogue and
 * documents, build/rules.ts holds the field rules every record type shares, build/records.ts
 * has one builder per record type, and tables/build.ts reads the published tables.
 */
import type { z } from 'zod';
import { DatasetError } from './errors.ts';
import { entitySchema, eraSchema, eventSchema, loanSchema, sanctionSchema, seriesSchema } from './schema.ts';
import type { DataFile, Dataset } from './types.ts';
import { YamlFile } from './yaml-file.ts';
import { buildTables } from './tables/build.ts';
import { EMPTY_TABLES } from './tables/types.ts';
import { CATALOGUE, readDocuments } from './build/documents.ts';
import { Problems, readList, type Item } from './build/problems.ts';
import { buildEntities, buildEras, buildEvents, buildLoans, buildSanctions, buildSeries } from './build/records.ts';
import { FieldRules } from './build/rules.ts';

export const RECORD_FILES = {
	entities: 'records/entities.yaml',
	series: 'records/series.yaml',
	loans: 'records/loans.yaml',
	sanctions: 'records/sanctions.yaml',
	events: 'records/events.yaml',
	eras: 'records/eras.yaml'
} as const;

function deepFreeze<T>(o: T): T {
	if (o && typeof o === 'object' && !Object.isFrozen(o)) {
		Object.freeze(o);
		for (const v of Object.values(o)) deepFreeze(v);
	}
	return o;
}

export interface BuildOptions {
	/** Version tag of the inputs (a content hash); computed by the caller, which has a hash function. */
	version: string;
	/**
	 * Check the catalogue and the documents alone: record files may be empty and the published
	 * tables are not built (extraction reads a new document so).
	 */
	documentsOnly?: boolean;
}

export function buildDataset(files: readonly DataFile[], options: BuildOptions): Dataset {
	const problems = new Problems();
	const byPath = new Map(files.map((f) => [f.path, f.text]));
	const yamlFile = (path: string): YamlFile | undefined => {
		const text = byPath.get(path);
		if (text === undefined) {
			problems.add(path, 'file is missing');
			return undefined;
		}
		const f = new YamlFile(path, text);
		problems.list.push(...f.problems);
		return f;
	};

	const { documents, docIds, datasetEntries } = readDocuments(files, byPath, yamlFile(CATALOGUE), problems);
	const docById = new Map(documents.map((d) => [d.id, d]));

	// --- Records: structure ---------------------------------------------------------------
	// A misnamed file (records/event.yaml) would otherwise be skipped without a word.
	const known = new Set<string>(Object.values(RECORD_FILES));
	for (const f of files) {
		if (/^records\/[^/]*$/.test(f.path) && /\.ya?ml$/.test(f.path) && !known.has(f.path)) {
			problems.add(f.path, `is not a record file this dataset knows; record files are ${[...known].join(', ')}`);
		}
	}
	const rf = Object.fromEntries(Object.entries(RECORD_FILES).map(([k, p]) => [k, yamlFile(p)])) as Record<
		keyof typeof RECORD_FILES,
		YamlFile | undefined
	>;
	// Records that fail their schema are reported and left out, but their ids still count as
	// known, so that one bad field does not also produce "unknown id" wherever it is cited.
	const failed: Record<string, Item<{ id: string }>[]> = {};
	const read = <S extends z.ZodType>(kind: string, file: YamlFile | undefined, schema: S) =>
		options.documentsOnly && file?.data == null ? [] : readList(file, schema, problems, (failed[kind] = []));
	const entityItems = read('entity', rf.entities, entitySchema);
	const seriesItems = read('series', rf.series, seriesSchema);
	const loanItems = read('loan', rf.loans, loanSchema);
	const sanctionItems = read('sanction', rf.sanctions, sanctionSchema);
	const eventItems = read('event', rf.events, eventSchema);
	const eraItems = read('era', rf.eras, eraSchema);

	// Ids are one namespace across record files, so a link never needs a type prefix.
	const owners = new Map<string, { kind: string; item: Item<{ id: string }> }>();
	const allItems: [string, Item<{ id: string }>[]][] = [
		['entity', entityItems],
		['series', seriesItems],
		['loan', loanItems],
		['sanction', sanctionItems],
		['event', eventItems],
		['era', eraItems]
	];
	for (const [kind, items] of allItems) {
		for (const item of items) {
			const prior = owners.get(item.value.id);
			if (prior) {
				const line = prior.item.file.lineOf([prior.item.index]);
				problems.at(item, ['id'], `duplicate id "${item.value.id}": already used by a ${prior.kind} at ${prior.item.file.path}${line ? `:${line}` : ''}`);
			} else owners.set(item.value.id, { kind, item });
		}
	}

	for (const [kind, items] of Object.entries(failed)) {
		for (const item of items) {
			if (typeof item.value?.id === 'string' && !owners.has(item.value.id)) owners.set(item.value.id, { kind, item });
		}
	}

	const rules = new FieldRules(problems, owners, docById, docIds);
	const entities = buildEntities(entityItems, rules);
	const series = buildSeries(seriesItems, rules);
	const loans = buildLoans(loanItems, rules, series);
	const sanctions = buildSanctions(sanctionItems, rules);
	const events = buildEvents(eventItems, rules);
	const eras = buildEras(eraItems, rules);
	const countries = rules.countries;

	const built = datasetEntries.length && !options.documentsOnly ? buildTables(datasetEntries, byPath, { loans }) : { tables: EMPTY_TABLES, problems: [] };
	problems.list.push(...built.problems);

	if (problems.list.length) throw new DatasetError(problems.list);
	const dataset = {
		version: options.version,
		documents,
		entities,
		series,
		loans,
		sanctions,
		events,
		eras,
		countries,
		datasets: built.tables.documents
	};
	// Not enumerable: the tables are served by their own paged endpoints, never inside
	// dataset.json or a page's data.
	const full = Object.defineProperty(dataset, 'tables', { value: Object.freeze(built.tables), enumerable: false });
	return deepFreeze(full as typeof dataset & Pick<Dataset, 'tables'>);
}
