/**
 * The projects table's URL: each parameter selects, sorts or pages as documented, a bad value
 * is named in a notice, and the canonical query string reproduces the view.
 */
import { describe, expect, it } from 'vitest';
import {
	parseProjectQuery,
	projectPage,
	projectQueryString,
	selectProjects,
	slug
} from '../../src/lib/data/tables/projects.ts';
import { publishedCsv, projectCsvRow } from '../../src/lib/data/tables/publish.ts';
import { tablesFixtureDataset } from '../fixtures/tables/dataset.ts';

const ds = tablesFixtureDataset();
const select = (query: string) => {
	const { query: q, notices } = parseProjectQuery(new URLSearchParams(query), ds.tables);
	return { ids: selectProjects(ds.tables, q).map((p) => p.id), notices: notices.map((n) => n.param), q };
};

describe('slug', () => {
	it.each([
		['Pipeline: Commitment', 'pipeline-commitment'],
		['Loan (excluding debt rescheduling)', 'loan-excluding-debt-rescheduling'],
		['Water Supply and Sanitation', 'water-supply-and-sanitation']
	])('%s → %s', (label, value) => expect(slug(label)).toBe(value));
});

describe('selecting projects', () => {
	it.each([
		['', ['4', '1', '3', '2']],
		['q=tuy', ['1']],
		['q=EXPORT-IMPORT', ['1']],
		['q=oil loan', ['4']],
		['q=venezuela', ['1']],
		['country=ago', ['2']],
		['region=latin-america-and-the-caribbean', ['4', '1']],
		['from=2010&to=2012', ['1', '2']],
		['flow=grant', ['2']],
		['flow_class=oda-like', ['3', '2']],
		['sector=education', ['3', '2']],
		['status=pipeline-pledge', ['2']],
		['recommended=no', ['2']],
		['recommended=yes&sort=year&dir=asc', ['4', '1', '3']],
		['sort=title&dir=asc', ['2', '1', '4', '3']]
	])('?%s', (query, ids) => {
		const r = select(query);
		expect(r.notices).toEqual([]);
		expect(r.ids).toEqual(ids);
	});

	it.each([
		['flow=barter', 'flow'],
		['flow_class=loan', 'flow_class'],
		['country=XX', 'country'],
		['from=last-year', 'from'],
		['recommended=maybe', 'recommended'],
		['sort=colour', 'sort'],
		['page=0', 'page'],
		['colour=red', 'colour']
	])('?%s is ignored with a notice naming %s', (query, param) => {
		const r = select(query);
		expect(r.notices).toEqual([param]);
		expect(r.ids).toHaveLength(4);
	});
});

describe('pages', () => {
	it('a page past the last is named and page 1 shown', () => {
		const { query } = parseProjectQuery(new URLSearchParams('page=3'), ds.tables);
		const r = projectPage(ds.tables, query);
		expect(r.page.page).toBe(1);
		expect(r.notices.map((n) => n.message)).toEqual(['page=3 was ignored: there is 1 page.']);
	});

	it('counts the projects without an amount, and sums only those AidData recommends', () => {
		const { query } = parseProjectQuery(new URLSearchParams(''), ds.tables);
		const { page } = projectPage(ds.tables, query);
		expect(page.total).toBe(4);
		expect(page.withoutAmount).toBe(1);
		expect(page.recommendedUsd2014).toBe(1_100_000_000.5 + 5 + 10_900_000_000);
	});
});

it('the canonical query string round-trips', () => {
	const q = select('q=oil&country=BRA,AGO&flow_class=oof-like&from=2009&sort=year&dir=asc&page=1').q;
	const s = projectQueryString(q);
	expect(s).toBe('?q=oil&country=AGO,BRA&from=2009&flow_class=oof-like&sort=year&dir=asc');
	expect(select(s.slice(1)).q).toEqual(q);
});

it('the filtered CSV names publisher, release and licence on every row', () => {
	const csv = publishedCsv(
		ds,
		'aiddata-gcof-1-projects',
		selectProjects(ds.tables, select('country=VEN').q).map(projectCsvRow)
	)!;
	const lines = csv.trim().split('\n');
	expect(lines[0]).toMatch(/^project_id,.*,source$/);
	expect(lines).toHaveLength(2);
	expect(csv).toContain('"AidData, GCOF 1.0. Licence: ODC-By-1.0 (https://opendatacommons.org/licenses/by/1-0/)."');
});
