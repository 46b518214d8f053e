/**
 * Each mention and relation rule of extraction on its own, table-driven: money and
 * conversions, tables, capitals and datelines, what is not a loan, plans, anaphors, objects
 * of a sanction, relative dates, and the loan, sanction and event cases the corpus shows,
 * on sentences written for these tests (not the corpus's).
 */
import { describe, expect, it } from 'vitest';
import { parseUsd } from '../../src/lib/data/money.ts';
import { notAnEvent } from '../../src/lib/extract/events.ts';
import {
	anaphor,
	capitalsIn,
	datelineCountry,
	lendingCue,
	notALoan,
	planned
} from '../../src/lib/extract/loan-rules.ts';
import { findMoney } from '../../src/lib/extract/money.ts';
import { objectNames } from '../../src/lib/extract/sanctions.ts';
import { dollarScale, findTables } from '../../src/lib/extract/tables.ts';
import { run } from '../fixtures/extract/helpers.ts';

const all = (t: string) => ({ start: 0, end: t.length });
const usd = (a: string | undefined) => {
	const m = parseUsd(a ?? '');
	return m.ok ? m.usd : null;
};

describe('money mentions', () => {
	const cases: { text: string; expected: [string, string, number, number | null][] }[] = [
		{ text: 'lent US$307 million in 2007', expected: [['US$307 million', 'USD', 307_000_000, 307_000_000]] },
		{
			text: 'another 5 billion dollars through',
			expected: [['5 billion dollars', 'USD', 5_000_000_000, 5_000_000_000]]
		},
		{
			text: 'made up of $10 billion and Rmb70bn (about $10.25bn).',
			expected: [
				['$10 billion', 'USD', 10_000_000_000, 10_000_000_000],
				['Rmb70bn (about $10.25bn)', 'CNY', 70_000_000_000, 10_250_000_000]
			]
		},
		{
			text: 'adding Rmb60bn, roughly $8.7 billion, to the swap',
			expected: [['Rmb60bn, roughly $8.7 billion', 'CNY', 60_000_000_000, 8_700_000_000]]
		},
		{
			text: 'Tranche B RMB 2.5bn, or about $390 million.',
			expected: [['RMB 2.5bn, or about $390 million', 'CNY', 2_500_000_000, 390_000_000]]
		},
		{ text: 'a loan of 40 billion yuan', expected: [['40 billion yuan', 'CNY', 40_000_000_000, null]] },
		{ text: 'a €2bn credit', expected: [['€2bn', 'EUR', 2_000_000_000, null]] },
		{ text: 'the 1,500-megawatt plant and 131-metre falls', expected: [] }
	];
	for (const c of cases) {
		it(c.text, () => {
			expect(findMoney(c.text, all(c.text)).map((m) => [m.text, m.currency, m.amount, m.usd])).toEqual(c.expected);
		});
	}
});

describe('what is not a loan', () => {
	const cases: [text: string, notLoan: boolean][] = [
		['two-way trade reached about $17 billion last year', true],
		['a deficit of nearly $9 billion with China', true],
		['officially costed at about $4.2 billion', true],
		['a section budgeted at $1.1 billion', true],
		['seeking about $2.7 billion from the bank', true],
		['in return for $1.5 billion', true],
		['a first instalment of $190 million', true],
		['the suspension of $600 million in payments', true],
		['more than $300 million in supplies', true],
		['added $3 billion from its own reserves fund', true],
		['the remaining 20 percent, or about $250 million', true],
		['offered a reward of $10 million', true],
		['paid $200 million for a 49 percent stake', true],
		['The Export-Import Bank of China lent US$450 million', false],
		['the largest investor in the region—lending $40 billion', false],
		['agreed a 20-year loan of $2.3 billion', false]
	];
	for (const [text, expected] of cases) {
		it(`${expected ? 'not a loan' : 'a loan'}: ${text}`, () => {
			const m = findMoney(text, all(text))[0];
			if (!m) throw new Error('no amount');
			expect(notALoan(text, m, 0) !== null).toBe(expected);
		});
	}
});

