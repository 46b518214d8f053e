/**
 * Money mentions: every amount a sentence states, in US dollars ("$62 billion", "US$307
 * million", "5 billion dollars") or in another currency ("Rmb70bn", "60 billion yuan",
 * "€2bn"), with the dollar figure the text itself gives beside it ("Rmb70bn (about
 * $10.25bn)", "Rmb60bn, roughly $8.7 billion,", "Rmb3.255bn, or about $504 million"). The
 * conversion belongs to the amount it follows: it is one mention, not a second amount. No
 * amount is ever converted at a rate the text does not state.
 *
 * The numbers are scaled by parseUsd (exact decimal arithmetic), the currency marker swapped
 * for "$" where it is not a dollar.
 */
import { parseUsd } from '../data/money.ts';
import type { Span } from './text.ts';

export interface MoneyMention extends Span {
	/** The whole mention as written, the conversion included. */
	readonly text: string;
	/** ISO 4217 code of the stated amount. */
	readonly currency: string;
	/** The stated amount in its own currency, in whole units. */
	readonly amount: number;
	/** The stated amount's words ("Rmb70bn"). */
	readonly stated: string;
	/** The US-dollar figure: the amount itself, or the conversion the text gives; null when it gives none. */
	readonly usd: number | null;
	/** The dollar words ("$10.25bn"), as written. */
	readonly usdText: string | null;
}

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:trillion|billion|million|thousand)\b|(?:bn|mn|tn|m|b)\b)`;
const USD_WORDS = String.raw`(?:US dollars|U\.S\. dollars|dollars)`;
const USD = String.raw`(?:US\s?\$|\$)\s?${NUM}${SCALE}?|\b${NUM}(?:\s(?:trillion|billion|million|thousand))?\s${USD_WORDS}\b`;
const OTHER_PREFIX: [string, string][] = [
	['Rmb|RMB|CNY|¥', 'CNY'],
	['€|EUR', 'EUR'],
	['£|GBP', 'GBP'],
	['R\\$|BRL', 'BRL']
];
const OTHER_SUFFIX: [string, string][] = [
	['yuan|renminbi', 'CNY'],
	['euros?', 'EUR'],
	['pounds sterling|pounds', 'GBP'],
	['reais|reals', 'BRL']
];
const prefixes = OTHER_PREFIX.map(([p]) => p).join('|');
const suffixes = OTHER_SUFFIX.map(([p]) => p).join('|');
const OTHER = String.raw`(?:${prefixes})\s?${NUM}${SCALE}?|\b${NUM}(?:\s(?:trillion|billion|million|thousand))?\s(?:${suffixes})\b`;
const ANY = new RegExp(`(${USD})|(${OTHER})`, 'gi');
/** The dollar figure stated right after a foreign amount: "(about $10.25bn)", ", roughly $8.7 billion", ", or about $504 million". */
const CONVERSION = new RegExp(
	String.raw`^(\s*\(\s*|,\s*|\s+)(?:or\s+|i\.e\.\s+|equivalent to\s+|worth\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+|an estimated\s+|close to\s+)?(${USD})\s*\)?`,
	'i'
);

const currencyOf = (stated: string): string => {
	for (const [p, code] of OTHER_PREFIX) if (new RegExp(`^(?:${p})`, 'i').test(stated)) return code;
	for (const [p, code] of OTHER_SUFFIX) if (new RegExp(`(?:${p})$`, 'i').test(stated)) return code;
	return 'USD';
};

/** The number a stated amount writes, scaled ("Rmb3.255bn" → 3 255 000 000), whatever its currency. */
export function scaledAmount(stated: string): number | null {
	const body = stated
		.replace(new RegExp(`^(?:US\\s?\\$|\\$|${prefixes})\\s?`, 'i'), '')
		.replace(new RegExp(`\\s?(?:${USD_WORDS}|${suffixes})$`, 'i'), '')
		.trim();
	const r = parseUsd(`$${body}`);
	return r.ok ? r.usd : null;
}

/** Every amount in `text.slice(span.start, span.end)`, left to right. */
export function findMoney(text: string, span: Span): MoneyMention[] {
	const slice = text.slice(span.start, span.end);
	const out: MoneyMention[] = [];
	let skipUntil = 0;
	for (const m of slice.matchAll(ANY)) {
		const at = m.index ?? 0;
		if (at < skipUntil) continue;
		const stated = m[0];
		const amount = scaledAmount(stated);
		if (amount === null) continue;
		const start = span.start + at;
		if (m[1]) {
			out.push({
				start,
				end: start + stated.length,
				text: stated,
				currency: 'USD',
				amount,
				stated,
				usd: amount,
				usdText: stated
			});
			continue;
		}
		const after = slice.slice(at + stated.length);
		const conv = CONVERSION.exec(after);
		const usdText = conv?.[2] ?? null;
		const usd = usdText ? scaledAmount(usdText) : null;
		// A conversion in parentheses includes its closing one; after a comma it ends at the figure.
		const length =
			conv && usd !== null
				? stated.length + (conv[1]?.includes('(') ? conv[0].length : conv[0].replace(/\s*\)?$/, '').length)
				: stated.length;
		skipUntil = at + length;
		out.push({
			start,
			end: start + length,
			text: slice.slice(at, at + length),
			currency: currencyOf(stated),
			amount,
			stated,
			usd,
			usdText: usd !== null ? usdText : null
		});
	}
	return out;
}
