/**
 * Loan claims: a US-dollar amount (parsed by parseUsd) in a sentence about lending, tied to
 * the borrower it goes "to" (or that "owed" it), the lender country named before the lending
 * verb, the period stated with it, and the measure the verb implies.
 *
 *   "lending $62 billion to Venezuela over the past decade, $42 billion to Brazil"
 *   "From 2005 to 2017 Chinese state banks made 17 loans to Venezuela totalling $62.2 billion."
 *   "At the end of 2017 Venezuela owed China $34.48 billion, 16.4 percent of its GDP."
 *
 * A sentence that names no borrower continues the one before it ("Later releases revised
 * 2018 lending down to $2.1 billion"): the borrower is carried over, with lower confidence.
 */
import { parseUsd } from '../data/money.ts';
import type { RawLoan, RawSeries } from '../data/schema.ts';
import type { LoanMeasure } from '../data/types.ts';
import { inside, type Analysis, type SentenceInfo } from './analyse.ts';
import type { DateMention } from './dates.ts';
import type { Mention } from './mentions.ts';
import type { Span } from './text.ts';
import { Ids, titleFrom, type Candidate, type ExtractContext } from './types.ts';

const AMOUNT =
	/(?:US\s?\$|\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:trillion|billion|million|thousand|bn|mn|tn)\b)?|\b\d[\d,]*(?:\.\d+)?(?:\s(?:trillion|billion|million|thousand))?\s(?:US dollars|U\.S\. dollars|dollars)\b/gi;
export const LENDING = /\b(?:lend\w*|lent|loans?|credit lines?|financ\w*|owe[sd]?|owing|debts?|borrow\w*|committed|commitments?|disburs\w*)\b/i;
const DEBT = /\b(?:owe[sd]?|owing)\b/i;
const VAGUE_PERIOD = /\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:decade|(?:\w+\s+)?(?:years|decades))\b/i;
const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const YEAR = /\b(?:1[5-9]|20)\d\d\b/g;
const PERIOD_PRECISIONS = new Set(['month', 'year', 'decade', 'range']);

interface Item extends Span {
	amountText: string;
	usd: number;
	sentence: SentenceInfo;
}

const borrowerOf = (m: Mention): string | null => (m.entityType === 'region' ? m.entity : m.country && !m.demonym ? m.country : null);

/** The series a loan from this document belongs to: the document's own, the one named like the section heading, or a new one. */
function chooseSeries(analysis: Analysis, ctx: ExtractContext, heading: string | null, ids: Ids, created: Candidate<RawSeries>[]): string {
	const doc = analysis.document;
	const own = ctx.series.filter((s) => s.document === doc.id);
	const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
	if (own.length === 1) return (own[0] as RawSeries).id;
	if (own.length > 1) {
		const h = words(heading ?? '');
		const score = (s: RawSeries) => [...words(`${s.name} ${s.short}`)].filter((w) => h.has(w)).length;
		return [...own].sort((a, b) => score(b) - score(a))[0]?.id as string;
	}
	const existing = created[0];
	if (existing) return existing.record.id;
	const id = ids.take(doc.id);
	created.push({
		record: {
			id,
			name: `${doc.publisher}, ${doc.date.label}`,
			short: titleFrom(doc.publisher, 30),
			dollars: 'unspecified',
			description: `Figures as reported in "${doc.title}", with no source or dollar basis given.`,
			document: doc.id
		},
		confidence: 0.5,
		offsets: [],
		notes: ['A new series for the figures of this document; set publisher, dollars and description.']
	});
	return id;
}

