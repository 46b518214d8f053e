/**
 * The same-quantity rule, one case per clause, on small claims; then on the real dataset the
 * cases the rule was written for (the news figure and the database total are one quantity,
 * AidData's official finance and a debt stock are not), and the superseded status derived
 * from revision and part-of links.
 */
import { describe, expect, it } from 'vitest';
import { countryByCode } from '../../src/lib/data/countries.ts';
import { parseDate } from '../../src/lib/data/dates.ts';
import {
	differentScopeClaims,
	quantityNoun,
	reportSameQuantity,
	sameQuantityClaims,
	scopeInWords,
	scopeLine,
	shownBefore,
	supersedingClaims,
	type QuantityFields
} from '../../src/lib/data/quantity.ts';
import type { RelatedRecord } from '../../src/lib/data/types.ts';
import { summarize } from '../../src/lib/data/summary.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

const country = (code: string) => {
	const r = countryByCode(code);
	if (!r.ok) throw new Error(r.error);
	return r.value;
};
const period = (spec: string) => {
	const r = parseDate(spec);
	if (!r.ok) throw new Error(r.error);
	return r.value;
};

const base = {
	lender: country('CHN'),
	lenderEntity: 'chinese-state-banks',
	borrower: country('VEN'),
	borrowerRegion: null,
	measure: 'commitments',
	period: period('2005/2017'),
	dollars: 'nominal',
	related: []
} as const satisfies Omit<QuantityFields, 'id'>;
const claim = (id: string, over: Partial<QuantityFields> = {}): QuantityFields => ({ ...base, id, ...over });
const link = (record: string, relation: RelatedRecord['relation'], declared = true): RelatedRecord => ({
	record,
	relation,
	declared
});

describe('reportSameQuantity', () => {
	it.each<[string, Partial<QuantityFields>, Partial<QuantityFields>, boolean]>([
		['lender, borrower, measure, period and basis all agree', {}, {}, true],
		['another borrower', {}, { borrower: country('BRA') }, false],
		['another lender', {}, { lender: country('USA') }, false],
		['another lending institution', {}, { lenderEntity: null }, false],
		['another measure', {}, { measure: 'debt-stock' }, false],
		['another period (2000-2021 against 2005-2017)', {}, { period: period('2000/2021') }, false],
		['another dollar basis (constant 2021 against nominal)', {}, { dollars: 'constant-2021' }, false],
		['a period only in words, unlinked', { period: null }, { period: null }, false],
		[
			'a period only in words, linked same-quantity',
			{ period: null, related: [link('b', 'same-quantity')] },
			{ dollars: 'unspecified' },
			true
		],
		['linked from the other end', {}, { period: null, related: [link('a', 'same-quantity')] }, true],
		[
			'a revision of the same release, linked',
			{ period: period('2018') },
			{ period: period('2018'), related: [link('a', 'revision-of')] },
			true
		],
		[
			'a part of a total is another quantity',
			{ borrower: null, borrowerRegion: 'lac' },
			{ related: [link('a', 'part-of')] },
			false
		],
		['a region against a country', { borrower: null, borrowerRegion: 'lac' }, {}, false]
	])('%s → %s', (_, a, b, expected) => {
		expect(reportSameQuantity(claim('a', a), claim('b', b))).toBe(expected);
		expect(reportSameQuantity(claim('b', b), claim('a', a))).toBe(expected);
	});

	it('groups through a chain of links, and keeps the rest of the borrower’s figures apart', () => {
		const loans = [
			claim('news', { period: null, dollars: 'unspecified', related: [link('db', 'same-quantity')] }),
			claim('db'),
			claim('db-revised', { related: [link('db', 'revision-of')] }),
			claim('aiddata', { lenderEntity: null, period: period('2000/2021'), dollars: 'constant-2021' }),
			claim('stock', { measure: 'debt-stock', period: period('2017') }),
			claim('other-borrower', { borrower: country('BRA') })
		];
		const news = loans[0] as QuantityFields;
		expect(sameQuantityClaims(loans, news).map((c) => c.id)).toEqual(['db', 'db-revised']);
		expect(differentScopeClaims(loans, news).map((c) => c.id)).toEqual(['aiddata', 'stock']);
	});
});

describe('supersedingClaims', () => {
	const loans = [
		{ id: 'total-2018', related: [link('revised-2018', 'revision-of', false), link('part', 'part-of', false)] },
		{ id: 'part', related: [link('total-2018', 'part-of')] },
		{ id: 'part-of-part', related: [link('part', 'part-of')] },
		{ id: 'revised-2018', related: [link('total-2018', 'revision-of')] },
		{ id: 'unrevised', related: [] }
	];
	it.each([
		['a figure a later release revised', 'total-2018', ['revised-2018']],
		['a part of a revised total', 'part', ['revised-2018']],
		['a part of a part of a revised total', 'part-of-part', ['revised-2018']],
		['the revision itself', 'revised-2018', []],
		['a figure nothing revises', 'unrevised', []]
	])('%s', (_, id, expected) => {
		expect(supersedingClaims(loans, id)).toEqual(expected);
	});
});

