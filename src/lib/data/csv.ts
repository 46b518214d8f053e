/**
 * One CSV table per record type, for spreadsheets. Formatting is d3-dsv's (RFC 4180 quoting).
 * Cells that a spreadsheet would run as a formula get a leading apostrophe: record text is
 * untrusted. Spreadsheets skip leading whitespace and read full-width signs as their ASCII
 * forms, so those count as formula starts too (OWASP's "CSV injection" guidance).
 */
import { csvFormatRows } from 'd3';
import { borrowerName } from './summary.ts';
import type { Dataset, Evidence } from './types.ts';

export const CSV_TABLES = ['loans', 'sanctions', 'events', 'entities', 'documents'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = string | number | null | undefined;

/** A formula start: =, +, - or @ (ASCII, full-width or small form) after any whitespace, or a tab or CR first. */
const FORMULA_START = /^(?:[\t\r]|[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212])/u;
/**
 * Text that only starts with a minus before a number ("-5", "-5 billion", "-0.3%"): nothing
 * in it a spreadsheet could evaluate, so it stays readable, and a number stays a number.
 */
const NEGATIVE_AMOUNT = /^-\d[\d,.]*%?(?: [\p{L}\p{N} ]*)?$/u;

export function safeCell(v: Cell): string {
	if (v === null || v === undefined) return '';
	const s = String(v);
	if (typeof v !== 'string' || NEGATIVE_AMOUNT.test(s)) return s;
	// Compatibility forms (superscript ⁺, the Hebrew alternative plus ﬩, …) fold to their ASCII sign.
	return FORMULA_START.test(s) || FORMULA_START.test(s.normalize('NFKC')) ? `'${s}` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
	return csvFormatRows([header, ...rows.map((r) => r.map(safeCell))]) + '\n';
}

const evidenceCell = (ev: readonly Evidence[]) =>
	ev.map((e) => `${e.document} [${e.start}-${e.end}]: ${e.quote}`).join(' | ');

export function tableCsv(ds: Dataset, table: CsvTable): string {
	switch (table) {
		case 'loans':
			return toCsv(
				['id', 'series', 'lender', 'borrower', 'borrower_name', 'measure', 'amount_usd', 'amount_as_written', 'dollars',
					'period_start', 'period_end', 'period_precision', 'period_label', 'period_as_reported', 'loan_count',
					'share_of_gdp_percent', 'related', 'status', 'superseded_by', 'note', 'evidence'],
				ds.loans.map((l) => [l.id, l.series, l.lender.code, l.borrower?.code ?? l.borrowerRegion, borrowerName(ds, l),
					l.measure, l.amountUsd, l.amountText, l.dollars, l.period?.start, l.period?.end, l.period?.precision,
					l.period?.label, l.periodAsReported, l.loanCount, l.shareOfGdpPercent,
					l.related.map((r) => `${r.relation}:${r.record}`).join(' '), l.supersededBy.length ? 'superseded' : 'current',
					l.supersededBy.join(' '), l.note, evidenceCell(l.evidence)])
			);
		case 'sanctions':
			return toCsv(
				['id', 'date', 'date_label', 'announced', 'action', 'issuer', 'instrument', 'citation', 'authority',
					'target_country', 'sectors', 'targets', 'assets_blocked_usd', 'title', 'evidence'],
				ds.sanctions.map((s) => [s.id, s.date.iso, s.date.label, s.announced?.iso, s.action, s.issuer, s.instrument,
					s.citation, s.action === 'designation' && !s.authority.length ? 'not stated' : s.authority.join(' '), s.targetCountry.code, s.sectors.join(' '), s.targets.join(' '),
					s.assetsBlockedUsd, s.title, evidenceCell(s.evidence)])
			);
		case 'events':
			return toCsv(
				['id', 'kind', 'date_start', 'date_end', 'date_precision', 'date_label', 'date_note', 'title', 'actors', 'places',
					'subjects', 'location', 'part_of', 'evidence'],
				ds.events.map((e) => [e.id, e.kind, e.date.start, e.date.end, e.date.precision, e.date.label, e.dateNote, e.title,
					e.actors.join(' '), e.places.map((p) => p.code).join(' '),
					e.subjects.map((p) => p.code).join(' '), e.location, e.partOf, evidenceCell(e.evidence)])
			);
		case 'entities':
			return toCsv(
				['id', 'name', 'type', 'country', 'aliases', 'description'],
				ds.entities.map((e) => [e.id, e.name, e.type, e.country?.code, e.aliases.join('; '), e.description])
			);
		case 'documents':
			return toCsv(
				['id', 'file', 'title', 'kind', 'publisher', 'date', 'url', 'language', 'sources'],
				ds.documents.map((d) => [d.id, d.file, d.title, d.kind, d.publisher, d.date.iso, d.url, d.language, d.sources.join(' | ')])
			);
	}
}
