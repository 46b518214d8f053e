/**
 * The rules that relate an amount to a loan, each named and tested on its own
 * (tests/unit/extract-loan-rules.test.ts). They read mentions found earlier (money.ts, the
 * gazetteer, capitals) and the words around them; none reads a whole document.
 *
 *   notALoan       the amount is something else: trade, a deficit, a cost or budget, a price
 *                  paid, a reward, a stake, payments, supplies, a request, the borrower's own
 *                  money, a share of a cost ("15 percent, or about $300 million");
 *   lendingCue     the clause speaks of lending (a loan, a credit line, a swap, debt, "lent");
 *   planned        the loan is still to come or hoped for ("expects to sign … next month");
 *   partMarker     the amount is a part of the total before it ("made up of", "in two
 *                  tranches:", "including");
 *   anaphor        the clause names its borrower by a pronoun or a definite description
 *                  ("it", "the country", "the island", "the region") to be resolved from the
 *                  discourse;
 *   capitals       a capital city stands for its country ("lent Quito $1 billion").
 */
import worldCountries from 'world-countries';
import { fold } from './mentions.ts';
import type { Span } from './text.ts';

export const LENDING =
	/\b(?:lend\w*|lent|loans?|credits?|credit lines?|lines? of credit|facilit(?:y|ies)|tranches?|swaps?|stand-by|financ\w*|owe[sd]?|owing|debts?|borrow\w*|committed|commitments?|disburs\w*|creditors?)\b/i;
/** Verbs of a deal signed or agreed: with lending in the paragraph, enough for an amount of its own ("a second, for Rmb70bn, was signed"). */
export const TRANSACTION =
	/\b(?:signed|agreed|sealed|approved|extended|renewed|expanded|enlarged|granted|put|pledged|provided|offered)\b/i;

/** Words that make the amount something other than money lent, owed or committed. */
const NOT_LOAN_BEFORE =
	/\b(?:trade|two-way|(?<!-)exports?(?!-)|(?<!-)imports?(?!-)|deficit|surplus|GDP|output|revenues?|cost(?:s|ed|ing)?|budget(?:ed)?|priced?|valued|value|rewards?|bount(?:y|ies)|in return for|paid|pays|paying|instalments?|installments?|payments?|stakes?|shares?|seek(?:ing|s)?|sought|asked for|request(?:ed|ing)?|donat\w*|spent|spending|invest\w*|reserves|market value|fines?|fined|penalt\w*|salar\w*|wages?|turnover|profits?|income|tax(?:es)?|subsid\w*)\b/i;
const NOT_LOAN_AFTER =
	/^\s*(?:in|of|worth of)\s+(?:\w+\s+)?(?:payments?|supplies|trade|exports?|imports?|aid|goods|shares?|stock|bonds?|donations?|investments?|revenues?|sales|fines?)\b|^\s*from\s+(?:its|their|his|her)\s+own\b|^\s*(?:a|per)\s+(?:year|month|day)\b/i;
const SHARE_CONVERSION = /\b(?:percent|per cent|%)\s*,?\s*(?:or\s+)?(?:about|around|roughly|some|nearly)?\s*$/i;

