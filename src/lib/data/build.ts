/**
 * Builds the dataset from the files of `data/`: parses, checks every rule, and either
 * returns one frozen dataset or throws a DatasetError listing every problem found.
 * Nothing partial is ever returned.
 *
 * Layout read (paths relative to `data/`):
 *   documents/index.yaml       the catalogue: id, file and metadata of each document
 *   documents/<file>           the documents, verbatim (Markdown front matter adds metadata)
 *   records/<type>.yaml        entities, series, loans, sanctions, events, eras
 */
import type { z } from 'zod';
import { countryByCode, type Country } from './countries.ts';
import { parseDate, type DateValue } from './dates.ts';
import { DatasetError, type DataProblem } from './errors.ts';
import { findQuote } from './evidence.ts';
import { parseUsd } from './money.ts';
import { supersedingClaims } from './quantity.ts';
import {
	catalogueEntrySchema,
	entitySchema,
	eraSchema,
	eventSchema,
	frontMatterSchema,
	loanSchema,
	sanctionSchema,
	seriesSchema,
	type RawEvidence
} from './schema.ts';
import type {
	DataFile,
	Dataset,
	Entity,
	Era,
	Evidence,
	LensEvent,
	LoanClaim,
	RelatedRecord,
	Sanction,
	Series,
	SourceDocument
} from './types.ts';
import { frontMatterOf, YamlFile } from './yaml-file.ts';

export const CATALOGUE = 'documents/index.yaml';
export const RECORD_FILES = {
	entities: 'records/entities.yaml',
	series: 'records/series.yaml',
	loans: 'records/loans.yaml',
	sanctions: 'records/sanctions.yaml',
	events: 'records/events.yaml',
	eras: 'records/eras.yaml'
} as const;

type Path = readonly PropertyKey[];

/** One record of a YAML list, with what is needed to report problems in it. */
interface Item<T> {
	value: T;
	index: number;
	file: YamlFile;
	label: string;
}

class Problems {
	readonly list: DataProblem[] = [];
	add(file: YamlFile | string, message: string, where: { path?: Path; record?: string; field?: string } = {}) {
		const name = typeof file === 'string' ? file : file.path;
		const line = typeof file === 'string' || !where.path ? undefined : file.lineOf(where.path);
		this.list.push({
			file: name,
			...(line ? { line } : {}),
			...(where.record ? { record: where.record } : {}),
			...(where.field ? { field: where.field } : {}),
			message
		});
	}
	/** Report against a field of a record. */
	at<T>(item: Item<T>, field: Path, message: string) {
		this.add(item.file, message, {
			path: [item.index, ...field],
			record: item.label,
			field: field.map(String).join('.')
		});
	}
}

