/**
 * Amounts as written in documents ("$62 billion", "US$600 million", "$34.48bn")
 * normalised to whole US dollars. Decimal scaling is done on the digits, not with
 * floating point, so "$34.48 billion" is exactly 34 480 000 000.
 */

export type MoneyResult = { ok: true; usd: number } | { ok: false; error: string };

const SCALES: Record<string, number> = {
	'': 0,
	thousand: 3,
	k: 3,
	million: 6,
	m: 6,
	mn: 6,
	mln: 6,
	billion: 9,
	bn: 9,
	b: 9,
	trillion: 12,
	tn: 12
};

const USD_PREFIX = /^(?:US\s?\$|USD\s?|\$)/i;
const USD_SUFFIX = /\s*(?:US dollars|U\.S\. dollars|dollars|USD)$/i;
const OTHER_CURRENCY = /^(?:€|£|¥|R\$|EUR|GBP|CNY|RMB|yuan|BRL|ARS|VES|Bs\.?)/i;

/** Scale a decimal string by 10^exp without floating point; null if not representable. */
function scaleDecimal(digits: string, exp: number): number | null {
	const [intPart = '', fracPart = ''] = digits.split('.');
	if (fracPart.length > exp) {
		// e.g. "$1.2345 thousand": more precision than whole dollars allow.
		const extra = fracPart.slice(exp);
		if (/[^0]/.test(extra)) return null;
	}
	const whole = intPart + fracPart.slice(0, exp).padEnd(exp, '0');
	const n = Number(whole);
	return Number.isSafeInteger(n) ? n : null;
}

export function parseUsd(input: string): MoneyResult {
	const text = input.trim().replace(/\u00a0/g, ' ');
	if (text === '') return { ok: false, error: 'amount is empty' };
	if (OTHER_CURRENCY.test(text)) {
		return { ok: false, error: `"${input}" is not in US dollars; only USD amounts are accepted` };
	}
	const hasPrefix = USD_PREFIX.test(text);
	const hasSuffix = USD_SUFFIX.test(text);
	if (!hasPrefix && !hasSuffix) {
		return { ok: false, error: `"${input}" names no currency; write it as in "$62 billion"` };
	}
	const body = text.replace(USD_PREFIX, '').replace(USD_SUFFIX, '').trim();
	const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([a-z]*)$/i.exec(body);
	if (!m) return { ok: false, error: `"${input}" is not an amount such as "$62 billion" or "$600 million"` };
	const [, intRaw = '', frac = '', unitRaw = ''] = m;
	const unit = unitRaw.toLowerCase();
	const exp = SCALES[unit];
	if (exp === undefined) return { ok: false, error: `"${input}" has an unknown unit "${unitRaw}"` };
	const usd = scaleDecimal(`${intRaw.replace(/,/g, '')}.${frac}`, exp);
	if (usd === null) return { ok: false, error: `"${input}" is not a whole number of dollars` };
	if (usd <= 0) return { ok: false, error: `"${input}" is not a positive amount` };
	return { ok: true, usd };
}

/** "$62.2 billion", "$600 million", "$1,250": short, exact where the figure allows. */
export function formatUsd(usd: number): string {
	const units: [number, string][] = [
		[1e12, 'trillion'],
		[1e9, 'billion'],
		[1e6, 'million']
	];
	for (const [size, name] of units) {
		if (usd >= size) {
			const v = usd / size;
			const s = Number.isInteger(v) ? String(v) : String(Number(v.toFixed(3)));
			return `$${s} ${name}`;
		}
	}
	return `$${usd.toLocaleString('en-US')}`;
}
