/**
 * Records read from published tables. Each figure keeps its release, dollar basis and measure,
 * so that figures of different releases (GCOF 1.0, GCDF 3.0), bases (constant 2014, constant
 * 2021, nominal, current) and measures (commitments, debt stock) are never added up unnoticed.
 */
import type { DateValue } from '../dates.ts';

/** Dollar bases of the tables, as each publisher states them. */
export const TABLE_DOLLARS = ['constant-2021', 'constant-2014', 'nominal', 'current'] as const;
export type TableDollars = (typeof TABLE_DOLLARS)[number];

/** AidData's flow classes (OECD terms), as URL values. */
export const FLOW_CLASSES = ['oda-like', 'oof-like', 'vague'] as const;
export type FlowClass = (typeof FLOW_CLASSES)[number];

/** How a flow class is named wherever a reader sees it (legends, filters, subtitles). */
export const FLOW_CLASS_LABELS: Readonly<Record<FlowClass, string>> = {
	'oda-like': 'ODA-like (aid)',
	'oof-like': 'OOF-like (other official flows)',
	vague: 'Vague (official finance not classified)'
};

export const CREDITORS = ['china-bilateral', 'china-private', 'other'] as const;
export type Creditor = (typeof CREDITORS)[number];

/** A licence a dataset is published under. */
export interface Licence {
	readonly id: string;
	readonly name: string;
	readonly url: string;
	/** What a reuser must do, in a few words. */
	readonly terms: string;
}

/** A published table, catalogued like a document. */
export interface DatasetDocument {
	readonly id: string;
	readonly file: string;
	readonly title: string;
	readonly kind: 'dataset';
	readonly publisher: string;
	readonly release: string;
	/** When the release was published, at the precision known; null when no source gives it. */
	readonly published: DateValue | null;
	readonly licence: Licence;
	readonly citation: string;
	readonly url: string | null;
	/** Where this copy was taken from, byte for byte. */
	readonly copyOf: string;
	readonly rows: number;
	/** The column(s) whose cells name a row. */
	readonly key: readonly string[];
	/** The columns read, with the publisher's definitions. */
	readonly columns: readonly { readonly name: string; readonly definition: string }[];
}

/**
 * A cell a record was read from: `text.slice(start, end)` of the (decompressed) file is `text`.
 * `row` counts data rows from 1 (the header is not a row); `key` names the row by its key cells.
 */
export interface CellEvidence {
	readonly table: string;
	readonly row: number;
	readonly key: string;
	readonly column: string;
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** GCDF 3.0: commitments to one country in one year of one flow class. */
export interface CountryYearFlow {
	readonly country: string;
	readonly year: number;
	readonly flowClass: FlowClass;
	readonly usd: number;
	readonly dollars: 'constant-2021';
	readonly measure: 'commitments';
	readonly evidence: CellEvidence;
}

/** GCDF 3.0: a country's commitments 2000-2021, and its World Bank region. */
export interface CountryTotal {
	readonly country: string;
	readonly name: string;
	readonly region: string | null;
	readonly income: string | null;
	readonly usd: number;
	readonly dollars: 'constant-2021';
	readonly measure: 'commitments';
	readonly evidence: CellEvidence;
}

/** GCDF 3.0: commitments to every recipient (regional records included) in a year, by flow class. */
export interface WorldYearFlow {
	readonly year: number;
	readonly flowClass: FlowClass;
	readonly usd: number;
	readonly dollars: 'constant-2021';
	readonly measure: 'commitments';
	readonly evidence: CellEvidence;
}

/** GCOF 1.0: one project. Amounts are null where the table gives none. */
export interface Project {
	readonly id: string;
	readonly row: number;
	readonly recommended: boolean;
	readonly year: number;
	readonly agency: string;
	/** ISO alpha-3 code, or null for a project with several or regional recipients. */
	readonly recipient: string | null;
	readonly recipientName: string;
	readonly region: string;
	readonly title: string;
	readonly description: string;
	readonly status: string;
	readonly flow: string;
	readonly flowClass: FlowClass;
	readonly amount: number | null;
	readonly currency: string | null;
	readonly usd2014: number | null;
	readonly usdCurrent: number | null;
	readonly sector: string;
	/** The cells each field was read from, by column name. */
	readonly evidence: Readonly<Record<string, CellEvidence>>;
}

/** World Bank IDS: debt owed at the end of a year by a debtor to a creditor group. */
export interface DebtStock {
	/** ISO alpha-3 code, or null for an aggregate of countries. */
	readonly debtor: string | null;
	readonly debtorName: string;
	readonly year: number;
	readonly creditor: Creditor;
	readonly usd: number;
	readonly dollars: 'current';
	readonly measure: 'debt-stock';
	readonly evidence: CellEvidence;
}

/** A row the mapping could not read, or read only in part: counted and listed, never dropped unseen. */
export interface UnreadRow {
	readonly table: string;
	readonly file: string;
	readonly row: number;
	readonly line: number;
	readonly key: string;
	readonly column: string;
	readonly text: string;
	readonly reason: string;
	/** `skipped`: the row gives no record; `partial`: the record is kept without this field. */
	readonly effect: 'skipped' | 'partial';
}

export interface Tables {
	readonly documents: readonly DatasetDocument[];
	readonly countryYears: readonly CountryYearFlow[];
	readonly countryTotals: readonly CountryTotal[];
	readonly worldYears: readonly WorldYearFlow[];
	readonly projects: readonly Project[];
	readonly debt: readonly DebtStock[];
	readonly unread: readonly UnreadRow[];
	/** Cross-checks that held, in words, for data:check. */
	readonly checks: readonly string[];
}

export const EMPTY_TABLES: Tables = {
	documents: [],
	countryYears: [],
	countryTotals: [],
	worldYears: [],
	projects: [],
	debt: [],
	unread: [],
	checks: []
};
