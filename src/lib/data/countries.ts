/**
 * Countries as ISO 3166-1 alpha-3 codes with English names, from i18n-iso-countries
 * (maintained, ships the ISO list with aliases in many languages).
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

export interface Country {
	readonly code: string;
	/** Short common name: "Venezuela", "China", "United States". */
	readonly name: string;
	/** ISO 3166-1 numeric code, as used by world-atlas TopoJSON ids ("862"). */
	readonly numeric: string;
}

export type CountryResult = { ok: true; value: Country } | { ok: false; error: string };

function shortName(code: string): string {
	const all = countries.getName(code, 'en', { select: 'all' }) ?? [];
	const words = all.filter((n) => n.length >= 4 && /[a-z]/.test(n));
	return words.sort((a, b) => a.length - b.length)[0] ?? all[0] ?? code;
}

// Both lookups are pure and the published tables ask them once a row (thousands of times,
// mostly the same few names), which made them a noticeable part of the server's start. Only
// countries found are kept: there are a few hundred, while the misses include whatever a URL
// parameter says, which must not grow the server's memory.
const byCode = new Map<string, CountryResult & { ok: true }>();
const byName = new Map<string, Country>();

/** Resolve an alpha-3 code (upper case, as curated). */
export function countryByCode(code: string): CountryResult {
	const kept = byCode.get(code);
	if (kept) return kept;
	const r = resolveCode(code);
	if (r.ok) byCode.set(code, r);
	return r;
}

/** Resolve an ISO 3166-1 numeric code ("862"), as the map's shapes are named. */
export function countryByNumeric(numeric: string): CountryResult {
	const code = /^\d{3}$/.test(numeric) ? countries.numericToAlpha3(numeric) : undefined;
	return code ? countryByCode(code) : { ok: false, error: `"${numeric}" is not an ISO 3166-1 numeric country code` };
}

function resolveCode(code: string): CountryResult {
	if (!/^[A-Z]{3}$/.test(code)) {
		return { ok: false, error: `"${code}" is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. VEN)` };
	}
	if (!countries.isValid(code)) return { ok: false, error: `"${code}" is not an ISO 3166-1 alpha-3 country code` };
	return {
		ok: true,
		value: { code, name: shortName(code), numeric: countries.alpha3ToNumeric(code) ?? '' }
	};
}

/** Match a country name as written in text ("Venezuela", "Russia", "the United States"). */
export function countryByName(name: string): Country | undefined {
	const kept = byName.get(name);
	if (kept) return kept;
	const found = resolveName(name);
	if (found) byName.set(name, found);
	return found;
}

function resolveName(name: string): Country | undefined {
	const cleaned = name.trim().replace(/^the\s+/i, '');
	const code = countries.getAlpha3Code(cleaned, 'en') ?? countries.getSimpleAlpha3Code(cleaned, 'en');
	if (!code) return undefined;
	const r = countryByCode(code);
	return r.ok ? r.value : undefined;
}