export function extractLoans(
	analysis: Analysis,
	ctx: ExtractContext,
	ids: Ids
): { loans: Candidate<RawLoan>[]; series: Candidate<RawSeries>[]; sentences: Set<number>; amounts: Span[] } {
	const doc = analysis.document;
	const text = doc.text;
	const loans: Candidate<RawLoan>[] = [];
	const series: Candidate<RawSeries>[] = [];
	const used = new Set<number>();
	const amounts: Span[] = [];
	let lastBorrower: string | null = null;
	let lastLender: string | null = null;

	for (const info of analysis.sentences) {
		const s = info.sentence;
		if (!LENDING.test(s.text)) continue;
		const items: Item[] = [];
		for (const m of s.text.matchAll(AMOUNT)) {
			const parsed = parseUsd(m[0]);
			if (!parsed.ok) continue;
			const start = s.start + (m.index ?? 0);
			items.push({ start, end: start + m[0].length, amountText: m[0].replace(/\s+/g, ' '), usd: parsed.usd, sentence: info });
		}
		const zeros = [...s.text.matchAll(/\bnone\s+in\s+((?:1[5-9]|20)\d\d)(?:\s+(?:or|and)\s+((?:1[5-9]|20)\d\d))?/gi)];
		if (!items.length && !zeros.length) continue;
		used.add(s.index);
		amounts.push(...items.map((i) => ({ start: i.start, end: i.end })), ...zeros.map((z) => ({ start: s.start + (z.index ?? 0), end: s.start + (z.index ?? 0) + z[0].length })));
		const seriesId = chooseSeries(analysis, ctx, s.paragraph.heading, ids, series);

		// Each amount's stretch of the sentence runs to the next amount, or to a dash, a
		// semicolon, ", and" or ", including", whichever comes first.
		const stretch = (i: number): Span => {
			const item = items[i] as Item;
			const next = items[i + 1]?.start ?? s.end;
			const rest = text.slice(item.end, s.end);
			const stop = /\s*(?:—|–|;|,\s*including\b|,\s*and\b|,\s*(?=\$)|\s+and\s+(?=\$|none\b))/.exec(rest);
			const end = Math.min(next, item.end + (stop ? stop.index : rest.length));
			return { start: item.start, end: item.end + text.slice(item.end, end).replace(/[\s.,;]+$/, '').length };
		};
		const countries = info.mentions.filter((m) => m.country || m.entityType === 'region');
		const debt = DEBT.exec(s.text);
		const lendingAt = s.start + (LENDING.exec(s.text)?.index ?? 0);
		const sentenceBorrowers = new Set<string>();
		const drafts: { item: Item; span: Span; borrower: string | null; inherited: boolean; lender: string | null; date: DateMention | null; vague: string | null; parent: number | null }[] = [];
		let parent: number | null = null;
		items.forEach((item, i) => {
			const span = stretch(i);
			let borrower: string | null = null;
			let lender: string | null = null;
			if (debt) {
				const at = s.start + debt.index;
				const before = countries.filter((m) => m.end <= at && borrowerOf(m)).pop();
				const after = countries.find((m) => m.start >= at && m.end <= item.start && m.country);
				borrower = before ? borrowerOf(before) : null;
				lender = after?.country ?? null;
			}
			if (!borrower) {
				const after = countries.find((m) => inside(m, span) && m.start > item.end && borrowerOf(m));
				const prevEnd = i > 0 ? (items[i - 1] as Item).end : s.start;
				const before = countries.filter((m) => m.start >= prevEnd && m.end <= item.start && borrowerOf(m) && /\bto\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, m.start - 8), m.start))).pop();
				const found = after ?? before;
				borrower = found ? borrowerOf(found) : null;
			}
			const inherited = !borrower && !!lastBorrower;
			if (!borrower) borrower = lastBorrower;
			if (borrower) sentenceBorrowers.add(borrower);
			// The period: a date in the amount's stretch, a vague period there ("over the past
			// decade"), a date before the amount, a date of the sentence outside the other amounts'
			// stretches, or the one date the whole list shares ("$3 billion to Peru and $1.5 billion
			// to Chile in 2015"). A day or a week is when something was said, not a lending period.
			const periods = info.dates.filter((d) => PERIOD_PRECISIONS.has(d.value.precision));
			const inItem = periods.filter((d) => d.start >= item.end && d.end <= span.end);
			const vague = VAGUE_PERIOD.exec(text.slice(span.start, span.end))?.[0] ?? null;
			const prevEnd = i > 0 ? (items[i - 1] as Item).end : s.start;
			const beforeItem = periods.filter((d) => d.start >= prevEnd && d.end <= item.start);
			const outside = periods.find((d) => !items.some((o) => d.start >= o.end && d.end <= stretch(items.indexOf(o)).end));
			const distinct = [...new Set(periods.map((d) => d.value.spec))];
			const shared = distinct.length === 1 ? periods[0] : undefined;
			const date = inItem[0] ?? (vague ? null : (beforeItem[beforeItem.length - 1] ?? outside ?? shared ?? null));
			if (/\bincluding\b/.test(text.slice(prevEnd, item.start)) && i > 0) parent = parent ?? i - 1;
			drafts.push({ item, span, borrower, inherited, lender, date, vague, parent: parent !== null && parent !== i ? parent : null });
		});
		// The lender: a country, or an institution of one ("Chinese state banks"), named before
		// the lending verb and borrowing nothing here; else the first country after the verb.
		const institutionCountry = (m: Mention) =>
			m.entity && m.entityType !== 'region' && m.entityType !== 'person' ? (analysis.gazetteer.entities.get(m.entity)?.country ?? null) : null;
		const lenderOf = (m: Mention) => m.country ?? institutionCountry(m);
		const lenderMention =
			info.mentions.filter((m) => m.end <= lendingAt && lenderOf(m) && !sentenceBorrowers.has(lenderOf(m) as string)).pop() ??
			info.mentions.find((m) => m.start > lendingAt && m.country && !sentenceBorrowers.has(m.country) && drafts.every((d) => m.start < d.item.start));
		const sentenceLender = lenderMention ? lenderOf(lenderMention) : null;
		const lenderEntity = (code: string | null) =>
			code && lenderMention?.entity && institutionCountry(lenderMention) === code ? lenderMention.entity : null;
		const sentenceVague = drafts.map((d) => d.vague).find((v) => v) ?? null;
		const recordIds: string[] = [];
		drafts.forEach((d, i) => {
			const lenderInherited = !d.lender && !sentenceLender && !!lastLender;
			const lender = d.lender ?? sentenceLender ?? lastLender;
			const period = d.date?.value ?? null;
			const periodAsReported = period ? null : (d.vague ?? sentenceVague);
			const measure: LoanMeasure = debt ? 'debt-stock' : period?.precision === 'year' ? 'annual-lending' : 'commitments';
			const stretchText = text.slice(d.span.start, d.span.end);
			const beforeText = text.slice(i > 0 ? (drafts[i - 1] as (typeof drafts)[number]).item.end : s.start, d.item.start);
			const countMatch = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+loans\b/i.exec(beforeText + stretchText);
			const count = countMatch ? (COUNT_WORDS[(countMatch[1] as string).toLowerCase()] ?? Number(countMatch[1])) : null;
			const gdp = /(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)\s+of\s+(?:its\s+|the country[’']s\s+)?GDP/i.exec(stretchText);
			// One amount in the sentence: the sentence is the quote. Several: each amount's stretch, with the verb before the first.
			let quote: Span = drafts.length === 1 && !zeros.length ? { start: s.start, end: s.end } : d.span;
			if (drafts.length > 1 && i === 0) {
				const verb = /\b(?:lending|lent|loaned|providing|extending)\s+$/i.exec(text.slice(s.start, d.item.start));
				if (verb) quote = { start: d.item.start - verb[0].length, end: d.span.end };
			}
			const notes: string[] = [];
			let confidence = 0.9;
			if (!d.borrower) {
				confidence -= 0.4;
				notes.push('No borrower found: set borrower (a country code) or borrower_region.');
			} else if (d.inherited) {
				confidence -= 0.3;
				notes.push('The sentence names no borrower; carried over from the sentence before.');
			}
			if (!lender) {
				confidence -= 0.2;
				notes.push('No lender country found: set lender.');
			} else if (lenderInherited) {
				confidence -= 0.1;
				notes.push('The sentence names no lender; carried over from the sentence before.');
			}
			if (!period && !periodAsReported) {
				confidence -= 0.1;
				notes.push('No period stated: set period or period_as_reported.');
			}
			const borrowerIsRegion = !!d.borrower && analysis.gazetteer.entities.get(d.borrower)?.type === 'region';
			const id = ids.take(seriesId, d.borrower ?? 'unknown', period?.spec.replace('/', '-'));
			recordIds.push(id);
			const parentId = d.parent !== null ? recordIds[d.parent] : undefined;
			const record: Candidate<RawLoan>['record'] = {
				id,
				series: seriesId,
				...(lender ? { lender } : {}),
				...(lenderEntity(lender) ? { lender_entity: lenderEntity(lender) as string } : {}),
				...(d.borrower ? (borrowerIsRegion ? { borrower_region: d.borrower } : { borrower: d.borrower }) : {}),
				amount: d.item.amountText,
				measure,
				...(period ? { period: period.spec } : {}),
				...(periodAsReported ? { period_as_reported: periodAsReported } : {}),
				...(count ? { loan_count: count } : {}),
				...(gdp ? { share_of_gdp_percent: Number(gdp[1]) } : {}),
				...(parentId ? { related: [{ record: parentId, relation: 'part-of' as const }] } : {}),
				evidence: [{ document: doc.id, quote: text.slice(quote.start, quote.end) }]
			};
			loans.push({ record, confidence: Math.max(0.05, Number(confidence.toFixed(2))), offsets: [{ document: doc.id, ...quote }], notes });
		});
		// "none in 2020 or 2021": a reported zero for each year, for the borrower of the sentence.
		for (const z of zeros) {
			const borrower = [...sentenceBorrowers][0] ?? lastBorrower;
			const start = s.start + (z.index ?? 0);
			const quote = { start, end: start + z[0].length };
			for (const y of z[0].match(YEAR) ?? []) {
				const borrowerIsRegion = !!borrower && analysis.gazetteer.entities.get(borrower)?.type === 'region';
				const lender = sentenceLender ?? lastLender;
				loans.push({
					record: {
						id: ids.take(seriesId, borrower ?? 'unknown', y),
						series: seriesId,
						...(lender ? { lender } : {}),
						...(lenderEntity(lender) ? { lender_entity: lenderEntity(lender) as string } : {}),
						...(borrower ? (borrowerIsRegion ? { borrower_region: borrower } : { borrower }) : {}),
						amount: 'none',
						measure: 'annual-lending',
						period: y,
						evidence: [{ document: doc.id, quote: text.slice(quote.start, quote.end) }]
					},
					confidence: borrower ? 0.5 : 0.2,
					offsets: [{ document: doc.id, ...quote }],
					notes: ['A reported zero ("none"); the borrower is carried over from the figures before it.']
				});
			}
		}
		const first = drafts.find((d) => d.borrower && !d.inherited);
		if (first?.borrower) lastBorrower = first.borrower;
		lastLender = drafts.find((d) => d.lender)?.lender ?? sentenceLender ?? lastLender;
	}
	return { loans, series, sentences: used, amounts };
}
