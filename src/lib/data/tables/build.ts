/**
 * Builds the records of the published tables: reads each catalogued table, applies its
 * declared mapping, re-reads every cited cell, and runs the cross-checks. Like buildDataset it
 * does no input or output, and reports problems as values, each naming file, row and column.
 */
import { parseDate, type DateValue } from '../dates.ts';
import type { DataProblem } from '../errors.ts';
import type { LoanClaim } from '../types.ts';
import { CsvSyntaxError, readCsv, type CsvText } from './cells.ts';
import { applyMapping, type Mapped, type TableMapping } from './mapping.ts';
import {
	countryTotalsMapping,
	countryYearsMapping,
	cowIso3Mapping,
	debtMapping,
	GCDF3_SERIES,
	LICENCES,
	projectsMapping,
	TABLE_IDS,
	WORLD_BANK_AGGREGATES,
	WORLD_BANK_NAMES,
	worldYearsMapping
} from './mappings.ts';
import type {
	CellEvidence,
	CountryTotal,
	CountryYearFlow,
	DatasetDocument,
	DebtStock,
	FlowClass,
	Project,
	Tables,
	UnreadRow,
	WorldYearFlow
} from './types.ts';
import { countryByName } from '../countries.ts';

/** A catalogue entry of kind `dataset`, as written (its structure already checked). */
export interface DatasetEntry {
	readonly id: string;
	readonly file: string;
	readonly title?: string;
	readonly publisher?: string;
	readonly release?: string;
	readonly published?: string | number;
	readonly licence?: string;
	readonly citation?: string;
	readonly url?: string;
	readonly copy_of?: string;
	readonly rows?: number;
	readonly key?: readonly string[];
	readonly columns?: Readonly<Record<string, string>>;
	/** Sums of a column that the publisher states, checked against the table. */
	readonly stated_sums?: readonly { readonly column: string; readonly usd: number; readonly source: string }[];
	/** Line of the entry in the catalogue. */
	readonly line?: number;
}

export const CATALOGUE_FILE = 'documents/index.yaml';

interface Loaded {
	readonly doc: DatasetDocument;
	readonly path: string;
	readonly text: string;
	readonly csv: CsvText;
}

/** Half a unit of the last digit written: "$112.9 billion" → $50 million. */
export function writtenHalfUnit(amountText: string): number | null {
	const m = /([\d,]+)(?:\.(\d+))?\s*(trillion|billion|million|thousand)?/i.exec(amountText);
	if (!m) return null;
	const scale = { trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 }[(m[3] ?? '').toLowerCase()] ?? 1;
	return (0.5 * scale) / 10 ** (m[2]?.length ?? 0);
}

const bn = (usd: number) => `$${(usd / 1e9).toLocaleString('en-US', { maximumFractionDigits: 6 })} billion`;

/** Re-read a cited cell: the row and column exist, the offsets hold that cell, and its text is as cited. */
export function checkCell(text: string, csv: CsvText, key: readonly string[], ev: CellEvidence): string | null {
	const r = csv.rows[ev.row - 1];
	if (!r) return `row ${ev.row} does not exist: the table has ${csv.rows.length} rows`;
	const col = csv.header.indexOf(ev.column);
	if (col < 0) return `column "${ev.column}" does not exist`;
	const rowKey = key.map((c) => `${c} ${r.cells[csv.header.indexOf(c)]?.value ?? ''}`).join(', ');
	if (rowKey !== ev.key) return `row ${ev.row} is now "${rowKey}", not "${ev.key}" as cited`;
	const cell = r.cells[col]!;
	if (cell.start !== ev.start || cell.end !== ev.end) {
		return `offsets ${ev.start}-${ev.end} do not hold the cell, which is at ${cell.start}-${cell.end}`;
	}
	const now = text.slice(ev.start, ev.end);
	if (now !== ev.text) return `the cell reads "${now}", not "${ev.text}" as cited`;
	return null;
}

