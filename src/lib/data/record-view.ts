/**
 * A record in words, as its page shows it: its fields, its evidence with the way back to each
 * quote, the records citing a document, and for a loan claim the same quantity in other
 * sources beside figures of another scope. Plain data in, plain data out (serialisable, so a
 * server load can hand it to a page).
 */
import { formatUsd } from './money.ts';
import { differentScopeClaims, sameQuantityClaims, scopeInWords } from './quantity.ts';
import { allRecords, findDocument, findRecord, recordRef, recordTitle, refTo, RECORD_TYPES, amountLabel, type EntityRecord, type LensRecord, type RecordRef } from './records.ts';
import { borrowerName, periodLabel } from './summary.ts';
import type { Dataset, DocumentKind, Era, Evidence, LensEvent, LoanClaim, RecordType, RelatedRecord, Sanction, Series } from './types.ts';
import { quoteAnchor, sourceHref } from './urls.ts';
import { capitalise, COVERS_WORDS, dateInWords, DOLLAR_WORDS, MEASURE_WORDS, typeLabel, words } from './words.ts';

function relationWords(r: RelatedRecord): string {
	switch (r.relation) {
		case 'same-quantity':
			return 'reports the same quantity as';
		case 'revision-of':
			return r.declared ? 'revises' : 'is revised by';
		case 'part-of':
			return r.declared ? 'is part of' : 'includes';
	}
}

function dollarsExact(usd: number): string {
	return `${usd.toLocaleString('en-US')} US dollars`;
}

// --- Fields -------------------------------------------------------------------------------

/** One line of a record's description: a label, its value in words, and any linked records. */
export interface RecordField {
	readonly label: string;
	readonly text?: string;
	readonly refs?: readonly RecordRef[];
}

const field = (label: string, text: string | null | undefined): RecordField[] =>
	text === null || text === undefined || text === '' ? [] : [{ label, text }];
const refsField = (label: string, refs: readonly RecordRef[]): RecordField[] => (refs.length ? [{ label, refs }] : []);

function loanFields(ds: Dataset, l: LoanClaim): RecordField[] {
	const series = ds.series.find((s) => s.id === l.series);
	const region = l.borrowerRegion ? [refTo(ds, l.borrowerRegion)] : [];
	return [
		...field(
			'Amount',
			l.amountUsd === 0 ? `none (written “${l.amountText}”)` : `${dollarsExact(l.amountUsd)} (written “${l.amountText}”)`
		),
		...field('Measure', capitalise(MEASURE_WORDS[l.measure])),
		...field('Dollars', capitalise(DOLLAR_WORDS[l.dollars])),
		...field('Counts', capitalise(COVERS_WORDS[l.covers])),
		...field('Status', supersededRefs(ds, l).length ? 'Superseded: a later release revised it' : 'Current: no later release revises it'),
		...refsField('Superseded by', supersededRefs(ds, l)),
		...field('Lender', l.lender.name),
		...refsField('Lending institution', l.lenderEntity ? [refTo(ds, l.lenderEntity)] : []),
		...(l.borrower ? field('Borrower', l.borrower.name) : refsField('Borrower', region)),
		...field(
			'Period',
			l.period ? dateInWords(l.period) : `“${l.periodAsReported ?? ''}”, as reported; the source gives no exact period`
		),
		...field('Loans', l.loanCount === null ? null : `${l.loanCount} loan${l.loanCount === 1 ? '' : 's'}`),
		...field('Share of GDP', l.shareOfGdpPercent === null ? null : `${l.shareOfGdpPercent} percent`),
		...refsField('Series', [refTo(ds, l.series)]),
		...field('Scope of the series', series?.description),
		...field('Note', l.note),
		...refsField(
			'Related claims',
			l.related.map((r) => refTo(ds, r.record, relationWords(r)))
		)
	];
}

/** The figures that replace `l`, each saying how: "revises this figure", "revises the total it is part of". */
export function supersededRefs(ds: Dataset, l: LoanClaim): RecordRef[] {
	return l.supersededBy.map((id) =>
		refTo(ds, id, l.related.some((r) => r.record === id && r.relation === 'revision-of') ? 'revises this figure' : 'revises the total this figure is part of')
	);
}