describe('lending cues, plans and anaphors', () => {
	it.each([
		['the two central banks extended their currency swap', true],
		['an oil-backed facility', true],
		['the stand-by arrangement', true],
		['bilateral trade grew', false]
	])('lendingCue(%s) = %s', (clause, expected) => expect(lendingCue(clause)).toBe(expected));

	it.each([
		['The ministry expects to sign a ', true],
		['Lima is due to receive a ', true],
		['The bank will lend ', true],
		['The bank lent ', false],
		['China had agreed to lend Lima another ', false]
	])('planned(%s) = %s', (clause, expected) => expect(planned(clause)).toBe(expected));

	it.each([
		['the country still owes it', 'country'],
		['From 2005 to 2017 it borrowed', 'country'],
		['committed a record to the region', 'region'],
		['the Andean nation borrowed', 'country'],
		['Peru borrowed', null]
	])('anaphor(%s) = %s', (clause, expected) => expect(anaphor(clause)).toBe(expected));
});

describe('capitals and datelines', () => {
	it.each([
		['The bank lent Quito $1 billion', 'ECU'],
		['lend Caracas another loan', 'VEN'],
		['a project near Nairobi', 'KEN']
	])('%s → %s', (text, code) => expect(capitalsIn(text, all(text)).map((c) => c.country)).toEqual([code]));

	it.each([
		['LIMA — The government said', 'PER'],
		['BUENOS AIRES — Argentina signed', 'ARG'],
		['QUITO (Reuters) — The ministry', 'ECU'],
		['The government said on Monday', null]
	])('dateline of "%s" is %s', (paragraph, code) => expect(datelineCountry(paragraph)).toBe(code));
});

describe('Markdown tables', () => {
	const text =
		'Intro.\n\nCommitments by borrower, 2008-2019 (US$ million)\n\n| Borrower | Amount |\n|---|---:|\n| Peru | 450 |\n| Chile | 12.5 |\n\nAfter.';
	it('reads rows with their cells’ offsets, the caption above and its unit', () => {
		const [t] = findTables(text);
		expect(t?.caption?.text).toBe('Commitments by borrower, 2008-2019 (US$ million)');
		expect(t?.rows.map((r) => text.slice(r.start, r.end))).toEqual(['| Peru | 450 |', '| Chile | 12.5 |']);
		expect(t?.rows[1]?.cells.map((c) => c.text)).toEqual(['Chile', '12.5']);
		expect(dollarScale(t?.caption?.text ?? '')).toBe(6);
	});
	it('makes one loan per row, scaled by the caption’s unit, with its period, the row as quote', () => {
		const x = run(text.replace('Commitments', 'Chinese lending'), '2020-05-01');
		expect(
			x.loans.map((l) => [l.record.borrower, usd(l.record.amount), l.record.period, l.record.evidence?.[0]?.quote])
		).toEqual([
			['PER', 450_000_000, '2008/2019', '| Peru | 450 |'],
			['CHL', 12_500_000, '2008/2019', '| Chile | 12.5 |']
		]);
	});
	it('reads a table that is not about lending in dollars as nothing', () => {
		expect(
			run(
				text.replace('Commitments by borrower', 'Population by country').replace('US$ million', 'thousands'),
				'2020-05-01'
			).loans
		).toEqual([]);
	});
});

describe('loans: the cases of ordinary news English', () => {
	const loans = (text: string, date = '2020-05-01') =>
		run(text, date).loans.map((l) => [l.record.borrower ?? l.record.borrower_region ?? null, usd(l.record.amount)]);

	it('a list with the verb stated once, and a pronoun borrower from the sentence before', () => {
		const text =
			'Peru is the biggest client. From 2009 to 2019 it borrowed $14.1 billion from Chinese banks. Chile received $9.3 billion over the same period, Bolivia $2.8 billion and Colombia $1.2 billion.';
		expect(loans(text)).toEqual([
			['PER', 14_100_000_000],
			['CHL', 9_300_000_000],
			['BOL', 2_800_000_000],
			['COL', 1_200_000_000]
		]);
	});

	it('a definite description ("the country") and the object of the lending verb, a capital standing for its country', () => {
		expect(loans('Beijing lent Lima $3 billion in 2015, and the country still owes it about $2 billion.')).toEqual([
			['PER', 3_000_000_000],
			['PER', 2_000_000_000]
		]);
	});

	it('a total and its parts, all kept, the parts linked to the total; a foreign amount with its stated dollar figure', () => {
		const x = run(
			'In 2012 the bank agreed a facility worth $8 billion with Bolivia, made up of $5 billion and Rmb20bn (about $3 billion).',
			'2020-05-01'
		);
		expect(x.loans.map((l) => [l.record.borrower, usd(l.record.amount)])).toEqual([
			['BOL', 8_000_000_000],
			['BOL', 5_000_000_000],
			['BOL', 3_000_000_000]
		]);
		const total = x.loans[0]?.record.id;
		expect(x.loans.slice(1).map((l) => l.record.related)).toEqual([
			[{ record: total, relation: 'part-of' }],
			[{ record: total, relation: 'part-of' }]
		]);
		expect(x.loans[2]?.record.note).toMatch(/Stated as Rmb20bn \(\$3 billion as the text converts it\)/);
	});

	it('amounts that are not loans, and a loan still to come, are left out', () => {
		expect(
			loans(
				'Peru’s exports to China reached $20 billion in 2019. The US offered a reward of $15 million. The government expects to sign a $2 billion loan with China next month.'
			)
		).toEqual([]);
	});
});

