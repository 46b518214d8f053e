/**
 * How a record becomes a mark's self-description (MarkInfo): the first evidence quote, the
 * title of the document it comes from and how many pieces of evidence there are. Shared by
 * every chart view so tooltips, links and tables say the same thing.
 */
import { recordHref } from './urls.ts';
import type { Dataset, Evidence } from './types.ts';

/**
 * What a mark says about itself: shown in its tooltip on hover or focus, and behind the
 * link it opens. Every chart, the timeline and the map describe their marks this way.
 */
export interface MarkInfo {
	/** Record id; the mark links to /records/{id}. */
	readonly id: string;
	readonly href: string;
	/** What the mark is: "Venezuela: $62 billion", "EO 13850", "CNN reports …". */
	readonly title: string;
	/** The value as a reader says it: "$62 billion (news report, over the past decade)". */
	readonly value: string;
	/** The date at its precision: "15 Apr 2019", "week of 8 Apr 2019", "Feb 2019", "2005–2017". */
	readonly date: string;
	/** The first piece of evidence, verbatim. */
	readonly quote: string;
	/** Where the quote comes from: the document's title (or short name). */
	readonly source: string;
	/** How many pieces of evidence the record has in all. */
	readonly evidenceCount: number;
	/** What they are: quotes of documents (the default), or the cells of one table a mark sums. */
	readonly evidenceKind?: 'quotes' | 'cells';
	/** What activating the mark does, when it is not opening the record: "Click: show only Venezuela". */
	readonly action?: string;
}

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
	return {
		'data-title': info.title,
		'data-value': info.value,
		'data-date': info.date,
		'data-quote': info.quote,
		'data-source': `${info.source}${moreEvidence(info)}`
	};
}

/** What follows the source in a tooltip: ", and 2 more sources", ", and 21 more cells", or nothing. */
export function moreEvidence(info: MarkInfo): string {
	const more = info.evidenceCount - 1;
	if (more <= 0) return '';
	return `, and ${more} more ${info.evidenceKind === 'cells' ? 'cell' : 'source'}${more > 1 ? 's' : ''}`;
}

/** Ids of the documents the records cite, in first-cited order, each once. */
export function citedDocuments(records: readonly Evidenced[]): string[] {
	return [...new Set(records.flatMap((r) => r.evidence.map((e) => e.document)))];
}