/** The orders a designation was made under; the sources do not always name them, and the record says so. */
export function authorityWords(s: Sanction): string | null {
	if (s.action !== 'designation') return null;
	return s.authority.length ? s.authority.join('; ') : 'not stated in the sources';
}

/** "current", or "superseded by Latin America and the Caribbean: $2.1 billion, 2018". */
export function statusWords(ds: Dataset, l: LoanClaim): string {
	const by = supersededRefs(ds, l);
	return by.length ? `superseded by ${by.map((r) => r.title).join('; ')}` : 'current';
}

function sanctionFields(ds: Dataset, s: Sanction): RecordField[] {
	return [
		...field('Measure', s.title),
		...field('Date', dateInWords(s.date)),
		...field('Announced', s.announced ? dateInWords(s.announced) : null),
		...field('Action', s.action === 'executive-order' ? 'Executive order' : 'Designation'),
		...refsField('Issued by', [refTo(ds, s.issuer)]),
		...field('Instrument', s.instrument),
		...field('Federal Register', s.citation),
		...field('Authority', authorityWords(s)),
		...field('Target country', s.targetCountry.name),
		...field('Sectors', capitalise(s.sectors.map(words).join(', '))),
		...refsField(
			'Targets',
			s.targets.map((t) => refTo(ds, t))
		),
		...field('Assets blocked', s.assetsBlockedUsd === null ? null : `${formatUsd(s.assetsBlockedUsd)} (${dollarsExact(s.assetsBlockedUsd)})`)
	];
}

function eventFields(ds: Dataset, e: LensEvent): RecordField[] {
	const parts = ds.events.filter((x) => x.partOf === e.id).map((x) => recordRef(ds, x));
	return [
		...field('Kind', capitalise(e.kind)),
		...field('Date', dateInWords(e.date)),
		...field('How the date was bounded', e.dateNote),
		...refsField(
			'Actors',
			e.actors.map((a) => refTo(ds, a))
		),
		...field('Places', e.places.map((p) => p.name).join(', ') || 'not stated in the sources'),
		...field('About', e.subjects.map((p) => p.name).join(', ')),
		...field('Location', e.location),
		...refsField('Part of', e.partOf ? [refTo(ds, e.partOf)] : []),
		...refsField('Includes', parts)
	];
}

function eraFields(e: Era): RecordField[] {
	return [
		...field('Starts', dateInWords(e.start)),
		...field('Ends', e.end ? dateInWords(e.end) : 'open: runs to the end of the data')
	];
}

function seriesFields(ds: Dataset, s: Series): RecordField[] {
	const doc = findDocument(ds, s.document);
	return [
		...field('Scope', s.description),
		...field('Dollars', capitalise(DOLLAR_WORDS[s.dollars])),
		...refsField('Publisher', s.publisher ? [refTo(ds, s.publisher)] : []),
		...field('Document', doc?.title),
		...refsField(
			'Claims in this series',
			ds.loans.filter((l) => l.series === s.id).map((l) => recordRef(ds, l))
		)
	];
}

function entityFields(e: EntityRecord): RecordField[] {
	return [
		...field('Type', capitalise(e.entityType)),
		...field('Country', e.country?.name),
		...field('Also called', e.aliases.join(', ')),
		...field('Description', e.description),
		...field('Members', e.members.map((m) => m.name).join(', '))
	];
}

/** All of a record's fields in words, in the order a reader wants them. */
export function describeRecord(ds: Dataset, r: LensRecord): RecordField[] {
	switch (r.type) {
		case 'loan':
			return loanFields(ds, r);
		case 'sanction':
			return sanctionFields(ds, r);
		case 'event':
			return eventFields(ds, r);
		case 'era':
			return eraFields(r);
		case 'series':
			return seriesFields(ds, r);
		case 'entity':
			return entityFields(r);
	}
}

// --- Evidence -----------------------------------------------------------------------------

