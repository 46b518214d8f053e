/**
 * How a record becomes a mark's self-description (MarkInfo): the first evidence quote, the
 * title of the document it comes from and how many pieces of evidence there are. Shared by
 * every chart view so tooltips, links and tables say the same thing.
 */
import type { Dataset, Evidence } from '../../data/types.ts';
import { recordHref, type MarkInfo } from '../types.ts';

interface Evidenced {
	readonly id: string;
	readonly evidence: readonly Evidence[];
}

export interface MarkText {
	readonly title: string;
	readonly value: string;
	readonly date: string;
}

export function markInfo(ds: Dataset, record: Evidenced, text: MarkText): MarkInfo {
	const first = record.evidence[0];
	const doc = first ? ds.documents.find((d) => d.id === first.document) : undefined;
	return {
		id: record.id,
		href: recordHref(record.id),
		title: text.title,
		value: text.value,
		date: text.date,
		quote: first?.quote ?? '',
		source: doc?.title ?? first?.document ?? '',
		evidenceCount: record.evidence.length
	};
}

/** What a screen reader and the native tooltip announce for a mark. */
export function markLabel(info: MarkInfo): string {
	return `${info.title}. ${info.value}. ${info.date}`;
}

/**
 * The mark's evidence as data attributes, for the embed widget's script-light tooltip (the
 * widget page does not hydrate; see src/lib/embed/widget.ts).
 */
export function markData(info: MarkInfo | null): Record<string, string> {
	if (!info) return {};
	const more = info.evidenceCount - 1;
	return {
		'data-title': info.title,
		'data-value': info.value,
		'data-date': info.date,
		'data-quote': info.quote,
		'data-source': `${info.source}${more > 0 ? `, and ${more} more source${more > 1 ? 's' : ''}` : ''}`
	};
}

/** Ids of the documents the records cite, in first-cited order, each once. */
export function citedDocuments(records: readonly Evidenced[]): string[] {
	return [...new Set(records.flatMap((r) => r.evidence.map((e) => e.document)))];
}