/** Why the amount at `item` is not lending, or null. `from` is where its own words begin (the clause, or the amount before it). */
export function notALoan(text: string, item: Span, from: number): string | null {
	// The amount's own words start after the last dash, colon or parenthesis before it.
	const before =
		text
			.slice(Math.max(from, item.start - 80), item.start)
			.split(/[—–:(]/)
			.pop() ?? '';
	// The last eight words before the amount: its noun phrase and the verb that governs it.
	const near = before.split(/\s+/).slice(-9).join(' ');
	const after = text.slice(item.end, item.end + 40);
	if (SHARE_CONVERSION.test(near)) return 'a share of a cost, converted';
	const b = NOT_LOAN_BEFORE.exec(near);
	if (b) return `not lending: "${b[0]}"`;
	const a = NOT_LOAN_AFTER.exec(after);
	if (a) return `not lending: "${a[0].trim()}"`;
	return null;
}

export const lendingCue = (clause: string): boolean => LENDING.test(clause);

/** Verbs of the borrower's side: with lending in the paragraph, enough for a list's amounts ("Brazil received $29.7 billion …"). */
export const BORROW_VERB =
	/\b(?:borrowed|borrows|borrowing|received|receives|got|obtained|secured|took out|took|drew|owed|owes)\b/i;

/** A loan still to come, or hoped for, is not a claim that one was made ("expects to sign a $2 billion loan next month"). */
const PLANNED =
	/\b(?:will|shall|expects? to|(?:is|are) expected to|plans? to|(?:is|are) set to|intends? to|aims? to|hopes? to|(?:is|are) due to|could|might|may|seeks? to|wants? to|would like to)\s+(?:\w+\s+){0,2}?(?:sign|lend|borrow|receive|provide|extend|approve|agree|seal|disburse|grant|get|obtain|secure|take)\b/i;
export function planned(clauseBeforeAmount: string): boolean {
	return PLANNED.test(clauseBeforeAmount);
}

/** Between a total and its parts: "made up of", "consisting of", "in two tranches:", "including", a colon. */
export const PART_MARKER =
	/\b(?:including|made up of|consisting of|comprising|composed of|split into|divided into|of which|in (?:two|three|four|five) (?:tranches|parts|loans))\b|:/i;

/** Words that name the borrower through the discourse. */
const ANAPHOR =
	/\b(?:it|its|they|their|the country(?:[’']s)?|the nation(?:[’']s)?|the island(?:[’']s)?|the government(?:[’']s)?|the state(?:[’']s)?|the (?:\w+\s+)?(?:nation|country|republic)|the region)\b/i;
export function anaphor(clause: string): 'region' | 'country' | null {
	const m = ANAPHOR.exec(clause);
	if (!m) return null;
	return /region/i.test(m[0]) ? 'region' : 'country';
}

/** Countries that lend or sanction in this dataset's stories, never the borrower unless a rule names them so. */
export const LENDER_STATES = new Set(['CHN', 'USA']);

let capitalPattern: { re: RegExp; byName: Map<string, string> } | undefined;
/** Capital cities, each standing for its country: "Caracas" → VEN. Only names one country has. */
export function capitalsIn(text: string, span: Span): { start: number; end: number; country: string; text: string }[] {
	if (!capitalPattern) {
		const byName = new Map<string, string>();
		const shared = new Set<string>();
		for (const c of worldCountries) {
			for (const cap of c.capital ?? []) {
				if (cap.length < 4) continue;
				const k = fold(cap);
				if (byName.has(k) && byName.get(k) !== c.cca3) shared.add(k);
				byName.set(k, c.cca3);
			}
		}
		for (const k of shared) byName.delete(k);
		const names = [...byName.keys()]
			.sort((a, b) => b.length - a.length)
			.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		capitalPattern = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byName };
	}
	const folded = fold(text.slice(span.start, span.end));
	const out: { start: number; end: number; country: string; text: string }[] = [];
	for (const m of folded.matchAll(capitalPattern.re)) {
		const start = span.start + (m.index ?? 0);
		// An all-capitals dateline ("QUITO —") is matched by the dateline rule, not here.
		out.push({
			start,
			end: start + m[0].length,
			country: capitalPattern.byName.get(m[0]) as string,
			text: text.slice(start, start + m[0].length)
		});
	}
	return out;
}

/** The country of a news dateline ("QUITO — ", "BUENOS AIRES — "), or null. */
export function datelineCountry(paragraph: string): string | null {
	const m = /^\s*([A-Z][A-Z .'-]{2,40}?)(?:,\s*[A-Z][A-Za-z .]+)?\s*(?:\([^)]*\))?\s*[—–-]\s/.exec(paragraph);
	if (!m) return null;
	const name = (m[1] as string)
		.trim()
		.toLowerCase()
		.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
	return capitalsIn(name, { start: 0, end: name.length })[0]?.country ?? null;
}