describe('sanctions: structure and discourse', () => {
	it('takes the names in the object, titles left off, as new targets', () => {
		const text =
			'The Treasury blacklisted first lady Ana Torres, Vice President Luis Mena and Defense Minister Raúl Ortega Díaz, freezing their assets.';
		expect(objectNames(text, text.indexOf('first'), text.indexOf(', freezing')).map((n) => n.text)).toEqual([
			'Ana Torres',
			'Luis Mena',
			'Raúl Ortega Díaz'
		]);
	});

	it('several measures in one sentence, each with its own date; a yearless date later in the list goes forward', () => {
		const x = run(
			'Washington barred dealings in Nicaraguan bonds on Oct. 3, 2018, prohibited imports of Gold Co ore on Feb. 6 and blocked Acme Shipping Co. on April 9.',
			'2019-06-01'
		);
		expect(x.sanctions.map((s) => s.record.date)).toEqual(['2018-10-03', '2019-02-06', '2019-04-09']);
		expect(x.sanctions[2]?.record.targets).toEqual(['acme-shipping']);
	});

	it('a measure retold without a date takes the day of the sentence before, as one record with both quotes', () => {
		const x = run(
			'On Monday the United States imposed sanctions on Acme Shipping Co. for carrying oil. The Treasury added Acme Shipping Co. and its director, Ana Torres, to its list of blocked persons.',
			'2019-06-05'
		);
		expect(x.sanctions).toHaveLength(1);
		expect(x.sanctions[0]?.record.date).toBe('2019-06-03');
		expect(x.sanctions[0]?.record.evidence).toHaveLength(2);
		const torres = x.entities.find((e) => e.record.name === 'Ana Torres');
		expect(x.sanctions[0]?.record.targets).toEqual(['acme-shipping', torres?.record.id]);
	});

	it('an order dated by its signature; the noun "sanctions" alone is no measure', () => {
		const x = run(
			'The designation was made under Executive Order 14010, signed by the President on May 2, 2017. Officials hailed the sanctions as a victory.',
			'2019-06-05'
		);
		expect(x.sanctions.map((s) => [s.record.action, s.record.instrument, s.record.date])).toEqual([
			['executive-order', 'Executive Order 14010', '2017-05-02']
		]);
	});
});

describe('events: what did not happen, or is no event', () => {
	it.each([
		['Peru pumped an average of 0.9 million barrels a day in 2017', 'a statistic'],
		['the banks made no new loans to the region in 2020', 'negated'],
		['the talks are due to resume next week', 'a plan or a hedge'],
		['which was set up in 2011 to trade oil', 'a founding date describing a name'],
		['President Ana Silva visited Lima on May 3', null]
	])('%s → %s', (clause, reason) => expect(notAnEvent(clause, null, clause)).toBe(reason));

	it('relative dates count from the date stated before: a day later, five days after, the same day', () => {
		const x = run(
			'The order was signed on Monday, 3 June 2019.\n\nA day later, Ana Silva arrived in Lima. On June 10, 2019, Carlos Ruiz resigned, five days after Ana Silva visited Santiago. Radio Norte reported it the same day.',
			'2019-06-20'
		);
		const date = (start: string) => x.events.find((e) => e.record.evidence?.[0]?.quote.startsWith(start))?.record.date;
		expect(date('A day later')).toBe('2019-06-04');
		expect(date('five days after')).toBe('2019-06-05');
		expect(date('Radio Norte reported')).toBe('2019-06-10');
	});

	it('a quarter is its three months; "since" dates no happening; a bare year in a noun phrase is no event', () => {
		const x = run(
			'In the second quarter of 2018 the government signed a concession. Acme Shipping Co. has faced restrictions since 2014. At its peak in 2010.',
			'2019-06-20'
		);
		expect(x.events.map((e) => e.record.date)).toEqual(['2018-04/2018-06']);
	});
});
