/**
 * Like with like, as a reader sees it: each headline case names its measure, period and
 * basis and compares only with the same quantity; a record page keeps the same quantity
 * apart from the borrower's figures with a different scope; superseded figures say so.
 */
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const headline = (page: Page, n: number): Locator =>
	page.getByRole('list', { name: 'Headline figures' }).getByRole('listitem').nth(n);

const LOAN_CASES: { query: string; has: readonly string[]; hasNot: readonly RegExp[] }[] = [
	{
		query: '',
		has: [
			'$62 billion',
			'Chinese lending to Venezuela',
			'committed “over the past decade” (as reported), dollar basis not stated',
			'1 other source reports the same quantity (CLFD 2005–2017): $62.2 billion'
		],
		hasNot: [/112\.9/, /to \$112/]
	},
	{
		query: '?source=clfd-2018',
		has: [
			'$62.2 billion',
			'Chinese lending to Venezuela',
			'committed 2005–2017, nominal US$',
			'1 other source reports the same quantity'
		],
		hasNot: [/112\.9/]
	},
	{
		query: '?source=aiddata-3',
		has: [
			'$138.8 billion',
			'Chinese official finance to Argentina',
			'committed 2000–2021, constant 2021 US$',
			'currency swaps',
			'no other source reports the same quantity'
		],
		hasNot: [/lending/i, /\$18 billion/]
	},
	{
		query: '?source=hrt-debt-stock',
		has: ['$34.48 billion', 'Debt owed to China by Venezuela', 'owed at the end of 2017, nominal US$'],
		hasNot: [/lending/i]
	},
	{
		query: '?from=2019-01-01',
		has: ['Chinese lending to Venezuela', '1 other source reports the same quantity'],
		hasNot: [/1 other source report /, /112\.9/]
	},
	{
		query: '?source=clfd-2019',
		has: [
			'$5 billion',
			'lent in 2018, nominal US$',
			'superseded: a later release revised the total it is part of',
			'$2.1 billion'
		],
		hasNot: []
	},
	{
		query: '?source=clfd-later',
		has: [
			'$2.1 billion',
			'Chinese lending to Latin America and the Caribbean',
			'lent in 2018',
			'an earlier release reported $7.7 billion, now superseded'
		],
		hasNot: []
	},
	{
		query: '?source=clfd-later&country=VEN',
		has: ['No figure', 'from CLFD revised under these filters', 'Other sources with a figure here'],
		hasNot: []
	}
];

test.describe('the loan headline', () => {
	for (const c of LOAN_CASES) {
		test(`says what the figure is: /${c.query}`, async ({ page }) => {
			await page.goto(`/${c.query}`);
			const h = headline(page, 0);
			for (const text of c.has) await expect(h).toContainText(text);
			const text = (await h.innerText()).replace(/\s+/g, ' ');
			for (const re of c.hasNot) expect(text).not.toMatch(re);
		});
	}
});

test('the sanctions and events headlines use one and many, and count every precision', async ({ page }) => {
	await page.goto('/?country=NIC');
	await expect(headline(page, 2)).toContainText('1 dated event');
	await expect(headline(page, 2)).toContainText('1 to the decade');
	await page.goto('/?sector=banking&from=2019-03-22&to=2019-03-22');
	await expect(headline(page, 1)).toContainText('1 US sanctions measure');
	await expect(headline(page, 1)).toContainText('on 22 Mar 2019');
	await page.goto('/');
	const events = (await headline(page, 2).innerText()).replace(/\s+/g, ' ');
	const figure = Number(events.match(/^(\d+)/)?.[1]);
	const parts = [...events.matchAll(/(\d+) (?:to the|as a range)/g)].reduce((n, m) => n + Number(m[1]), 0);
	expect(parts).toBe(figure);
});

test.describe('a loan claim’s page', () => {
	test('shows the same quantity in other sources apart from figures with a different scope', async ({ page }) => {
		await page.goto('/records/wsws-2019-ven');
		const same = page.getByRole('region', { name: 'The same quantity in other sources' });
		await expect(same.getByRole('row')).toHaveCount(3);
		await expect(same).toContainText('$62.2 billion');
		await expect(same).not.toContainText('$112.9 billion');
		const other = page.getByRole('region', { name: 'Other figures for this borrower, different scope' });
		await expect(other).toContainText('$112.9 billion');
		await expect(other).toContainText(
			'committed 2000–2021, constant 2021 US$; all official finance: loans, grants and central-bank currency swaps'
		);
		await expect(other).toContainText('owed at the end of 2017, nominal US$');
		await expect(other).toContainText('Superseded by');
	});

	test('says when no other source reports the quantity, and when a figure was superseded', async ({ page }) => {
		await page.goto('/records/aiddata-3-arg');
		await expect(page.getByRole('region', { name: 'The same quantity in other sources' })).toContainText(
			'No other source reports this quantity.'
		);
		await expect(page.getByRole('region', { name: 'Other figures for this borrower, different scope' })).toContainText(
			'$18.2 billion'
		);
		await page.goto('/records/clfd-2019-ven-2018');
		await expect(page.getByText('Superseded: a later release revised it')).toBeVisible();
		await expect(
			page.getByRole('link', { name: /Latin America and the Caribbean: \$2\.1 billion, 2018/ }).first()
		).toBeVisible();
	});
});

test('the loans table shows each claim’s status', async ({ page }) => {
	await page.goto('/loans');
	const row = page
		.getByRole('row')
		.filter({ has: page.getByRole('link', { name: /Venezuela/ }) })
		.filter({ hasText: '$5 billion' });
	await expect(row).toContainText('superseded by Latin America and the Caribbean: $2.1 billion, 2018');
});