/** One piece of evidence as a page shows it: the quote, its document, and the way back to it. */
export interface EvidenceView {
	/** 1-based position in the record's evidence. */
	readonly n: number;
	readonly anchor: string;
	/** The highlighted passage in its document's page. */
	readonly href: string;
	readonly quote: string;
	readonly document: {
		readonly id: string;
		readonly title: string;
		readonly kind: DocumentKind;
		readonly publisher: string;
		/** Publication (news) or compilation (reference) date, at its precision. */
		readonly date: string;
	};
	/** The date this source alone supports, when curated. */
	readonly date: string | null;
	/** The phrase the date was resolved from ("late Monday"). */
	readonly reportedAs: string | null;
	readonly note: string | null;
}

export function evidenceOf(r: LensRecord): readonly Evidence[] {
	return r.type === 'entity' ? [] : r.evidence;
}

export function evidenceViews(ds: Dataset, r: LensRecord): EvidenceView[] {
	return evidenceOf(r).map((e, i) => {
		const doc = findDocument(ds, e.document);
		const anchor = quoteAnchor(r.id, i + 1);
		return {
			n: i + 1,
			anchor,
			href: sourceHref(e.document, anchor),
			quote: e.quote,
			document: {
				id: e.document,
				title: doc?.title ?? e.document,
				kind: doc?.kind ?? 'news',
				publisher: doc?.publisher ?? '',
				date: doc?.date.label ?? ''
			},
			date: e.date ? dateInWords(e.date) : null,
			reportedAs: e.reportedAs,
			note: e.note
		};
	});
}

/** A record citing a document, with the passages it cites there. */
export interface Citation {
	readonly record: RecordRef;
	readonly passages: readonly { readonly n: number; readonly anchor: string; readonly quote: string; readonly start: number; readonly end: number }[];
}

export interface CitationGroup {
	readonly type: RecordType;
	readonly label: string;
	readonly citations: readonly Citation[];
}

/** Records citing a document, grouped by type (in RECORD_TYPES order; empty groups left out). */
export function citationsOf(ds: Dataset, documentId: string): CitationGroup[] {
	const byType = new Map<RecordType, Citation[]>();
	for (const r of allRecords(ds)) {
		const passages = evidenceOf(r)
			.map((e, i) => ({ e, n: i + 1 }))
			.filter(({ e }) => e.document === documentId)
			.map(({ e, n }) => ({ n, anchor: quoteAnchor(r.id, n), quote: e.quote, start: e.start, end: e.end }));
		if (!passages.length) continue;
		const list = byType.get(r.type) ?? [];
		list.push({ record: recordRef(ds, r), passages });
		byType.set(r.type, list);
	}
	return RECORD_TYPES.flatMap((type) => {
		const citations = byType.get(type);
		return citations ? [{ type, label: typeLabel(type, citations.length), citations }] : [];
	});
}

// --- Loan claims side by side --------------------------------------------------------------

/** One claim in a comparison with the figures other sources give for the same borrower. */
export interface ComparedClaim {
	readonly record: RecordRef;
	/** The claim the page is about. */
	readonly current: boolean;
	readonly amount: string;
	/** The amount as the source writes it, when that differs from `amount`. */
	readonly amountText: string | null;
	readonly period: string;
	readonly loanCount: number | null;
	readonly series: RecordRef;
	/** Measure, period, dollar basis and what the figure counts, in words. */
	readonly scope: string;
	/** The series' own description of what it covers. */
	readonly seriesScope: string;
	readonly dollars: string;
	/** The figures that replace this one; empty for a current figure. */
	readonly supersededBy: readonly RecordRef[];
}

function comparedClaim(ds: Dataset, c: LoanClaim, current: boolean): ComparedClaim {
	const series = ds.series.find((s) => s.id === c.series);
	return {
		record: recordRef(ds, c),
		current,
		amount: amountLabel(c),
		amountText: c.amountText === amountLabel(c) ? null : c.amountText,
		period: periodLabel(c),
		loanCount: c.loanCount,
		series: refTo(ds, c.series),
		scope: scopeInWords(c),
		seriesScope: series?.description ?? '',
		dollars: DOLLAR_WORDS[c.dollars],
		supersededBy: supersededRefs(ds, c)
	};
}

