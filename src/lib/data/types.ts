/**
 * The normalised dataset: what every page, endpoint, export and tool reads.
 * Plain data (JSON-serialisable), frozen after it is built.
 */
import type { Country } from './countries.ts';
import type { DateValue } from './dates.ts';
import type {
	DOCUMENT_KINDS,
	COVERS,
	DOLLARS,
	ENTITY_TYPES,
	EVENT_KINDS,
	LOAN_MEASURES,
	RELATIONS,
	SANCTION_ACTIONS,
	SECTORS
} from './vocabulary.ts';

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type LoanMeasure = (typeof LOAN_MEASURES)[number];
export type Dollars = (typeof DOLLARS)[number];
export type Covers = (typeof COVERS)[number];
export type Relation = (typeof RELATIONS)[number];
export type SanctionAction = (typeof SANCTION_ACTIONS)[number];
export type Sector = (typeof SECTORS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type RecordType = 'loan' | 'sanction' | 'event' | 'era' | 'entity' | 'series';

/** Where a record was curated, so an analyst can go straight to it. */
export interface Origin {
	readonly file: string;
	readonly line: number;
}

export interface SourceDocument {
	readonly id: string;
	readonly file: string;
	readonly title: string;
	readonly kind: DocumentKind;
	readonly publisher: string;
	/** Publication date (news) or compilation date (reference). */
	readonly date: DateValue;
	readonly url: string | null;
	readonly language: string;
	/** For reference notes: the public records they were compiled from. */
	readonly sources: readonly string[];
	readonly text: string;
}

export interface Evidence {
	readonly document: string;
	/** The passage exactly as the document has it: `text.slice(start, end)`. */
	readonly quote: string;
	readonly start: number;
	readonly end: number;
	/** The date as this source alone supports it, when curated. */
	readonly date: DateValue | null;
	readonly reportedAs: string | null;
	readonly note: string | null;
}

export interface Entity {
	readonly id: string;
	readonly name: string;
	readonly type: EntityType;
	readonly country: Country | null;
	readonly aliases: readonly string[];
	readonly description: string | null;
	/** For regions: member countries, where listed. */
	readonly members: readonly Country[];
	readonly origin: Origin;
}

export interface Series {
	readonly id: string;
	readonly name: string;
	readonly short: string;
	readonly publisher: string | null;
	readonly dollars: Dollars;
	/** What the series counts: loans only, or all official finance ('unspecified' when not stated). */
	readonly covers: Covers;
	readonly description: string;
	readonly document: string;
	readonly evidence: readonly Evidence[];
	readonly origin: Origin;
}

export interface RelatedRecord {
	readonly record: string;
	readonly relation: Relation;
	/** False when this link was declared on the other record. */
	readonly declared: boolean;
}

export interface LoanClaim {
	readonly type: 'loan';
	readonly id: string;
	readonly series: string;
	readonly lender: Country;
	readonly lenderEntity: string | null;
	readonly borrower: Country | null;
	/** Entity id of a borrowing region ("Latin America and the Caribbean"), when not a country. */
	readonly borrowerRegion: string | null;
	readonly amountText: string;
	/** Whole US dollars; 0 where the source states there was none. */
	readonly amountUsd: number;
	readonly measure: LoanMeasure;
	readonly dollars: Dollars;
	/** What the figure counts, from its series. */
	readonly covers: Covers;
	readonly period: DateValue | null;
	readonly periodAsReported: string | null;
	readonly loanCount: number | null;
	readonly shareOfGdpPercent: number | null;
	readonly note: string | null;
	readonly related: readonly RelatedRecord[];
	/**
	 * Derived from the links, never curated: the claims that revise this figure, or revise a
	 * total it is part of. Empty for a current figure.
	 */
	readonly supersededBy: readonly string[];
	readonly evidence: readonly Evidence[];
	readonly origin: Origin;
}

export interface Sanction {
	readonly type: 'sanction';
	readonly id: string;
	readonly title: string;
	readonly date: DateValue;
	readonly announced: DateValue | null;
	readonly action: SanctionAction;
	readonly issuer: string;
	readonly instrument: string;
	readonly citation: string | null;
	/** The orders a designation was made under; empty when the sources do not state them. */
	readonly authority: readonly string[];
	readonly targetCountry: Country;
	readonly sectors: readonly Sector[];
	readonly targets: readonly string[];
	readonly assetsBlockedUsd: number | null;
	readonly evidence: readonly Evidence[];
	readonly origin: Origin;
}

export interface LensEvent {
	readonly type: 'event';
	readonly id: string;
	readonly title: string;
	readonly kind: EventKind;
	readonly date: DateValue;
	readonly dateNote: string | null;
	readonly actors: readonly string[];
	/** Where it happened. */
	readonly places: readonly Country[];
	/** The countries the action or statement is about, where they are not its places. */
	readonly subjects: readonly Country[];
	readonly location: string | null;
	readonly partOf: string | null;
	readonly evidence: readonly Evidence[];
	readonly origin: Origin;
}

export interface Era {
	readonly type: 'era';
	readonly id: string;
	readonly label: string;
	readonly start: DateValue;
	readonly end: DateValue | null;
	readonly evidence: readonly Evidence[];
	readonly origin: Origin;
}

export type EvidencedRecord = LoanClaim | Sanction | LensEvent | Era;

export interface Dataset {
	/** A hash of every input file: changes whenever a document or record does. */
	readonly version: string;
	readonly documents: readonly SourceDocument[];
	readonly entities: readonly Entity[];
	readonly series: readonly Series[];
	readonly loans: readonly LoanClaim[];
	readonly sanctions: readonly Sanction[];
	readonly events: readonly LensEvent[];
	readonly eras: readonly Era[];
	/** Every country the records mention, by alpha-3 code. */
	readonly countries: Readonly<Record<string, Country>>;
}

/** A file of the `data/` folder: path relative to it, and its text. */
export interface DataFile {
	readonly path: string;
	readonly text: string;
}
