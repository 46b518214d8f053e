/**
 * Counts in sentences: the noun agrees with the number, and counts of zero are left out.
 */
import { describe, expect, it } from 'vitest';
import { capitalise, countPhrase, countsPhrase, listPhrase } from '../../src/lib/data/words.ts';

describe('countPhrase', () => {
	it.each([
		[0, 'event', undefined, '0 events'],
		[1, 'event', undefined, '1 event'],
		[2, 'event', undefined, '2 events'],
		[1, 'more loan claim', undefined, '1 more loan claim'],
		[19, 'more loan claim', undefined, '19 more loan claims'],
		[1, 'sanctions measure', undefined, '1 sanctions measure'],
		[3, 'country', 'countries', '3 countries'],
		[1, 'country', 'countries', '1 country']
	])('%d %s (%s) is "%s"', (n, singular, plural, expected) => {
		expect(countPhrase(n, singular, plural)).toBe(expected);
	});
});

describe('listPhrase', () => {
	it.each([
		[[], ''],
		[['a'], 'a'],
		[['a', 'b'], 'a and b'],
		[['a', 'b', 'c'], 'a, b and c']
	])('%j is "%s"', (parts, expected) => {
		expect(listPhrase(parts)).toBe(expected);
	});
});

describe('countsPhrase', () => {
	it.each([
		[
			[
				[2, 'event'],
				[0, 'sanctions measure'],
				[1, 'loan claim']
			] as const,
			'2 events and 1 loan claim'
		],
		[
			[
				[0, 'event'],
				[0, 'sanctions measure'],
				[3, 'loan claim']
			] as const,
			'3 loan claims'
		],
		[
			[
				[1, 'event'],
				[1, 'sanctions measure'],
				[1, 'loan claim']
			] as const,
			'1 event, 1 sanctions measure and 1 loan claim'
		],
		[
			[
				[0, 'event'],
				[0, 'loan claim']
			] as const,
			''
		],
		[
			[
				[2, 'country', 'countries'],
				[1, 'sector']
			] as const,
			'2 countries and 1 sector'
		]
	])('%j is "%s"', (counts, expected) => {
		expect(countsPhrase(counts)).toBe(expected);
	});
});

it('capitalises the first letter only', () => {
	expect(capitalise('3 loan claims from 2018')).toBe('3 loan claims from 2018');
	expect(capitalise('sanctions')).toBe('Sanctions');
	expect(capitalise('')).toBe('');
});
