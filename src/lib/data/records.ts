/**
 * Records by id: every record of the dataset as one kind of thing with a type, found by its
 * id (ids are one namespace across record files, so `/records/{id}` needs no type), and the
 * name and link a record goes by. What a record page says is in record-view.ts, the words in
 * words.ts.
 */
import { formatUsd } from './money.ts';
import { borrowerName } from './summary.ts';
import type { Dataset, Era, LensEvent, LoanClaim, RecordType, Sanction, Series, SourceDocument, Entity } from './types.ts';
import { recordHref } from './urls.ts';

/** An entity as a record: its own `type` (person, government…) moves to `entityType`. */
export type EntityRecord = Omit<Entity, 'type'> & { readonly type: 'entity'; readonly entityType: Entity['type'] };
export type SeriesRecord = Series & { readonly type: 'series' };
export type LensRecord = LoanClaim | Sanction | LensEvent | Era | EntityRecord | SeriesRecord;

/** Record types in the order pages list them. */
export const RECORD_TYPES: readonly RecordType[] = ['loan', 'sanction', 'event', 'era', 'series', 'entity'];

/** Every record, in file order: loans, sanctions, events, eras, series, entities. */
export function allRecords(ds: Dataset): LensRecord[] {
	return [
		...ds.loans,
		...ds.sanctions,
		...ds.events,
		...ds.eras,
		...ds.series.map((s): SeriesRecord => ({ ...s, type: 'series' })),
		...ds.entities.map((e): EntityRecord => ({ ...e, type: 'entity', entityType: e.type }))
	];
}

const indexes = new WeakMap<Dataset, Map<string, LensRecord>>();

export function findRecord(ds: Dataset, id: string): LensRecord | undefined {
	let index = indexes.get(ds);
	if (!index) {
		index = new Map(allRecords(ds).map((r) => [r.id, r]));
		indexes.set(ds, index);
	}
	return index.get(id);
}

export function findDocument(ds: Dataset, id: string): SourceDocument | undefined {
	return ds.documents.find((d) => d.id === id);
}

export function amountLabel(l: LoanClaim): string {
	return l.amountUsd === 0 ? 'none' : formatUsd(l.amountUsd);
}

/** A record's name as a link says it: "Venezuela: $62 billion, over the past decade". */
export function recordTitle(ds: Dataset, r: LensRecord): string {
	switch (r.type) {
		case 'loan':
			return `${borrowerName(ds, r)}: ${amountLabel(r)}, ${r.period?.label ?? r.periodAsReported ?? 'period not given'}`;
		case 'sanction':
		case 'event':
			return r.title;
		case 'era':
			return r.label;
		case 'series':
		case 'entity':
			return r.name;
	}
}

/** A link to a record: enough to say what it is without opening it. */
export interface RecordRef {
	readonly id: string;
	readonly type: RecordType;
	readonly title: string;
	readonly href: string;
	/** How the record stands to the one being read: "same quantity as", "target". */
	readonly role?: string;
}

export function recordRef(ds: Dataset, r: LensRecord, role?: string): RecordRef {
	return { id: r.id, type: r.type, title: recordTitle(ds, r), href: recordHref(r.id), ...(role ? { role } : {}) };
}

/** A reference to an id, whether or not it resolves (the build guarantees it does). */
export function refTo(ds: Dataset, id: string, role?: string): RecordRef {
	const r = findRecord(ds, id);
	return r ? recordRef(ds, r, role) : { id, type: 'entity', title: id, href: recordHref(id), ...(role ? { role } : {}) };
}
