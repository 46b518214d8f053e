import { describe, expect, it } from 'vitest';
import { eventTable, loanTable, sanctionTable } from '../../src/lib/data/record-tables.ts';
import { searchWords, tableQuery } from '../../src/lib/data/table-query.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');
const q = (s: string, build = loanTable) => tableQuery(ds, new URLSearchParams(s), build);

describe('tables under the page’s filters and a search', () => {
	it.each([
		['  Export-Import  bank ', ['export-import', 'bank']],
		['', []],
		['VENEZUELA', ['venezuela']]
	])('splits the search %j into words', (raw, words) => {
		expect(searchWords(raw)).toEqual(words);
	});

	it('takes the dashboard’s filters: only Venezuela’s loan claims for country=VEN', () => {
		const r = q('country=VEN');
		expect(r.table.rows.length).toBeGreaterThan(0);
		expect(r.table.rows.length).toBeLessThan(r.total);
		for (const row of r.table.rows) expect(row.cells.borrower).toBe('Venezuela');
		expect(r.filtered).toBe('Venezuela');
		expect(r.notices).toEqual([]);
	});

	it('keeps the rows holding every word of the search, in any case, quotes included', () => {
		const r = q('q=venezuela DECADE');
		expect(r.table.rows.map((row) => row.id)).toContain('wsws-2019-ven');
		for (const row of r.table.rows) {
			const text = [...Object.values(row.cells), row.evidence?.quote ?? '', row.evidence?.document.title ?? '']
				.join(' ')
				.toLowerCase();
			expect(text).toContain('venezuela');
			expect(text).toContain('decade');
		}
		expect(r.table.rows.length).toBeLessThan(q('q=venezuela').table.rows.length);
		expect(q('q=NO-SUCH-WORD').table.rows).toEqual([]);
	});

	it('applies the time window and kind to events, and sectors to sanctions', () => {
		const events = q('kind=military', eventTable);
		expect(events.table.rows.length).toBeGreaterThan(0);
		expect(events.table.rows.length).toBeLessThan(events.total);
		const oil = q('sector=oil', sanctionTable);
		expect(oil.table.rows.length).toBeLessThan(oil.total);
	});

	it('names bad parameters, and lets sort, dir and q through', () => {
		const r = q('country=XYZ&sort=amount&dir=asc&q=x&utm=1');
		expect(r.notices.map((n) => n.param).sort()).toEqual(['country', 'utm']);
	});
});