export function buildTables(
	entries: readonly DatasetEntry[],
	files: ReadonlyMap<string, string>,
	curated: { readonly loans: readonly LoanClaim[] }
): { tables: Tables; problems: DataProblem[] } {
	const problems: DataProblem[] = [];
	const entryProblem = (e: DatasetEntry, field: string, message: string) =>
		problems.push({ file: CATALOGUE_FILE, ...(e.line ? { line: e.line } : {}), record: e.id, field, message });

	// --- Catalogue and files ---------------------------------------------------------------
	const loaded = new Map<string, Loaded>();
	for (const e of entries) {
		const need = <K extends keyof DatasetEntry>(k: K): NonNullable<DatasetEntry[K]> | undefined => {
			if (e[k] === undefined) entryProblem(e, k, 'is required for a dataset');
			return e[k] ?? undefined;
		};
		const [title, publisher, release, licenceId, citation, copyOf, rows, key, columns] = [
			need('title'), need('publisher'), need('release'), need('licence'), need('citation'), need('copy_of'),
			need('rows'), need('key'), need('columns')
		] as [string?, string?, string?, string?, string?, string?, number?, string[]?, Record<string, string>?];
		const licence = licenceId ? LICENCES[licenceId] : undefined;
		if (licenceId && !licence) entryProblem(e, 'licence', `"${licenceId}" is not a known licence (${Object.keys(LICENCES).join(', ')})`);
		let published: DateValue | null = null;
		if (e.published !== undefined) {
			const d = parseDate(e.published);
			if (!d.ok) entryProblem(e, 'published', d.error);
			else published = d.value;
		}
		const path = `documents/${e.file}`;
		const text = files.get(path);
		if (text === undefined) {
			entryProblem(e, 'file', `document file "${path}" does not exist`);
			continue;
		}
		let csv: CsvText;
		try {
			csv = readCsv(text);
		} catch (err) {
			if (err instanceof CsvSyntaxError) {
				problems.push({ file: path, line: err.line, record: e.id, message: err.message });
				continue;
			}
			throw err;
		}
		if (rows !== undefined && csv.rows.length !== rows) {
			problems.push({ file: path, record: e.id, message: `has ${csv.rows.length} data rows; the catalogue says ${rows}: has the file changed?` });
		}
		for (const c of [...(key ?? []), ...Object.keys(columns ?? {})]) {
			if (!csv.header.includes(c)) problems.push({ file: path, line: 1, record: e.id, field: c, message: `column "${c}" named in the catalogue is not in the header` });
		}
		if (!title || !publisher || !release || !licence || !citation || !copyOf || rows === undefined || !key || !columns) continue;
		loaded.set(e.id, {
			path,
			text,
			csv,
			doc: {
				id: e.id,
				file: e.file,
				title,
				kind: 'dataset',
				publisher,
				release,
				published,
				licence,
				citation,
				url: e.url ?? null,
				copyOf,
				rows,
				key,
				columns: Object.entries(columns).map(([name, definition]) => ({ name, definition }))
			}
		});
	}

	const unread: UnreadRow[] = [];
	const checks: string[] = [];
	const apply = <F>(mapping: TableMapping<F>): (Mapped<F> & { t: Loaded }) | undefined => {
		const t = loaded.get(mapping.table);
		if (!t) return undefined;
		const m = applyMapping(mapping, { file: t.path, text: t.text, csv: t.csv, key: t.doc.key });
		for (const c of m.missingColumns) {
			problems.push({ file: t.path, line: 1, record: t.doc.id, field: c, message: `column "${c}", which the mapping reads, is not in the header` });
		}
		unread.push(...m.unread);
		return { ...m, t };
	};
	const requires = (id: string, needs: string) => {
		if (loaded.has(id) && !loaded.has(needs)) {
			problems.push({ file: CATALOGUE_FILE, record: id, message: `reading "${id}" needs the table "${needs}", which is not catalogued or could not be read` });
		}
	};
	requires(TABLE_IDS.countryYears, TABLE_IDS.cowIso3);

	// --- GCDF 3.0 ----------------------------------------------------------------------------
	const cow = apply(cowIso3Mapping);
	const cowToIso3 = new Map((cow?.rows ?? []).map((r) => [r.values.cow as string, r.values.iso3 as string]));
	const cy = cow ? apply(countryYearsMapping(cowToIso3)) : undefined;
	const countryYears: CountryYearFlow[] = [];
	for (const r of cy?.rows ?? []) {
		for (const [flowClass, field] of [['oof-like', 'oof'], ['oda-like', 'oda'], ['vague', 'vague']] as const) {
			countryYears.push({
				country: r.values.country as string,
				year: r.values.year as number,
				flowClass,
				usd: r.values[field] as number,
				dollars: 'constant-2021',
				measure: 'commitments',
				evidence: r.cells[field]
			});
		}
	}
	const ct = apply(countryTotalsMapping);
	const countryTotals: CountryTotal[] = (ct?.rows ?? []).map((r) => ({
		country: r.values.country as string,
		name: r.values.name as string,
		region: r.values.region && r.values.region !== 'NA' ? r.values.region : null,
		income: r.values.income && r.values.income !== 'NA' ? r.values.income : null,
		usd: r.values.usd as number,
		dollars: 'constant-2021',
		measure: 'commitments',
		evidence: r.cells.usd
	}));
	const wy = apply(worldYearsMapping);
	const worldYears: WorldYearFlow[] = (wy?.rows ?? []).map((r) => ({
		year: r.values.year as number,
		flowClass: r.values.flowClass as FlowClass,
		usd: r.values.usd as number,
		dollars: 'constant-2021',
		measure: 'commitments',
		evidence: r.cells.usd
	}));

	// --- GCOF 1.0 ----------------------------------------------------------------------------
	const pm = apply(projectsMapping);
	const projects: Project[] = (pm?.rows ?? []).map((r) => {
		const v = r.values;
		const c = r.cells;
		return {
			id: v.id as string,
			row: r.row,
			recommended: v.recommended as boolean,
			year: v.year as number,
			agency: v.agency ?? '',
			recipient: v.recipient,
			recipientName: v.recipientName ?? '',
			region: v.region ?? '',
			title: v.title as string,
			description: v.description ?? '',
			status: v.status ?? '',
			flow: v.flow ?? '',
			flowClass: v.flowClass as FlowClass,
			amount: v.amount,
			currency: v.currency,
			usd2014: v.usd2014,
			usdCurrent: v.usdCurrent,
			sector: v.sector ?? '',
			evidence: {
				project_id: c.id,
				title: c.title,
				description: c.description,
				funding_agency: c.agency,
				recipient_iso3: c.recipient,
				year: c.year,
				status: c.status,
				flow: c.flow,
				amount: c.amount,
				usd_defl_2014: c.usd2014,
				usd_current: c.usdCurrent,
				crs_sector_name: c.sector,
				recommended_for_research: c.recommended
			}
		};
	});
	const projectIds = new Map<string, number>();
	for (const p of projects) {
		const prior = projectIds.get(p.id);
		if (prior !== undefined) {
			problems.push({ file: pm!.t.path, line: pm!.t.csv.rows[p.row - 1]?.line, record: `project_id ${p.id}`, field: 'project_id', message: `row ${p.row}: project_id ${p.id} is also row ${prior}` });
		} else projectIds.set(p.id, p.row);
	}

	// --- World Bank IDS ----------------------------------------------------------------------
	const debtorCode = (name: string): string | null | undefined => {
		if ((WORLD_BANK_AGGREGATES as readonly string[]).includes(name)) return null;
		return WORLD_BANK_NAMES[name] ?? countryByName(name)?.code;
	};
	const dm = apply(debtMapping(debtorCode));
	const debt: DebtStock[] = (dm?.rows ?? []).map((r) => ({
		debtor: r.values.debtor || null,
		debtorName: r.values.debtorName as string,
		year: r.values.year as number,
		creditor: r.values.creditor!,
		usd: r.values.usd as number,
		dollars: 'current',
		measure: 'debt-stock',
		evidence: r.cells.usd
	}));

	// --- Every cited cell, re-read -----------------------------------------------------------
	const verify = (ev: CellEvidence, record: string) => {
		const t = loaded.get(ev.table);
		if (!t) return;
		const msg = checkCell(t.text, t.csv, t.doc.key, ev);
		if (msg) {
			problems.push({ file: t.path, line: t.csv.rows[ev.row - 1]?.line, record, field: ev.column, message: `row ${ev.row} (${ev.key}), column ${ev.column}: ${msg}` });
		}
	};
	for (const r of [...countryYears, ...countryTotals, ...worldYears, ...debt]) verify(r.evidence, r.evidence.key);
	for (const p of projects) for (const ev of Object.values(p.evidence)) verify(ev, `project ${p.id}`);

	// --- Cross-checks --------------------------------------------------------------------------
	const sums = new Map<string, { usd: number; rows: number }>();
	for (const r of countryYears) {
		const s = sums.get(r.country) ?? { usd: 0, rows: 0 };
		s.usd += r.usd;
		s.rows += 1;
		sums.set(r.country, s);
	}
	if (cy && ct) {
		const totals = new Map(countryTotals.map((t) => [t.country, t]));
		let agreed = 0;
		const unchecked: string[] = [];
		for (const [country, s] of sums) {
			const t = totals.get(country);
			if (!t) {
				unchecked.push(country);
				continue;
			}
			// The totals file prints 15 significant digits of billions: agreement to the dollar.
			if (Math.abs(s.usd - t.usd) > 1) {
				problems.push({
					file: ct.t.path,
					line: ct.t.csv.rows[t.evidence.row - 1]?.line,
					record: t.evidence.key,
					field: 'total_commitments_bn',
					message: `row ${t.evidence.row} (${t.evidence.key}), column total_commitments_bn: ${bn(t.usd)} differs from the sum of the ${s.rows / 3} country-year rows of ${cy.t.path} for ${country}, ${bn(s.usd)}`
				});
			} else agreed++;
		}
		checks.push(`GCDF 3.0: country-year sums equal the country totals for ${agreed} countries` +
			(unchecked.length ? `; no total to check against for ${unchecked.join(', ')}` : ''));
	}
	if (cy && wy) {
		let held = 0;
		const byYearClass = new Map<string, number>();
		for (const r of countryYears) byYearClass.set(`${r.year} ${r.flowClass}`, (byYearClass.get(`${r.year} ${r.flowClass}`) ?? 0) + r.usd);
		for (const w of worldYears) {
			const countries = byYearClass.get(`${w.year} ${w.flowClass}`) ?? 0;
			// The world figure includes regional records, so it may exceed the countries' sum, never fall short.
			if (countries > w.usd + 1) {
				problems.push({
					file: wy.t.path,
					line: wy.t.csv.rows[w.evidence.row - 1]?.line,
					record: w.evidence.key,
					field: 'commitments_bn',
					message: `row ${w.evidence.row} (${w.evidence.key}), column commitments_bn: the world figure ${bn(w.usd)} is less than the sum over countries in ${cy.t.path}, ${bn(countries)}`
				});
			} else held++;
		}
		checks.push(`GCDF 3.0: each of ${held} world year-by-class figures is at least the sum over countries`);
	}
	if (cy) {
		let agreed = 0;
		for (const l of curated.loans) {
			if (l.series !== GCDF3_SERIES || l.measure !== 'commitments' || !l.borrower) continue;
			const s = sums.get(l.borrower.code);
			const half = writtenHalfUnit(l.amountText) ?? 0.5;
			if (!s) {
				problems.push({ file: l.origin.file, line: l.origin.line, record: l.id, field: 'borrower', message: `${l.borrower.code} has no rows in ${cy.t.path} to check ${l.amountText} against` });
			} else if (Math.abs(s.usd - l.amountUsd) > half) {
				problems.push({
					file: l.origin.file,
					line: l.origin.line,
					record: l.id,
					field: 'amount',
					message: `${l.amountText} does not equal the sum of ${l.borrower.code}'s ${s.rows / 3} rows in ${cy.t.path}, ${bn(s.usd)}, at the precision written`
				});
			} else agreed++;
		}
		checks.push(`GCDF 3.0: ${agreed} curated claims of series ${GCDF3_SERIES} equal the country-year sums at the precision written`);
	}
	for (const e of entries) {
		const t = loaded.get(e.id);
		for (const stated of (t && e.stated_sums) || []) {
			const col = t!.csv.header.indexOf(stated.column);
			if (col < 0) continue;
			const sum = t!.csv.rows.reduce((a, r) => a + (Number(r.cells[col]!.value.trim()) || 0), 0);
			// Stated to the cent; a float sum of a few thousand amounts is good to far less than a dollar.
			if (Math.abs(sum - stated.usd) > 1) {
				problems.push({ file: t!.path, record: e.id, field: stated.column, message: `the sum of column ${stated.column} is $${sum.toFixed(2)}, not $${stated.usd.toFixed(2)} as ${stated.source} states` });
			} else checks.push(`${e.id}: ${stated.column} sums to $${stated.usd.toLocaleString('en-US')}, as ${stated.source} states`);
		}
	}

	return {
		tables: {
			documents: [...loaded.values()].map((l) => l.doc),
			countryYears,
			countryTotals,
			worldYears,
			projects,
			debt,
			unread,
			checks
		},
		problems
	};
}
