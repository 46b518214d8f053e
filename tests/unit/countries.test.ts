import { describe, expect, it } from 'vitest';
import { countryByCode, countryByName, countryByNumeric } from '../../src/lib/data/countries.ts';

describe('countryByCode', () => {
	it.each([
		['VEN', 'Venezuela', '862'],
		['BRA', 'Brazil', '076'],
		['CHN', 'China', '156'],
		['USA', 'United States', '840'],
		['RUS', 'Russia', '643'],
		['IRN', 'Iran', '364'],
		['DOM', 'Dominican Republic', '214']
	])('%s is %s (%s)', (code, name, numeric) => {
		expect(countryByCode(code)).toEqual({ ok: true, value: { code, name, numeric } });
	});

	it.each([
		['XXX', /not an ISO 3166-1 alpha-3 country code/],
		['ven', /three capital letters/],
		['VE', /three capital letters/],
		['Venezuela', /three capital letters/]
	])('%s is refused', (code, message) => {
		const r = countryByCode(code);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(message);
	});
});

describe('countryByName', () => {
	it.each([
		['Venezuela', 'VEN'],
		['Brazil', 'BRA'],
		['the United States', 'USA'],
		['Russia', 'RUS'],
		['China', 'CHN']
	])('%s is %s', (name, code) => expect(countryByName(name)?.code).toBe(code));

	it('returns nothing for a name that is not a country', () => {
		expect(countryByName('Atlantis')).toBeUndefined();
	});
});

describe('countryByNumeric', () => {
	it('resolves the numeric codes the map shapes are named by', () => {
		expect(countryByNumeric('862')).toEqual(countryByCode('VEN'));
		expect(countryByNumeric('032')).toEqual(countryByCode('ARG'));
	});

	it.each(['999', '32', 'VEN', '', '8620'])('refuses %j, naming it', (code) => {
		expect(countryByNumeric(code)).toEqual({
			ok: false,
			error: `"${code}" is not an ISO 3166-1 numeric country code`
		});
	});
});
