/**
 * The source documents as the evidence pages show them: a catalogue with how often each is
 * cited, and one document's text cut into highlight segments, each knowing the records whose
 * quoted passages cover it.
 */
import { segmentText } from './highlight.ts';
import { citationsOf, type CitationGroup } from './record-view.ts';
import type { RecordRef } from './records.ts';
import type { Dataset, DocumentKind, RecordType, SourceDocument } from './types.ts';

export interface DocumentMeta {
	readonly id: string;
	readonly title: string;
	readonly kind: DocumentKind;
	readonly publisher: string;
	/** "published" for news, "compiled" for reference notes. */
	readonly dateRole: 'published' | 'compiled';
	/** At its precision: "17 Apr 2019". */
	readonly date: string;
	/** For `<time datetime>`. */
	readonly dateIso: string;
	/** The document's address as catalogued, shown as text. */
	readonly url: string | null;
	/** The address to link to: only http(s), so a catalogue entry can never script the page. */
	readonly href: string | null;
	readonly language: string;
	readonly file: string;
	/** Reference notes: the public records they were compiled from. */
	readonly sources: readonly string[];
}

export function documentMeta(d: SourceDocument): DocumentMeta {
	return {
		id: d.id,
		title: d.title,
		kind: d.kind,
		publisher: d.publisher,
		dateRole: d.kind === 'news' ? 'published' : 'compiled',
		date: d.date.label,
		dateIso: d.date.start,
		url: d.url,
		href: d.url && /^https?:\/\//i.test(d.url) ? d.url : null,
		language: d.language,
		file: `data/documents/${d.file}`,
		sources: d.sources
	};
}

export interface CitationCount {
	readonly type: RecordType;
	readonly label: string;
	readonly count: number;
}

export interface DocumentListItem {
	readonly meta: DocumentMeta;
	/** Records citing the document, by type; types with none left out. */
	readonly citedBy: readonly CitationCount[];
}

export function documentList(ds: Dataset): DocumentListItem[] {
	return ds.documents.map((d) => ({
		meta: documentMeta(d),
		citedBy: citationsOf(ds, d.id).map((g) => ({ type: g.type, label: g.label, count: g.citations.length }))
	}));
}

/** A quoted passage of the document, and the record it is evidence for. */
export interface Passage {
	readonly anchor: string;
	readonly record: RecordRef;
	/** Position of the passage in the record's evidence (1-based). */
	readonly n: number;
	readonly length: number;
}

export interface TextSegment {
	readonly text: string;
	/** Indices into `passages` of the passages covering this segment, shortest first. */
	readonly passages: readonly number[];
	/** Anchors of the passages that begin here. */
	readonly anchors: readonly string[];
}

export interface DocumentView {
	readonly meta: DocumentMeta;
	readonly passages: readonly Passage[];
	readonly segments: readonly TextSegment[];
	readonly citations: readonly CitationGroup[];
	/** How many records cite the document. */
	readonly recordCount: number;
}

export function documentView(ds: Dataset, id: string): DocumentView | undefined {
	const doc = ds.documents.find((d) => d.id === id);
	if (!doc) return undefined;
	const citations = citationsOf(ds, id);
	const spans = citations.flatMap((g) =>
		g.citations.flatMap((c) =>
			c.passages.map((p) => ({ start: p.start, end: p.end, passage: { anchor: p.anchor, record: c.record, n: p.n, length: p.end - p.start } }))
		)
	);
	const passages = spans.map((s) => s.passage);
	const segments = segmentText(doc.text, spans).map((s) => ({
		text: s.text,
		// The most specific passage first: a segment's main link goes to it.
		passages: [...s.covering].sort((a, b) => (passages[a]?.length ?? 0) - (passages[b]?.length ?? 0)),
		anchors: s.starting.map((i) => passages[i]?.anchor ?? '')
	}));
	return {
		meta: documentMeta(doc),
		passages,
		segments,
		citations,
		recordCount: citations.reduce((n, g) => n + g.citations.length, 0)
	};
}

/** "4 loan claims, 20 events and 1 era". */
export function countsInWords(counts: readonly CitationCount[]): string {
	const parts = counts.map((c) => `${c.count} ${c.label.toLowerCase()}`);
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}
