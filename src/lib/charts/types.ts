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
	/** What activating the mark does, when it is not opening the record: "Click: show only Venezuela". */
	readonly action?: string;
}

export { recordHref } from '../data/records.ts';
