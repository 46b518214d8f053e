/**
 * The rules every record type shares: country codes, dates, references to other records by id,
 * and evidence (the document exists and holds the quote, the dates agree). Each reports what
 * is wrong and carries on, so one run lists every problem.
 */
import { countryByCode, type Country } from '../countries.ts';
import { parseDate, type DateValue } from '../dates.ts';
import { findQuote } from '../evidence.ts';
import type { RawEvidence } from '../schema.ts';
import type { Evidence, SourceDocument } from '../types.ts';
import { article, type Item, type Path, type Problems } from './problems.ts';

/** Who holds an id: ids are one namespace across the record files. */
export type Owners = ReadonlyMap<string, { kind: string; item: Item<{ id: string }> }>;

export class FieldRules {
	/** Every country a record names, by code: the dataset's country table. */
	readonly countries: Record<string, Country> = {};

	constructor(
		readonly problems: Problems,
		readonly owners: Owners,
		private readonly docById: ReadonlyMap<string, SourceDocument>,
		private readonly docIds: ReadonlyMap<string, unknown>
	) {}

	country(item: Item<unknown>, field: Path, code: string): Country | undefined {
		const r = countryByCode(code);
		if (!r.ok) {
			this.problems.at(item, field, r.error);
			return undefined;
		}
		this.countries[code] = r.value;
		return r.value;
	}

	date(item: Item<unknown>, field: Path, spec: string | number): DateValue | undefined {
		const r = parseDate(spec);
		if (!r.ok) this.problems.at(item, field, r.error);
		return r.ok ? r.value : undefined;
	}

	ref(item: Item<unknown>, field: Path, id: string, kind: string, what = kind): void {
		const owner = this.owners.get(id);
		if (!owner) this.problems.at(item, field, `refers to unknown ${what} "${id}"`);
		else if (owner.kind !== kind) this.problems.at(item, field, `"${id}" is a ${owner.kind}, not ${article(what)}`);
	}

	refs(item: Item<unknown>, field: string, ids: readonly string[] | undefined, kind: string, what = kind): void {
		(ids ?? []).forEach((id, i) => this.ref(item, [field, i], id, kind, what));
	}

	/** A document id that is catalogued (a text or a table), whether or not it could be read. */
	knowsDocument(id: string): boolean {
		return this.docById.has(id) || this.docIds.has(id);
	}

	/**
	 * Evidence: the document exists, the quote occurs in it, its own date parses and contains
	 * the record's date, and no record is dated after the news report that reports it.
	 */
	evidence(item: Item<unknown>, list: readonly RawEvidence[] | undefined, recordDate: DateValue | undefined, field = 'evidence'): Evidence[] {
		const out: Evidence[] = [];
		(list ?? []).forEach((ev, i) => {
			const doc = this.docById.get(ev.document);
			if (!doc) {
				if (!this.docIds.has(ev.document)) this.problems.at(item, [field, i, 'document'], `refers to unknown document "${ev.document}"`);
				return;
			}
			const spans = findQuote(doc.text, ev.quote);
			const span = spans[0];
			if (!span) {
				this.problems.at(item, [field, i, 'quote'], `quote does not occur in document "${doc.id}" (${doc.file}): "${ev.quote.slice(0, 80)}${ev.quote.length > 80 ? '…' : ''}"`);
				return;
			}
			let evDate: DateValue | null = null;
			if (ev.date !== undefined) {
				evDate = this.date(item, [field, i, 'date'], ev.date) ?? null;
				if (evDate && recordDate && (recordDate.start < evDate.start || recordDate.end > evDate.end)) {
					this.problems.at(item, [field, i, 'date'], `the record's date ${recordDate.iso} does not lie within what this evidence supports (${evDate.iso})`);
				}
			}
			if (doc.kind === 'news' && recordDate && recordDate.start > doc.date.end) {
				this.problems.at(item, [field, i], `the record is dated ${recordDate.label}, after "${doc.id}" that reports it was published (${doc.date.label})`);
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
	}

	/** Where a record is curated: its file and line, for "edit this record" links and messages. */
	origin(item: Item<unknown>): { file: string; line: number } {
		return { file: item.file.path, line: item.file.lineOf([item.index]) ?? 1 };
	}
}
