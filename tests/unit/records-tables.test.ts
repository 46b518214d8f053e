/**
 * Sorting kept in the URL, and the loans, sanctions and events tables built from the dataset.
 */
import { describe, expect, it } from 'vitest';
import { eventTable, loanTable, sanctionTable, sortTable } from '../../src/lib/data/record-tables.ts';
import { nextSort, parseSort, sortQuery, sortRows, type SortableColumn } from '../../src/lib/data/sort.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');

const COLUMNS: SortableColumn[] = [
	{ key: 'name', label: 'Name' },
	{ key: 'amount', label: 'Amount', numeric: true, firstDir: 'desc' },
	{ key: 'quote', label: 'Quote', sortable: false }
];
const FALLBACK = { key: 'name', dir: 'asc' } as const;

describe('parseSort', () => {
	it.each([
		['', { key: 'name', dir: 'asc' }, []],
		['sort=amount&dir=desc', { key: 'amount', dir: 'desc' }, []],
		['sort=amount', { key: 'amount', dir: 'desc' }, []],
		['sort=name&dir=desc', { key: 'name', dir: 'desc' }, []],
		['dir=desc', { key: 'name', dir: 'desc' }, []],
		['sort=nope', { key: 'name', dir: 'asc' }, ['sort']],
		['sort=quote', { key: 'name', dir: 'asc' }, ['sort']],
		['sort=amount&dir=up', { key: 'amount', dir: 'desc' }, ['dir']],
		['sort=nope&dir=sideways', { key: 'name', dir: 'asc' }, ['sort', 'dir']]
	])('?%s sorts by %o', (query, sort, noticeParams) => {
		const r = parseSort(new URLSearchParams(query), COLUMNS, FALLBACK);
		expect(r.sort).toEqual(sort);
		expect(r.notices.map((n) => n.param)).toEqual(noticeParams);
	});

	it('names the sortable columns in its notice', () => {
		const { notices } = parseSort(new URLSearchParams('sort=nope'), COLUMNS, FALLBACK);
		expect(notices[0]?.message).toBe('sort=nope was ignored: the table sorts by name, amount.');
	});
});

describe('nextSort and sortQuery', () => {
	it('flips the sorted column and starts another in its first direction', () => {
		expect(nextSort({ key: 'amount', dir: 'desc' }, COLUMNS[1]!)).toEqual({ key: 'amount', dir: 'asc' });
		expect(nextSort({ key: 'name', dir: 'asc' }, COLUMNS[1]!)).toEqual({ key: 'amount', dir: 'desc' });
		expect(nextSort({ key: 'amount', dir: 'desc' }, COLUMNS[0]!)).toEqual({ key: 'name', dir: 'asc' });
	});

	it('keeps the other parameters of the URL', () => {
		expect(sortQuery('?country=VEN&sort=name', { key: 'amount', dir: 'desc' })).toBe(
			'?country=VEN&sort=amount&dir=desc'
		);
	});
});

describe('sortRows', () => {
	const rows = [
		{ id: 'a', v: 3 as number | string | null },
		{ id: 'b', v: null },
		{ id: 'c', v: 10 },
		{ id: 'd', v: 3 }
	];
	it.each([
		['asc', ['a', 'd', 'c', 'b']],
		['desc', ['c', 'a', 'd', 'b']]
	] as const)('sorts %s, stable, with missing values last', (dir, ids) => {
		expect(sortRows(rows, (r) => r.v, dir).map((r) => r.id)).toEqual(ids);
	});

	it('compares text naturally and without case', () => {
		const names = ['event 10', 'Event 9', 'alpha'].map((id) => ({ id }));
		expect(sortRows(names, (r) => r.id, 'asc').map((r) => r.id)).toEqual(['alpha', 'Event 9', 'event 10']);
	});
});

describe('record tables', () => {
	it('lists every loan claim with its value, date at its precision and first quote', () => {
		const t = loanTable(ds);
		expect(t.rows).toHaveLength(ds.loans.length);
		const ven = t.rows.find((r) => r.id === 'wsws-2019-ven')!;
		expect(ven).toMatchObject({
			href: '/records/wsws-2019-ven',
			cells: {
				borrower: 'Venezuela',
				amount: '$62 billion',
				period: '“over the past decade” (as reported)',
				source: 'News report (Apr 2019)'
			},
			sort: { amount: 62_000_000_000, period: null },
			evidence: {
				quote: 'lending $62 billion to Venezuela over the past decade',
				href: '/sources/wsws-2019-04-17-pentagon-venezuela#q-wsws-2019-ven-1'
			}
		});
	});

	it('sorts loans by amount, largest first by default', () => {
		const t = loanTable(ds);
		const amounts = sortTable(t, t.defaultSort).map((r) => r.sort.amount as number);
		expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
		expect(sortTable(t, { key: 'amount', dir: 'asc' })[0]?.cells.amount).toBe('none');
	});

	it('sorts by period with claims that give no exact period last', () => {
		const t = loanTable(ds);
		for (const dir of ['asc', 'desc'] as const) {
			const rows = sortTable(t, { key: 'period', dir });
			expect(rows.at(-1)?.sort.period).toBeNull();
		}
		expect(sortTable(t, { key: 'period', dir: 'asc' })[0]?.cells.period).toBe('2000–2021');
	});

	it('dates sanctions and events at their precision and sorts them in time', () => {
		const s = sortTable(sanctionTable(ds), { key: 'date', dir: 'asc' });
		expect(s[0]).toMatchObject({ id: 'eo-13692', cells: { date: '8 Mar 2015' } });
		const e = eventTable(ds);
		expect(e.rows).toHaveLength(ds.events.length);
		const dates = sortTable(e, e.defaultSort).map((r) => r.sort.date as string);
		expect(dates).toEqual([...dates].sort());
	});
});
