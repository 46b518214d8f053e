import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../../src/lib/data/filters.ts';
import { sanctionsView } from '../../src/lib/data/views/sanctions.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const ds = loadDatasetFromDir('data');
const view = (f: Partial<Filters> = {}) => sanctionsView(ds, { ...NO_FILTERS, ...f });
const lanes = (v: ReturnType<typeof view>) => v.lanes.map((l) => [l.sector, l.count]);

describe('sanctionsView', () => {
	it('has a lane per targeted sector, in the schema’s order, with its number of measures', () => {
		expect(lanes(view())).toEqual([
			['oil', 5],
			['mining', 2],
			['banking', 3],
			['shipping', 2],
			['government-debt', 2],
			['digital-currency', 1],
			['government', 2],
			['officials', 1]
		]);
	});

	it('puts a measure in every lane it targets', () => {
		const v = view();
		expect(v.measures).toBe(13);
		expect(v.marks).toHaveLength(18);
		expect(v.marks.filter((m) => m.id === 'ofac-2019-04-05-shipping').map((m) => m.sector)).toEqual([
			'oil',
			'shipping'
		]);
		expect(new Set(v.marks.map((m) => m.key)).size).toBe(v.marks.length);
	});

	it('spans whole years at full extent: 2015 to 2019', () => {
		expect(view().domain).toEqual(['2015-01-01', '2019-12-31']);
	});

	it('follows the filter window', () => {
		const v = view({ from: '2019-01-01', to: '2019-04-30' });
		expect(v.domain).toEqual(['2019-01-01', '2019-04-30']);
		expect(v.measures).toBe(7);
		expect(v.marks.every((m) => m.start >= '2019-01-01' && m.end <= '2019-04-30')).toBe(true);
		expect(view({ from: '2018-06-01' }).domain).toEqual(['2018-06-01', '2019-12-31']);
	});

	it('shows only the chosen sectors’ lanes', () => {
		const v = view({ sectors: ['oil', 'shipping'] });
		expect(lanes(v)).toEqual([
			['oil', 5],
			['shipping', 2]
		]);
		expect(v.measures).toBe(5);
		expect(v.table.rows.find((r) => r.record === 'eo-13857')?.sectors).toBe('Oil');
	});

	it('marks executive orders and designations, in date order, with their dates at precision', () => {
		const v = view();
		expect(v.marks[0]).toMatchObject({
			id: 'eo-13692',
			action: 'executive-order',
			start: '2015-03-08',
			end: '2015-03-08'
		});
		expect(v.marks[0]?.info).toMatchObject({
			href: '/records/eo-13692',
			date: '8 Mar 2015',
			value: 'Executive order: Executive Order 13692; sectors: officials',
			evidenceCount: 1
		});
		const pdvsa = v.marks.find((m) => m.id === 'ofac-2019-01-28-pdvsa');
		expect(pdvsa?.action).toBe('designation');
		expect(pdvsa?.info.evidenceCount).toBe(2);
		expect(v.marks.map((m) => m.start)).toEqual([...v.marks.map((m) => m.start)].sort());
	});

	it('counts measures cumulatively', () => {
		const v = view();
		expect(v.cumulative[0]).toEqual({ date: '2015-03-08', count: 1 });
		expect(v.cumulative.at(-1)).toEqual({ date: '2019-08-05', count: 13 });
	});

	it('has a table row per measure and says its main values', () => {
		const v = view();
		expect(v.table.rows).toHaveLength(13);
		expect(v.table.rows[1]).toEqual({
			date: '24 Aug 2017',
			measure: 'Dealings in new debt and equity of the Government of Venezuela and PdVSA prohibited',
			action: 'Executive order',
			instrument: 'Executive Order 13808',
			sectors: 'Oil, Government debt',
			record: 'eo-13808'
		});
		expect(v.description).toBe(
			'13 US sanctions measures against Venezuela from 8 Mar 2015 to 5 Aug 2019: 7 executive orders and 6 designations. ' +
				'Measures by targeted sector: oil 5, mining 2, banking 3, shipping 2, government debt 2, digital currency 1, government 2, officials 1.'
		);
		expect(v.documents).toEqual(['ref-us-sanctions-venezuela', 'wsws-2019-04-17-pentagon-venezuela']);
	});

	it('says one measure in the singular, on its day, and leaves out a kind with none', () => {
		const v = view({ sectors: ['digital-currency'] });
		expect(v.marks.length).toBe(1);
		expect(v.description).toMatch(
			/^1 US sanctions measure against Venezuela on \d{1,2} [A-Z][a-z]{2} \d{4}: 1 (executive order|designation)\. /
		);
		expect(v.description).not.toMatch(/\b0 /);
	});

	it('is empty, and says so, when nothing matches', () => {
		const v = view({ countries: ['BRA'] });
		expect(v.marks).toEqual([]);
		expect(v.lanes).toEqual([]);
		expect(v.description).toBe('No US sanctions measures against Venezuela match these filters.');
	});
});