/**
 * The claims reporting the same quantity as `l` (see quantity.ts), itself included and
 * marked, largest first. Empty when no other source reports it.
 */
export function comparableClaims(ds: Dataset, l: LoanClaim): ComparedClaim[] {
	const same = sameQuantityClaims(ds.loans, l);
	if (!same.length) return [];
	return [l, ...same].sort((a, b) => b.amountUsd - a.amountUsd).map((c) => comparedClaim(ds, c, c.id === l.id));
}

/** Other figures for the same borrower that measure something else: a different scope. */
export function differentScopeFigures(ds: Dataset, l: LoanClaim): ComparedClaim[] {
	const order = new Map(ds.series.map((s, i) => [s.id, i]));
	return differentScopeClaims(ds.loans, l)
		.sort((a, b) => (order.get(a.series) ?? 0) - (order.get(b.series) ?? 0) || b.amountUsd - a.amountUsd)
		.map((c) => comparedClaim(ds, c, false));
}

// --- Entities -----------------------------------------------------------------------------

/** The records naming an entity, each with the part it plays there ("target", "actor"). */
export function mentionsOf(ds: Dataset, entityId: string): RecordRef[] {
	const out: RecordRef[] = [];
	const add = (r: LensRecord, role: string) => out.push(recordRef(ds, r, role));
	for (const l of ds.loans) {
		if (l.lenderEntity === entityId) add(l, 'lender');
		if (l.borrowerRegion === entityId) add(l, 'borrower');
	}
	for (const s of ds.sanctions) {
		if (s.issuer === entityId) add(s, 'issuer');
		if (s.targets.includes(entityId)) add(s, 'target');
	}
	for (const e of ds.events) if (e.actors.includes(entityId)) add(e, 'actor');
	for (const s of ds.series) if (s.publisher === entityId) add({ ...s, type: 'series' }, 'publisher');
	return out;
}

// --- The record page -----------------------------------------------------------------------

export interface RecordView {
	readonly id: string;
	readonly type: RecordType;
	readonly typeLabel: string;
	readonly title: string;
	readonly fields: readonly RecordField[];
	readonly evidence: readonly EvidenceView[];
	/** Loan claims: the same quantity in other sources, this one marked (empty when none). */
	readonly sameQuantity: readonly ComparedClaim[];
	/** What they are figures for: "Venezuela: lending committed over the period". */
	readonly sameQuantityCaption: string;
	/** Loan claims: other figures for this borrower, with a different scope. */
	readonly differentScope: readonly ComparedClaim[];
	readonly differentScopeCaption: string;
	/** Entities: the records that name them, grouped by type. */
	readonly mentions: readonly { readonly type: RecordType; readonly label: string; readonly records: readonly RecordRef[] }[];
	/** "data/records/loans.yaml line 6". */
	readonly origin: { readonly file: string; readonly line: number };
}

export function recordView(ds: Dataset, id: string): RecordView | undefined {
	const r = findRecord(ds, id);
	if (!r) return undefined;
	const mentions = r.type === 'entity' ? mentionsOf(ds, r.id) : [];
	return {
		id: r.id,
		type: r.type,
		typeLabel: typeLabel(r.type),
		title: recordTitle(ds, r),
		fields: describeRecord(ds, r),
		evidence: evidenceViews(ds, r),
		sameQuantity: r.type === 'loan' ? comparableClaims(ds, r) : [],
		sameQuantityCaption: r.type === 'loan' ? `${borrowerName(ds, r)}: ${scopeInWords(r)}` : '',
		differentScope: r.type === 'loan' ? differentScopeFigures(ds, r) : [],
		differentScopeCaption: r.type === 'loan' ? `${borrowerName(ds, r)}: figures with a different scope from this claim's` : '',
		mentions: RECORD_TYPES.flatMap((type) => {
			const records = mentions.filter((m) => m.type === type);
			return records.length ? [{ type, label: typeLabel(type, records.length), records }] : [];
		}),
		origin: { file: `data/${r.origin.file}`, line: r.origin.line }
	};
}
