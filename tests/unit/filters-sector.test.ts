/**
 * The lending-sector filter (`crs_sector`): read from the URL beside the sanctions' `sector`
 * (whose old links keep their meaning), named in a notice when unknown; the lending views
 * that can honour it sum GCOF 1.0 projects of that sector (the recommended ones, in constant
 * 2014 dollars) and say so; the others say it does not apply; /projects takes the same name
 * and redirects its old one.
 */
import { describe, expect, it } from 'vitest';
import { datasetChoices, isFiltered, NO_FILTERS, parseFilters, type Filters } from '../../src/lib/data/filters.ts';
import { filtersToQuery } from '../../src/lib/data/query.ts';
import {
	parseProjectQuery,
	projectQueryString,
	projectsHrefOf,
	renamedProjectSearch,
	selectProjects
} from '../../src/lib/data/tables/projects.ts';
import { lendingSectors } from '../../src/lib/data/tables/sectors.ts';
import { lendingView } from '../../src/lib/data/views/lending.ts';
import { mapView } from '../../src/lib/data/views/map.ts';
import { sanctionsView } from '../../src/lib/data/views/sanctions.ts';
import { timelineView } from '../../src/lib/data/views/timeline.ts';
import {
	debtChart,
	lendingOverTimeChart,
	lendingRankedChart,
	worldMapChart
} from '../../src/lib/data/views/published.ts';
import { tableQuery } from '../../src/lib/data/table-query.ts';
import { loanTable } from '../../src/lib/data/record-tables.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { tablesFixtureDataset } from '../fixtures/tables/dataset.ts';

const fx = tablesFixtureDataset();
const parse = (q: string) => parseFilters(new URLSearchParams(q), datasetChoices(fx));
const f = (q: string): Filters => {
	const r = parse(q);
	expect(r.notices).toEqual([]);
	return r.filters;
};

describe('the crs_sector parameter', () => {
	it('offers the sectors of the GCOF 1.0 projects, counting those AidData recommends', () => {
		expect(lendingSectors(fx.tables).map((s) => [s.value, s.count])).toEqual([
			['education', 1],
			['energy-generation-and-supply', 1],
			['water-supply-and-sanitation', 1]
		]);
	});

	it.each([
		['crs_sector=education', { crsSectors: ['education'] }],
		['crs_sector=Water Supply and Sanitation', { crsSectors: ['water-supply-and-sanitation'] }],
		[
			'crs_sector=education,energy-generation-and-supply&crs_sector=education',
			{ crsSectors: ['education', 'energy-generation-and-supply'] }
		],
		// Old links: `sector` is still the sanctions' sector on the dashboards.
		['sector=oil', { sectors: ['oil'] }],
		['sector=oil&crs_sector=education', { sectors: ['oil'], crsSectors: ['education'] }]
	])('?%s', (q, expected) => {
		expect(parse(q)).toEqual({ filters: { ...NO_FILTERS, ...expected }, notices: [] });
	});

	it.each([
		[
			'crs_sector=tourism',
			'crs_sector',
			/^crs_sector=tourism was ignored: expected one of education, energy-generation-and-supply, water-supply-and-sanitation\.$/
		],
		['crs_sector=oil', 'crs_sector', /^crs_sector=oil was ignored: expected one of education/],
		// A lending sector under the sanctions' name is not read as one, but the notice says which name to use.
		[
			'sector=education',
			'sector',
			/^sector=education was ignored: expected one of oil, .* \(sanctioned sectors\)\. To filter lending by sector, use crs_sector=education\.$/
		],
		['sector=tourism', 'sector', /^sector=tourism was ignored: expected one of oil, .* \(sanctioned sectors\)\.$/]
	])('?%s is ignored with a notice naming %s', (q, param, message) => {
		const r = parse(q);
		expect(r.filters).toEqual(NO_FILTERS);
		expect(r.notices).toHaveLength(1);
		expect(r.notices[0]!.param).toBe(param);
		expect(r.notices[0]!.message).toMatch(message);
	});

	it('names every value when no lending sector is loaded', () => {
		const r = parseFilters(new URLSearchParams('crs_sector=education'), { series: [] });
		expect(r.notices.map((n) => n.message)).toEqual([
			'crs_sector=education was ignored: no lending sectors are loaded.'
		]);
	});

	it('round-trips through the canonical query, and does not count as filtering the records', () => {
		const filters = f('sector=oil&crs_sector=water-supply-and-sanitation,education');
		expect(filtersToQuery(filters)).toBe('?crs_sector=education,water-supply-and-sanitation&sector=oil');
		expect(parse(filtersToQuery(filters).slice(1)).filters).toEqual(filters);
		expect(isFiltered(f('crs_sector=education'))).toBe(false);
	});
});