function issueMessage(issue: z.core.$ZodIssue): string {
	if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
		return 'is required';
	}
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}, not ${describe(issue.input)}`;
		case 'unrecognized_keys':
			return `unknown field "${issue.keys[0]}"`;
		case 'invalid_value':
			return `must be one of ${issue.values.map(String).join(', ')}; got ${describe(issue.input)}`;
		case 'too_small':
			return issue.message.startsWith('Too small') ? `is too small (minimum ${issue.minimum})` : issue.message;
		default:
			return issue.message;
	}
}

function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(v: unknown): string {
	if (v === null || v === undefined) return 'nothing';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'a mapping';
	return typeof v === 'string' ? `"${v}"` : `${typeof v} ${String(v)}`;
}

/** Zod reports unknown keys once per object; report each at the key itself. */
function splitIssues(issues: readonly z.core.$ZodIssue[]): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] {
	return issues.flatMap((issue): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((k) => ({ issue: { ...issue, keys: [k] }, path: [...issue.path, k] }))
			: [{ issue, path: [...issue.path] }]
	);
}

/** Validate a YAML list file against a record schema; returns the records that pass. */
function readList<S extends z.ZodType>(
	file: YamlFile | undefined,
	schema: S,
	problems: Problems,
	failed: Item<{ id: string }>[] = []
): Item<z.infer<S>>[] {
	if (!file || file.problems.length) return [];
	// An empty file would ship an empty table: a record file lists at least one record.
	if (file.data == null || (Array.isArray(file.data) && file.data.length === 0)) {
		problems.add(file, 'has no records (it is empty or only comments); list at least one record, each starting with "- id: ..."');
		return [];
	}
	if (!Array.isArray(file.data)) {
		problems.add(file, 'must be a YAML list of records (each item starting with "- id: ...")', { path: [] });
		return [];
	}
	const items: Item<z.infer<S>>[] = [];
	file.data.forEach((raw: unknown, index: number) => {
		const rawId = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
		const label = typeof rawId === 'string' && rawId ? rawId : `#${index + 1}`;
		const parsed = schema.safeParse(raw, { reportInput: true });
		if (!parsed.success) {
			failed.push({ value: raw as { id: string }, index, file, label });
			for (const { issue, path } of splitIssues(parsed.error.issues)) {
				problems.add(file, issueMessage(issue), {
					path: [index, ...path],
					record: label,
					...(path.length ? { field: path.map(String).join('.') } : {})
				});
			}
			return;
		}
		items.push({ value: parsed.data, index, file, label });
	});
	return items;
}

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
	/** Check the catalogue and the documents alone: record files may be empty (extraction reads a new document so). */
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

	// --- Documents -------------------------------------------------------------------------
	const catalogueFile = yamlFile(CATALOGUE);
	const catalogue = readList(catalogueFile, catalogueEntrySchema, problems);
	const documents: SourceDocument[] = [];
	const docIds = new Map<string, Item<unknown>>();
	for (const item of catalogue) {
		const entry = item.value;
		if (docIds.has(entry.id)) {
			problems.at(item, ['id'], `duplicate document id "${entry.id}"`);
			continue;
		}
		docIds.set(entry.id, item);
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

	// --- Shared field rules ----------------------------------------------------------------
	const countries: Record<string, Country> = {};
	const country = (item: Item<unknown>, field: Path, code: string): Country | undefined => {
		const r = countryByCode(code);
		if (!r.ok) {
			problems.at(item, field, r.error);
			return undefined;
		}
		countries[code] = r.value;
		return r.value;
	};
	const date = (item: Item<unknown>, field: Path, spec: string | number): DateValue | undefined => {
		const r = parseDate(spec);
		if (!r.ok) problems.at(item, field, r.error);
		return r.ok ? r.value : undefined;
	};
	for (const [kind, items] of Object.entries(failed)) {
		for (const item of items) {
			if (typeof item.value?.id === 'string' && !owners.has(item.value.id)) owners.set(item.value.id, { kind, item });
		}
	}
	const ref = (item: Item<unknown>, field: Path, id: string, kind: string, what = kind) => {
		const owner = owners.get(id);
		if (!owner) problems.at(item, field, `refers to unknown ${what} "${id}"`);
		else if (owner.kind !== kind) problems.at(item, field, `"${id}" is a ${owner.kind}, not ${article(what)}`);
	};
	const refs = (item: Item<unknown>, field: string, ids: readonly string[] | undefined, kind: string, what = kind) =>
		(ids ?? []).forEach((id, i) => ref(item, [field, i], id, kind, what));

	/**
	 * Evidence: the document exists, the quote occurs in it, its own date parses and contains
	 * the record's date, and no record is dated after the news report that reports it.
	 */
	const evidence = (
		item: Item<unknown>,
		list: readonly RawEvidence[] | undefined,
		recordDate: DateValue | undefined,
		field = 'evidence'
	): Evidence[] => {
		const out: Evidence[] = [];
		(list ?? []).forEach((ev, i) => {
			const doc = docById.get(ev.document);
			if (!doc) {
				if (!docIds.has(ev.document)) problems.at(item, [field, i, 'document'], `refers to unknown document "${ev.document}"`);
				return;
			}
			const spans = findQuote(doc.text, ev.quote);
			const span = spans[0];
			if (!span) {
				problems.at(item, [field, i, 'quote'], `quote does not occur in document "${doc.id}" (${doc.file}): "${ev.quote.slice(0, 80)}${ev.quote.length > 80 ? '…' : ''}"`);
				return;
			}
			let evDate: DateValue | null = null;
			if (ev.date !== undefined) {
				evDate = date(item, [field, i, 'date'], ev.date) ?? null;
				if (evDate && recordDate && (recordDate.start < evDate.start || recordDate.end > evDate.end)) {
					problems.at(item, [field, i, 'date'], `the record's date ${recordDate.iso} does not lie within what this evidence supports (${evDate.iso})`);
				}
			}
			if (doc.kind === 'news' && recordDate && recordDate.start > doc.date.end) {
				problems.at(item, [field, i], `the record is dated ${recordDate.label}, after "${doc.id}" that reports it was published (${doc.date.label})`);
			}
			out.push({
				document: doc.id,
				quote: doc.text.slice(span.start, span.end),
				start: span.start,
				end: span.end,
				date: evDate,
				reportedAs: ev.reported_as ?? null,
				note: ev.note ?? null
			});
		});
		return out;
	};
	const origin = (item: Item<unknown>) => ({ file: item.file.path, line: item.file.lineOf([item.index]) ?? 1 });

	// --- Entities ---------------------------------------------------------------------------
	const entities: Entity[] = entityItems.map((item) => {
		const e = item.value;
		const members = (e.members ?? []).map((c, i) => country(item, ['members', i], c)).filter((c): c is Country => !!c);
		if (e.members && e.type !== 'region') problems.at(item, ['members'], 'only a region has members');
		return {
			id: e.id,
			name: e.name,
			type: e.type,
			country: e.country ? (country(item, ['country'], e.country) ?? null) : null,
			aliases: e.aliases ?? [],
			description: e.description ?? null,
			members,
			origin: origin(item)
		};
	});

	// --- Series -----------------------------------------------------------------------------
	const series: Series[] = seriesItems.map((item) => {
		const s = item.value;
		if (s.publisher) ref(item, ['publisher'], s.publisher, 'entity');
		if (!docById.has(s.document) && !docIds.has(s.document)) problems.at(item, ['document'], `refers to unknown document "${s.document}"`);
		return {
			id: s.id,
			name: s.name,
			short: s.short,
			publisher: s.publisher ?? null,
			dollars: s.dollars,
			covers: s.covers ?? 'unspecified',
			description: s.description,
			document: s.document,
			evidence: evidence(item, s.evidence, undefined),
			origin: origin(item)
		};
	});
	const seriesById = new Map(series.map((s) => [s.id, s]));

	// --- Loans ------------------------------------------------------------------------------
	const loans: LoanClaim[] = loanItems.map((item) => {
		const l = item.value;
		ref(item, ['series'], l.series, 'series');
		if (l.lender_entity) ref(item, ['lender_entity'], l.lender_entity, 'entity');
		if (!l.borrower === !l.borrower_region) {
			problems.at(item, ['borrower'], 'give exactly one of borrower (a country code) or borrower_region (a region entity)');
		}
		if (l.borrower_region) {
			ref(item, ['borrower_region'], l.borrower_region, 'entity', 'region');
			const owner = owners.get(l.borrower_region);
			if (owner?.kind === 'entity' && (owner.item.value as { type?: string }).type !== 'region') {
				problems.at(item, ['borrower_region'], `"${l.borrower_region}" is not an entity of type region`);
			}
		}
		let amountUsd = 0;
		if (l.amount.trim().toLowerCase() !== 'none') {
			const m = parseUsd(l.amount);
			if (!m.ok) problems.at(item, ['amount'], m.error);
			else amountUsd = m.usd;
		}
		const period = l.period !== undefined ? date(item, ['period'], l.period) : undefined;
		if (l.period === undefined && !l.period_as_reported) {
			problems.at(item, ['period'], 'is required unless period_as_reported states the period as the source gives it');
		}
		(l.related ?? []).forEach((r, i) => ref(item, ['related', i, 'record'], r.record, 'loan', 'loan claim'));
		return {
			type: 'loan' as const,
			id: l.id,
			series: l.series,
			lender: country(item, ['lender'], l.lender) as Country,
			lenderEntity: l.lender_entity ?? null,
			borrower: l.borrower ? (country(item, ['borrower'], l.borrower) ?? null) : null,
			borrowerRegion: l.borrower_region ?? null,
			amountText: l.amount,
			amountUsd,
			measure: l.measure,
			dollars: seriesById.get(l.series)?.dollars ?? 'unspecified',
			covers: seriesById.get(l.series)?.covers ?? 'unspecified',
			period: period ?? null,
			periodAsReported: l.period_as_reported ?? null,
			loanCount: l.loan_count ?? null,
			shareOfGdpPercent: l.share_of_gdp_percent ?? null,
			note: l.note ?? null,
			related: (l.related ?? []).map((r) => ({ record: r.record, relation: r.relation, declared: true })),
			supersededBy: [] as string[],
			evidence: evidence(item, l.evidence, period),
			origin: origin(item)
		};
	});
	// Links are declared once and shown from both ends.
	const loanById = new Map(loans.map((l) => [l.id, l]));
	for (const l of loans) {
		for (const r of l.related.filter((x) => x.declared)) {
			const other = loanById.get(r.record);
			if (other && !other.related.some((x) => x.record === l.id)) {
				(other.related as RelatedRecord[]).push({ record: l.id, relation: r.relation, declared: false });
			}
		}
	}
	for (const l of loans) (l.supersededBy as string[]).push(...supersedingClaims(loans, l.id));

	// --- Sanctions --------------------------------------------------------------------------
	const sanctions: Sanction[] = sanctionItems.map((item) => {
		const s = item.value;
		const d = date(item, ['date'], s.date);
		const announced = s.announced !== undefined ? date(item, ['announced'], s.announced) : undefined;
		if (d && announced && announced.start < d.start) problems.at(item, ['announced'], `is before the measure's date (${d.label})`);
		ref(item, ['issuer'], s.issuer, 'entity');
		const authority = s.authority === 'not stated' ? [] : (s.authority ?? []);
		refs(item, 'authority', authority, 'sanction');
		// A designation is made under some order; where the sources do not name it the record says so.
		if (s.action === 'designation' && s.authority === undefined) {
			problems.at(item, ['authority'], 'a designation needs the orders it was made under, or "not stated" when the sources do not name them');
		}
		if (s.action !== 'designation' && s.authority !== undefined) problems.at(item, ['authority'], 'only a designation is made under other orders');
		refs(item, 'targets', s.targets, 'entity');
		let assetsBlockedUsd: number | null = null;
		if (s.assets_blocked) {
			const m = parseUsd(s.assets_blocked);
			if (!m.ok) problems.at(item, ['assets_blocked'], m.error);
			else assetsBlockedUsd = m.usd;
		}
		return {
			type: 'sanction' as const,
			id: s.id,
			title: s.title,
			date: d as DateValue,
			announced: announced ?? null,
			action: s.action,
			issuer: s.issuer,
			instrument: s.instrument,
			citation: s.citation ?? null,
			authority,
			targetCountry: country(item, ['target_country'], s.target_country) as Country,
			sectors: [...new Set(s.sectors)],
			targets: s.targets ?? [],
			assetsBlockedUsd,
			evidence: evidence(item, s.evidence, d),
			origin: origin(item)
		};
	});

	// --- Events -----------------------------------------------------------------------------
	const events: LensEvent[] = eventItems.map((item) => {
		const e = item.value;
		const d = date(item, ['date'], e.date);
		refs(item, 'actors', e.actors, 'entity');
		(e.subjects ?? []).forEach((c, i) => {
			if ((e.places ?? []).includes(c)) problems.at(item, ['subjects', i], `"${c}" is already one of the places; subjects are the countries it is about besides where it happened`);
		});
		if (e.part_of) {
			ref(item, ['part_of'], e.part_of, 'event');
			if (e.part_of === e.id) problems.at(item, ['part_of'], 'an event cannot be part of itself');
		}
		return {
			type: 'event' as const,
			id: e.id,
			title: e.title,
			kind: e.kind,
			date: d as DateValue,
			dateNote: e.date_note ?? null,
			actors: e.actors ?? [],
			places: (e.places ?? []).map((c, i) => country(item, ['places', i], c)).filter((c): c is Country => !!c),
			subjects: (e.subjects ?? []).map((c, i) => country(item, ['subjects', i], c)).filter((c): c is Country => !!c),
			location: e.location ?? null,
			partOf: e.part_of ?? null,
			evidence: evidence(item, e.evidence, d),
			origin: origin(item)
		};
	});
	const eventById = new Map(events.map((e) => [e.id, e]));
	for (const item of eventItems) {
		const parent = item.value.part_of ? eventById.get(item.value.part_of) : undefined;
		const child = eventById.get(item.value.id);
		if (parent?.date && child?.date && (child.date.start < parent.date.start || child.date.end > parent.date.end)) {
			problems.at(item, ['date'], `${child.date.label} lies outside the event it is part of, "${parent.id}" (${parent.date.label})`);
		}
	}

	// --- Eras -------------------------------------------------------------------------------
	const eras: Era[] = eraItems.map((item) => {
		const e = item.value;
		const start = date(item, ['start'], e.start);
		const end = e.end !== undefined ? date(item, ['end'], e.end) : undefined;
		if (start && end && end.end < start.start) problems.at(item, ['end'], `is before the era's start (${start.label})`);
		return {
			type: 'era' as const,
			id: e.id,
			label: e.label,
			start: start as DateValue,
			end: end ?? null,
			evidence: evidence(item, e.evidence, start),
			origin: origin(item)
		};
	});

	if (problems.list.length) throw new DatasetError(problems.list);
	return deepFreeze({
		version: options.version,
		documents,
		entities,
		series,
		loans,
		sanctions,
		events,
		eras,
		countries
	});
}
