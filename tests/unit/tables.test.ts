/**
 * Published tables: cells keep their offsets, each declared mapping reads its fixture table,
 * unreadable rows are listed, and every broken cell or failed cross-check names file, row,
 * column and the figures that disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../../src/lib/data/errors.ts';
import { readCsv, scanCsv } from '../../src/lib/data/tables/cells.ts';
import { buildTables, checkCell, writtenHalfUnit, type DatasetEntry } from '../../src/lib/data/tables/build.ts';
import type { LoanClaim } from '../../src/lib/data/types.ts';

const DIR = 'tests/fixtures/tables';
const entries = (parse(readFileSync(`${DIR}/index.yaml`, 'utf8')) as DatasetEntry[]).map((e, i) => ({
	...e,
	line: i + 1
}));
const fixtureFiles = () =>
	new Map(
		readdirSync(DIR)
			.filter((f) => f.endsWith('.csv'))
			.map((f) => [`documents/${f}`, readFileSync(`${DIR}/${f}`, 'utf8')])
	);

const claim = (borrower: string, amountText: string, amountUsd: number) =>
	({
		id: `aiddata-3-${borrower.toLowerCase()}`,
		series: 'aiddata-3',
		measure: 'commitments',
		borrower: { code: borrower, name: borrower, numeric: '' },
		amountText,
		amountUsd,
		origin: { file: 'records/loans.yaml', line: 12 }
	}) as unknown as LoanClaim;

function build(edit: (files: Map<string, string>) => void = () => {}, loans: LoanClaim[] = []) {
	const files = fixtureFiles();
	edit(files);
	return buildTables(entries, files, { loans });
}
const messages = (r: ReturnType<typeof build>) => r.problems.map(formatProblem);

describe('scanCsv keeps each cell and where it stands', () => {
	it.each([
		{
			text: 'a,b\n1,2\n',
			cells: [
				['a', 'b'],
				['1', '2']
			]
		},
		{
			text: 'a,b\r\n1,2\r\n',
			cells: [
				['a', 'b'],
				['1', '2']
			]
		},
		{
			text: 'a,b\n1,2',
			cells: [
				['a', 'b'],
				['1', '2']
			]
		},
		{
			text: '"a","b"\n"x, y","say ""hi"""\n',
			cells: [
				['a', 'b'],
				['x, y', 'say "hi"']
			]
		},
		{
			text: 'a,b\n"two\nlines",\n',
			cells: [
				['a', 'b'],
				['two\nlines', '']
			]
		},
		{ text: '\ufeffa\n1\n', cells: [['a'], ['1']] },
		{
			text: 'a,b\n , \n',
			cells: [
				['a', 'b'],
				[' ', ' ']
			]
		}
	])('$text', ({ text, cells }) => {
		expect(scanCsv(text).map((r) => r.cells.map((c) => c.value))).toEqual(cells);
	});

	it('offsets slice the cell from the text, inside its quotes', () => {
		const text = 'id,t\n7,"the ""Tuy"" works"\n';
		const cell = scanCsv(text)[1]!.cells[1]!;
		expect(text.slice(cell.start, cell.end)).toBe('the ""Tuy"" works');
		expect(cell.value).toBe('the "Tuy" works');
	});

	it('counts lines across line breaks inside quotes', () => {
		expect(scanCsv('a\n"x\ny"\nz\n').map((r) => r.line)).toEqual([1, 2, 4]);
	});

	it.each([
		['a\n"open\n', /never closed/],
		['a\n"x"y\n', /followed by text/],
		['a\nx"y\n', /quote inside an unquoted cell/],
		['a,b\n1\n', /row 1 has 1 cells; the header has 2/]
	])('refuses %j', (text, message) => {
		expect(() => readCsv(text)).toThrow(message);
	});
});

describe('writtenHalfUnit: the precision a figure is written to', () => {
	it.each([
		['$112.9 billion', 50_000_000],
		['$62 billion', 500_000_000],
		['$600 million', 500_000],
		['$34.48 billion', 5_000_000],
		['$1,250', 0.5]
	])('%s → %d', (text, half) => expect(writtenHalfUnit(text)).toBeCloseTo(half, 6));
});

describe('the mappings on fixture tables', () => {
	const { tables, problems } = build();

	it('builds with no problems', () => expect(problems).toEqual([]));

	it('GCDF 3.0 country-years: one record per flow class, the country read through the code list', () => {
		const ven2010 = tables.countryYears.filter((r) => r.country === 'VEN' && r.year === 2010);
		expect(ven2010.map((r) => [r.flowClass, r.usd])).toEqual([
			['oof-like', 1_000_000_000],
			['oda-like', 500_000_000.5],
			['vague', 0]
		]);
		expect(ven2010[1]!.evidence).toMatchObject({
			table: 'aiddata-gcdf-3-country-years',
			row: 1,
			key: 'ccode 101, year 2010',
			column: 'oda_amt',
			text: '500000000.5'
		});
		expect(tables.countryYears).toHaveLength(9);
	});

	it('lists the row whose country code is not in the code list, with file, row and column', () => {
		expect(tables.unread).toContainEqual(
			expect.objectContaining({
				file: 'documents/country-years.csv',
				row: 4,
				line: 5,
				key: 'ccode 999, year 2010',
				column: 'ccode',
				effect: 'skipped'
			})
		);
	});

	it('country totals: billions read as dollars; "NA" is no region', () => {
		expect(tables.countryTotals.map((t) => [t.country, t.usd, t.region])).toEqual([
			['VEN', 3_500_000_000.5, 'Latin America & Caribbean'],
			['BRA', 250_000_000, null]
		]);
	});

	it('world years by flow class', () => {
		expect(tables.worldYears.map((w) => [w.year, w.flowClass, w.usd])).toEqual([
			[2010, 'oda-like', 750_000_000.51],
			[2010, 'oof-like', 1_500_000_000],
			[2011, 'oof-like', 2_000_000_000]
		]);
	});

	it('GCOF 1.0 projects: every row kept, amounts null where empty, several recipients no country', () => {
		expect(tables.projects.map((p) => [p.id, p.recommended, p.recipient, p.usd2014, p.flowClass])).toEqual([
			['1', true, 'VEN', 1_100_000_000.5, 'oof-like'],
			['2', false, 'AGO', null, 'oda-like'],
			['3', true, null, 5, 'oda-like'],
			['4', true, 'BRA', 10_900_000_000, 'oof-like']
		]);
		expect(
			tables.unread
				.filter((u) => u.table === 'aiddata-gcof-1-projects')
				.map((u) => [u.row, u.column, u.reason, u.effect])
		).toEqual([
			[2, 'usd_defl_2014', 'empty', 'partial'],
			[2, 'usd_current', 'empty', 'partial'],
			[3, 'recipient_iso3', 'names several recipients or a region, not one country', 'partial']
		]);
	});

	it("a project's description is its evidence: the cell, quotes and line breaks as the file has them", () => {
		const text = fixtureFiles().get('documents/projects.csv')!;
		const p = tables.projects[0]!;
		expect(p.description).toBe("In 2010, China's Exim Bank lent $1 billion.\nA second line.");
		expect(text.slice(p.evidence.description!.start, p.evidence.description!.end)).toBe(p.description);
		expect(p.title).toBe('Loan for the "Tuy" water works');
		expect(p.evidence.title!.text).toBe('Loan for the ""Tuy"" water works');
	});

	it('World Bank debt: declared names read, an unknown debtor listed', () => {
		expect(tables.debt.map((d) => [d.debtor, d.creditor, d.usd])).toEqual([
			['AGO', 'china-bilateral', 20_390_000_000],
			['AGO', 'other', 30_000_000_000],
			['COD', 'china-private', 5]
		]);
		expect(tables.unread).toContainEqual(
			expect.objectContaining({ file: 'documents/debt.csv', row: 4, column: 'debtor_name', effect: 'skipped' })
		);
	});

	it('catalogues each table with its licence', () => {
		expect(tables.documents.map((d) => [d.id, d.licence.id])).toContainEqual([
			'worldbank-ids-africa-debt-to-china',
			'CC-BY-4.0'
		]);
	});
});

describe('broken cells and failed cross-checks are named', () => {
	it('a changed value: the country total and the country-year sum, both figures named', () => {
		const r = build((f) =>
			f.set(
				'documents/country-years.csv',
				f.get('documents/country-years.csv')!.replace('101,2011,2000000000', '101,2011,2100000000')
			)
		);
		expect(messages(r)).toEqual([
			'documents/country-totals.csv:2 (record iso3c VEN, field total_commitments_bn): row 1 (iso3c VEN), column total_commitments_bn: $3.5 billion differs from the sum of the 2 country-year rows of documents/country-years.csv for VEN, $3.6 billion',
			'documents/yearly-flows.csv:4 (record commitment_year 2011, flow_class OOF-like, field commitments_bn): row 3 (commitment_year 2011, flow_class OOF-like), column commitments_bn: the world figure $2 billion is less than the sum over countries in documents/country-years.csv, $2.1 billion'
		]);
	});

	it('a world figure below the sum over countries', () => {
		const r = build((f) =>
			f.set(
				'documents/yearly-flows.csv',
				f.get('documents/yearly-flows.csv')!.replace('2011,"OOF-like",2', '2011,"OOF-like",1.9')
			)
		);
		expect(messages(r)).toEqual([
			'documents/yearly-flows.csv:4 (record commitment_year 2011, flow_class OOF-like, field commitments_bn): row 3 (commitment_year 2011, flow_class OOF-like), column commitments_bn: the world figure $1.9 billion is less than the sum over countries in documents/country-years.csv, $2 billion'
		]);
	});

	it('a curated claim that does not equal the table at its precision', () => {
		const ok = build(() => {}, [claim('VEN', '$3.5 billion', 3_500_000_000)]);
		expect(ok.problems).toEqual([]);
		const r = build(() => {}, [claim('VEN', '$3.6 billion', 3_600_000_000)]);
		expect(messages(r)).toEqual([
			"records/loans.yaml:12 (record aiddata-3-ven, field amount): $3.6 billion does not equal the sum of VEN's 2 rows in documents/country-years.csv, $3.5 billion, at the precision written"
		]);
	});

	it('a file with more or fewer rows than catalogued', () => {
		const r = build((f) =>
			f.set('documents/debt.csv', f.get('documents/debt.csv')! + 'Angola,2018,Other creditors,1\n')
		);
		expect(messages(r)).toContain(
			'documents/debt.csv (record worldbank-ids-africa-debt-to-china): has 5 data rows; the catalogue says 4: has the file changed?'
		);
	});

	it('a broken quote names the file and line', () => {
		const r = build((f) =>
			f.set('documents/debt.csv', f.get('documents/debt.csv')!.replace('"Congo, Dem. Rep."', '"Congo, Dem. Rep.'))
		);
		expect(messages(r)[0]).toMatch(
			/^documents\/debt\.csv:4 \(record worldbank-ids-africa-debt-to-china\): a quoted cell/
		);
	});

	describe('checkCell re-reads a cited cell', () => {
		const text = fixtureFiles().get('documents/projects.csv')!;
		const csv = readCsv(text);
		const { tables } = build();
		const ev = tables.projects[0]!.evidence.usd_defl_2014!;

		it('holds for the cell as read', () => expect(checkCell(text, csv, ['project_id'], ev)).toBeNull());
		it.each([
			[{ ...ev, start: ev.start + 1 }, /^offsets \d+-\d+ do not hold the cell, which is at \d+-\d+$/],
			[{ ...ev, text: '1200000000' }, /^the cell reads "1100000000.5", not "1200000000" as cited$/],
			[{ ...ev, row: 2 }, /^row 2 is now "project_id 2", not "project_id 1" as cited$/],
			[{ ...ev, row: 9 }, /^row 9 does not exist: the table has 4 rows$/],
			[{ ...ev, column: 'usd_2015' }, /^column "usd_2015" does not exist$/]
		])('%# refuses a wrong citation', (bad, message) =>
			expect(checkCell(text, csv, ['project_id'], bad)).toMatch(message)
		);

		it('a changed cell under unchanged offsets is caught when the build re-reads it', () => {
			const changed = text.replace('1100000000.5', '1100000000.7');
			expect(checkCell(changed, readCsv(changed), ['project_id'], ev)).toBe(
				'the cell reads "1100000000.7", not "1100000000.5" as cited'
			);
		});
	});
});