describe('the lending views with a sector, on the fixture tables', () => {
	it('over time: the recommended projects of the sector, by year and flow class, in constant 2014 dollars', () => {
		const v = lendingOverTimeChart(fx, f('crs_sector=water-supply-and-sanitation&region=world'));
		expect(v.years.map((y) => [y.year, y.total])).toEqual([[2010, 1100000000.5]]);
		const seg = v.years[0]!.segments[0]!;
		expect([seg.flowClass, seg.usd]).toEqual(['oof-like', 1100000000.5]);
		expect(seg.info.href).toBe('/sources/aiddata-gcof-1-projects/rows?r=1');
		expect(seg.info.quote).toBe('usd_defl_2014 = 1100000000.5 (row 1, project_id 1)');
		expect(v.basis).toMatchObject({
			release: 'AidData GCOF 1.0',
			unit: 'constant-2014 US$',
			sectors: 'Water Supply and Sanitation'
		});
		expect(v.title).toContain('Water Supply and Sanitation');
		expect(v.subtitle).toMatch(
			/sector: Water Supply and Sanitation\. Constant 2014 US dollars: AidData GCOF 1\.0 projects that AidData recommends for research, 2009–2014\./
		);
		expect(v.documents).toEqual(['aiddata-gcof-1-projects']);
		expect(v.table.rows).toEqual([
			expect.objectContaining({ year: 2010, amount_usd: 1100000001, dollars: 'constant 2014 US$', cells: 1 })
		]);
	});

	it('over time, for the world: regional projects count; a project AidData does not recommend never does', () => {
		const v = lendingOverTimeChart(fx, f('crs_sector=education&region=world'));
		// Project 2 (Education, 2012) is not recommended; project 3 (Education, regional, 2014) is.
		expect(v.years.map((y) => [y.year, y.total])).toEqual([[2014, 5]]);
	});

	it('by country: sums each recipient’s projects and counts what it leaves out', () => {
		const ven = lendingRankedChart(fx, f('crs_sector=water-supply-and-sanitation,education&region=world'));
		expect(ven.rows.map((r) => [r.code, r.usd, r.info.evidenceCount])).toEqual([['VEN', 1100000000.5, 1]]);
		expect(ven.description).toMatch(/1 without one recipient country is not in the sums\./);
		expect(ven.rows[0]!.comparisons).toEqual([]);
		expect(ven.table.rows).toEqual([
			expect.objectContaining({
				series: 'AidData GCOF 1.0, Education, Water Supply and Sanitation',
				dollars: 'constant 2014 US$'
			})
		]);
		const bra = lendingRankedChart(fx, f('crs_sector=energy-generation-and-supply&country=BRA'));
		expect(bra.rows.map((r) => [r.code, r.usd])).toEqual([['BRA', 10900000000]]);
		// Outside the chosen years, no project: said, not drawn.
		const late = lendingRankedChart(fx, f('crs_sector=energy-generation-and-supply&country=BRA&from=2015'));
		expect(late.rows).toEqual([]);
		expect(late.subtitle).toMatch(
			/ that AidData recommends for research, from 2015 \(AidData GCOF 1\.0 covers 2009–2014 only\)\.$/
		);
		const early = lendingRankedChart(fx, f('crs_sector=energy-generation-and-supply&country=BRA&to=2005'));
		expect(early.subtitle).toMatch(/, until 2005 \(AidData GCOF 1\.0 covers 2009–2014 only\)\.$/);
	});

	it('the map: every recipient of the sector shaded by its projects, whatever the focus', () => {
		const v = worldMapChart(fx, f('crs_sector=energy-generation-and-supply,water-supply-and-sanitation'));
		expect(v.countries.map((c) => [c.code, c.usd, c.inFocus])).toEqual([
			['BRA', 10900000000, false],
			['VEN', 1100000000.5, true]
		]);
		expect(v.scope).toBe(
			'AidData GCOF 1.0 projects, Energy Generation and Supply, Water Supply and Sanitation, 2009–2014, constant 2014 US$'
		);
		expect(v.documents).toEqual(['aiddata-gcof-1-projects']);
	});

	it('without a sector the same views stay on GCDF 3.0', () => {
		const v = lendingRankedChart(fx, f('region=world'));
		expect(v.basis.release).toBe('AidData GCDF 3.0');
		expect(v.documents[0]).toBe('aiddata-gcdf-3-country-years');
	});
});

