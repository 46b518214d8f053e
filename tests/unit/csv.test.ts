import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { safeCell, tableCsv, toCsv } from '../../src/lib/data/csv.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');

describe('CSV tables', () => {
	it.each([
		['loans', ds.loans.length],
		['sanctions', ds.sanctions.length],
		['events', ds.events.length],
		['entities', ds.entities.length],
		['documents', ds.documents.length]
	] as const)('%s has one row per record', (table, n) => {
		expect(csvParse(tableCsv(ds, table))).toHaveLength(n);
	});

	it('writes exact dollars and the quote with its offsets', () => {
		const ven = csvParse(tableCsv(ds, 'loans')).find((r) => r.id === 'wsws-2019-ven');
		expect(ven?.amount_usd).toBe('62000000000');
		expect(ven?.evidence).toMatch(/^wsws-2019-04-17-pentagon-venezuela \[\d+-\d+\]: lending \$62 billion to Venezuela/);
	});

	it.each([
		['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
		['+1', `'+1`],
		['-cmd', `'-cmd`],
		['@SUM(A1)', `'@SUM(A1)`],
		['plain', 'plain'],
		[' =1+1', `' =1+1`],
		['\n=cmd', `'\n=cmd`],
		['\t-x', `'\t-x`],
		['\r@x', `'\r@x`],
		['\u00a0+1', `'\u00a0+1`],
		['\u3000=1', `'\u3000=1`],
		['\uff1dSUM(A1)', `'\uff1dSUM(A1)`],
		['\uff0b1', `'\uff0b1`],
		['\uff0d1', `'\uff0d1`],
		['\uff20SUM(A1)', `'\uff20SUM(A1)`],
		['\ufe66 1', `'\ufe66 1`],
		['\u22121', `'\u22121`],
		['\u207a1', `'\u207a1`],
		['\ufb29SUM(A1)', `'\ufb29SUM(A1)`],
		['\u2002=1', `'\u2002=1`],
		['-5 billion', '-5 billion'],
		['-5', '-5'],
		['-0.3%', '-0.3%'],
		['-1,200 loans', '-1,200 loans'],
		['-5+cmd|"/C calc"!A0', `'-5+cmd|"/C calc"!A0`],
		['-2+3', `'-2+3`],
		['-5 billion=1', `'-5 billion=1`],
		['-5\n=1', `'-5\n=1`],
		['a = b', 'a = b'],
		['5 - 3', '5 - 3'],
		[42, '42'],
		[-5, '-5'],
		[null, '']
	])('neutralises spreadsheet formulas: %s', (input, out) => expect(safeCell(input)).toBe(out));

	it('quotes commas, quotes and line breaks', () => {
		const text = toCsv(['a', 'b'], [['x, "y"', 'line\nbreak']]);
		expect(csvParse(text)[0]).toEqual({ a: 'x, "y"', b: 'line\nbreak' });
	});
});