describe('shownBefore', () => {
	it.each([
		[
			'a current figure before a larger superseded one',
			{ supersededBy: [], amountUsd: 2 },
			{ supersededBy: ['x'], amountUsd: 9 },
			true
		],
		[
			'a superseded figure after a smaller current one',
			{ supersededBy: ['x'], amountUsd: 9 },
			{ supersededBy: [], amountUsd: 2 },
			false
		],
		[
			'between two current figures, the larger',
			{ supersededBy: [], amountUsd: 9 },
			{ supersededBy: [], amountUsd: 2 },
			true
		],
		[
			'between two superseded figures, the larger',
			{ supersededBy: ['x'], amountUsd: 2 },
			{ supersededBy: ['y'], amountUsd: 9 },
			false
		]
	])('%s', (_, a, b, expected) => {
		expect(shownBefore(a, b)).toBe(expected);
	});
});

describe('scope in words', () => {
	it.each<[Parameters<typeof scopeInWords>[0], string, string]>([
		[
			{
				measure: 'commitments',
				period: period('2005/2017'),
				periodAsReported: null,
				dollars: 'nominal',
				covers: 'loans'
			},
			'committed 2005–2017, nominal US$',
			'Chinese lending'
		],
		[
			{
				measure: 'commitments',
				period: null,
				periodAsReported: 'over the past decade',
				dollars: 'unspecified',
				covers: 'loans'
			},
			'committed “over the past decade” (as reported), dollar basis not stated',
			'Chinese lending'
		],
		[
			{
				measure: 'commitments',
				period: period('2000/2021'),
				periodAsReported: null,
				dollars: 'constant-2021',
				covers: 'official-finance'
			},
			'committed 2000–2021, constant 2021 US$',
			'Chinese official finance'
		],
		[
			{ measure: 'debt-stock', period: period('2017'), periodAsReported: null, dollars: 'nominal', covers: 'loans' },
			'owed at the end of 2017, nominal US$',
			'Debt owed to China'
		],
		[
			{
				measure: 'annual-lending',
				period: period('2018'),
				periodAsReported: null,
				dollars: 'nominal',
				covers: 'loans'
			},
			'lent in 2018, nominal US$',
			'Chinese lending'
		]
	])('%j', (l, line, noun) => {
		expect(scopeLine(l)).toBe(line);
		expect(quantityNoun(l)).toBe(noun);
		expect(scopeInWords(l).startsWith(`${line}; `)).toBe(true);
	});
});

describe('the rule on the real dataset', () => {
	const ds = loadDatasetFromDir('data');
	const loan = (id: string) => {
		const l = ds.loans.find((x) => x.id === id);
		if (!l) throw new Error(`no loan ${id}`);
		return l;
	};

	it('the news figure and the database total are one quantity; AidData and the debt stock are other scopes', () => {
		expect(sameQuantityClaims(ds.loans, loan('wsws-2019-ven')).map((l) => l.id)).toEqual(['clfd-2018-ven']);
		expect(
			differentScopeClaims(ds.loans, loan('wsws-2019-ven'))
				.map((l) => l.id)
				.sort()
		).toEqual(['aiddata-3-ven', 'clfd-2019-ven-2018', 'hrt-ven-2017'].sort());
		expect(sameQuantityClaims(ds.loans, loan('aiddata-3-arg'))).toEqual([]);
	});

	it('the 2018 regional total and its revision are one quantity, the first superseded', () => {
		expect(sameQuantityClaims(ds.loans, loan('clfd-2019-lac-2018')).map((l) => l.id)).toEqual(['clfd-later-lac-2018']);
		expect(loan('clfd-2019-lac-2018').supersededBy).toEqual(['clfd-later-lac-2018']);
		expect(loan('clfd-later-lac-2018').supersededBy).toEqual([]);
	});

	it('marks Venezuela’s $5 billion of 2018 superseded: part of the $7.7 billion total revised to $2.1 billion', () => {
		expect(loan('clfd-2019-ven-2018').supersededBy).toEqual(['clfd-later-lac-2018']);
		expect(loan('clfd-2019-dom-2018').supersededBy).toEqual(['clfd-later-lac-2018']);
		expect(loan('clfd-2018-ven').supersededBy).toEqual([]);
	});

	it('data:check lists only same-quantity claims with different figures as disagreements', () => {
		const s = summarize(ds);
		const groups = s.disagreements.map((d) => d.claims.map((c) => c.id).sort());
		expect(groups).toContainEqual(['clfd-2018-ven', 'wsws-2019-ven']);
		expect(groups).toContainEqual(['clfd-2019-lac-2018', 'clfd-later-lac-2018']);
		expect(groups.flat()).not.toContain('aiddata-3-ven');
		expect(groups.flat()).not.toContain('hrt-ven-2017');
		expect(s.disagreements.find((d) => d.claims.some((c) => c.id === 'clfd-2019-lac-2018'))?.claims).toContainEqual(
			expect.objectContaining({ id: 'clfd-2019-lac-2018', superseded: true })
		);
	});

	it('data:check lists the entities no record uses', () => {
		const s = summarize(ds);
		expect(s.unusedEntities).toContain('donald-trump');
		expect(s.unusedEntities).not.toContain('pdvsa');
		expect(s.unusedEntities).not.toContain('brazil-embassy-washington');
	});
});