describe('views the sector cannot apply to say so', () => {
	const filters = f('crs_sector=education');
	it.each([
		['lending by country (news reports)', () => lendingView(fx, filters).subtitle],
		['lending map (news reports)', () => mapView(fx, filters).subtitle],
		['sanctions', () => sanctionsView(fx, filters).subtitle],
		['timeline', () => timelineView(fx, filters).subtitle],
		['debt owed to China', () => debtChart(fx, filters).subtitle],
		['the loans table', () => tableQuery(fx, new URLSearchParams('crs_sector=education'), loanTable).notApplied]
	])('%s', (_, subtitle) => {
		expect(subtitle()).toMatch(/The lending-sector filter \(Education\) does not apply to this view: /);
	});

	it('and say nothing when no sector is chosen', () => {
		expect(sanctionsView(fx, NO_FILTERS).subtitle).not.toContain('lending-sector');
		expect(debtChart(fx, NO_FILTERS).subtitle).not.toContain('lending-sector');
	});
});

describe('/projects under the same name', () => {
	const select = (q: string) => {
		const { query, notices } = parseProjectQuery(new URLSearchParams(q), fx.tables);
		return { ids: selectProjects(fx.tables, query).map((p) => p.id), notices, query };
	};

	it.each([
		['crs_sector=education', ['3', '2']],
		// An old link's `sector` still selects the same projects (the page redirects it to crs_sector).
		['sector=education', ['3', '2']],
		['crs_sector=education&recommended=yes', ['3']]
	])('?%s', (q, ids) => {
		const r = select(q);
		expect(r.notices).toEqual([]);
		expect(r.ids).toEqual(ids);
	});

	it('names an unknown sector', () => {
		expect(select('crs_sector=tourism').notices.map((n) => n.param)).toEqual(['crs_sector']);
	});

	it.each([
		['sector=education&page=2', '?crs_sector=education&page=2'],
		['q=port&sector=nonsense', '?q=port&crs_sector=nonsense'],
		['crs_sector=education', null],
		['', null]
	])('an old link ?%s moves to %s', (q, to) => {
		expect(renamedProjectSearch(new URLSearchParams(q))).toBe(to);
	});

	it('its canonical query says crs_sector', () => {
		expect(projectQueryString(select('sector=education').query)).toBe('?crs_sector=education');
	});

	it('the dashboard’s link to it carries the sector, countries, flow classes and years', () => {
		expect(
			projectsHrefOf(
				f('crs_sector=education&country=AGO&flow_class=oda-like&from=2010-06&to=2014&region=world&sector=oil')
			)
		).toBe('/projects?country=AGO&from=2010&to=2014&flow_class=oda-like&crs_sector=education&recommended=yes');
		expect(projectsHrefOf(NO_FILTERS)).toBe('/projects');
	});
});

describe('on the real tables', () => {
	const ds = loadDatasetFromDir('data');
	const real = (q: string) => parseFilters(new URLSearchParams(q), datasetChoices(ds)).filters;

	it('a sector drops the China-Latin America Finance Database’s marks, which have no sector', () => {
		expect(lendingOverTimeChart(ds, real('')).comparisons.length).toBeGreaterThan(0);
		const v = lendingOverTimeChart(ds, real('crs_sector=energy-generation-and-supply'));
		expect(v.comparisons).toEqual([]);
		expect(v.comparisonScope).toEqual([]);
		expect(v.description).toMatch(/no other source's figures are drawn beside them/);
	});

	it('each bar of a sector sums exactly the recommended projects of that sector in scope', () => {
		const v = lendingRankedChart(ds, real('crs_sector=health&region=world&show=all'));
		for (const r of v.rows) {
			const mine = ds.tables.projects.filter(
				(p) => p.recommended && p.sector === 'Health' && p.recipient === r.code && p.usd2014 !== null
			);
			expect(r.usd).toBeCloseTo(
				mine.reduce((a, p) => a + p.usd2014!, 0),
				0
			);
			expect(r.info.evidenceCount).toBe(mine.length);
		}
	});
});
