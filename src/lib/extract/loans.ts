/**
 * Loan claims. Mentions first: amounts (money.ts: dollars, other currencies with the dollar
 * figure the text states), places (countries, capitals, regions and their adjectives), dates.
 * Then each amount in a clause about lending (loan-rules.ts: lendingCue, notALoan) is related
 * to its borrower through the sentence, in this order:
 *
 *   to        "to Venezuela", "for Kenya" after or before the amount;
 *   object    the place the lending verb governs ("lent Quito $1 billion", "lend Caracas");
 *   ellipsis  a place right before the amount in a list whose verb is stated once ("Brazil
 *             received $29.7 billion …, Ecuador $18.4 billion and Argentina $17.1 billion");
 *   debt      who owes ("Venezuela owed China …", "the country's debt to China");
 *   subject   the clause's subject for borrowing verbs and "its debt" ("Sri Lanka said … its
 *             external debt of about $51 billion", "Argentina's central bank … adding");
 * and through the discourse when the sentence names none: a pronoun or definite description
 * ("it borrowed", "the country still owes", "to the region") takes the last place the
 * document made its subject (a region for "the region"); a sentence with no borrower at all
 * continues the last loan's borrower, else the document's own country (its dateline, or the
 * country it names most). The lender is the country, or the institution of one, named before
 * the lending verb. A total and its parts ("a facility worth about $20 billion, made up of
 * $10 billion and Rmb70bn") are all kept, the parts linked `part-of` the total. Markdown
 * tables are read row by row (tables.ts), their caption giving unit, period and scope.
 *
 *   "lending $62 billion to Venezuela over the past decade, $42 billion to Brazil"
 *   "From 2005 to 2017 Chinese state banks made 17 loans to Venezuela totalling $62.2 billion."
 *   "At the end of 2017 Venezuela owed China $34.48 billion, 16.4 percent of its GDP."
 */
import { formatUsd } from '../data/money.ts';
import type { RawLoan, RawSeries } from '../data/schema.ts';
import type { LoanMeasure } from '../data/types.ts';
import { inside, type Analysis, type SentenceInfo } from './analyse.ts';
import type { DateMention } from './dates.ts';
import {
	anaphor,
	BORROW_VERB,
	capitalsIn,
	datelineCountry,
	LENDER_STATES,
	lendingCue,
	notALoan,
	PART_MARKER,
	planned,
	TRANSACTION
} from './loan-rules.ts';
import { fold, type Mention } from './mentions.ts';
import { findMoney, type MoneyMention } from './money.ts';
import { dollarScale, findTables } from './tables.ts';
import type { Span } from './text.ts';
import { Ids, titleFrom, type Candidate, type ExtractContext } from './types.ts';

const DEBT = /\b(?:owe[sd]?|owing)\b/i;
const DEBT_TO = /\b(?:debts?|owe[sd]?|owing)\s+(?:it\s+)?to\s+$/i;
const LEND_VERB =
	/\b(?:lent|lend|lends|lending|loaned|loans|granted|grants|gave|give|gives|offered|extended|provided)\s+$/i;
const FILLER =
	/^[\s,]*(?:(?:another|more than|about|around|roughly|nearly|almost|some|a further|an additional|over|just over|close to|a|an|the|a total of|received|borrowed|got|obtained|secured|took|drew|owed|owes|was|were)\s+)*$/i;
const SAME_PERIOD = /\b(?:over|in|during|for)\s+the\s+same\s+(?:period|years?|time)\b/i;
const VAGUE_PERIOD =
	/\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:decade|(?:\w+\s+)?(?:years|decades))\b/i;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const COUNT_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12
};
const YEAR = /\b(?:1[5-9]|20)\d\d\b/g;
const PERIOD_PRECISIONS = new Set(['month', 'year', 'decade', 'range']);
const LENDING_AT =
	/\b(?:lend\w*|lent|loans?|credit|facilit\w+|swap|financ\w*|owe[sd]?|owing|debts?|borrow\w*|committed|commitments?|disburs\w*)\b/i;

interface Item extends Span {
	money: MoneyMention;
	sentence: SentenceInfo;
}

/** A place a loan can go to: a country (by name or capital) or a region. */
interface Place extends Span {
	readonly code: string;
	readonly region: boolean;
}

const placeOf = (m: Mention): Place | null =>
	m.entityType === 'region' && m.entity
		? { start: m.start, end: m.end, code: m.entity, region: true }
		: m.country && !m.demonym
			? { start: m.start, end: m.end, code: m.country, region: false }
			: null;

/** The series a loan from this document belongs to: the document's own, the one named like the section heading, or a new one. */
function chooseSeries(
	analysis: Analysis,
	ctx: ExtractContext,
	heading: string | null,
	ids: Ids,
	created: Candidate<RawSeries>[]
): string {
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

/** Region names and their adjectives ("Latin America", "Latin American") anywhere in `span`. */
function regionPlaces(analysis: Analysis, span: Span): Place[] {
	const text = fold(analysis.document.text.slice(span.start, span.end));
	const out: Place[] = [];
	for (const e of analysis.gazetteer.entities.values()) {
		if (e.type !== 'region') continue;
		for (const name of [e.name, ...(e.aliases ?? [])]) {
			const re = new RegExp(`(?<![\\p{L}])${fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}n?(?![\\p{L}])`, 'gu');
			for (const m of text.matchAll(re))
				out.push({
					start: span.start + (m.index ?? 0),
					end: span.start + (m.index ?? 0) + m[0].length,
					code: e.id,
					region: true
				});
		}
	}
	return out;
}

/** The places of a span a loan can go to, left to right, lending states left out, overlaps resolved to the longer. */
function placesIn(analysis: Analysis, mentions: readonly Mention[], span: Span): Place[] {
	const text = analysis.document.text;
	const all = [
		...mentions.filter((m) => inside(m, span)).map(placeOf),
		...capitalsIn(text, span).map((c) => ({ start: c.start, end: c.end, code: c.country, region: false })),
		...regionPlaces(analysis, span)
	].filter((p): p is Place => !!p && !(!p.region && LENDER_STATES.has(p.code)));
	all.sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Place[] = [];
	for (const p of all) if (!out.some((o) => o.start < p.end && p.start < o.end)) out.push(p);
	// A place inside an organisation's name is not where money goes ("Law Society of Kenya" is): only curated names are matched whole.
	return out;
}

/** The document's own country: its dateline's, else the one it names most (lending states left out). */
function topicOf(analysis: Analysis): string | null {
	const first = analysis.sentences[0];
	const dateline = first
		? datelineCountry(analysis.document.text.slice(first.sentence.paragraph.start, first.sentence.paragraph.end))
		: null;
	if (dateline && !LENDER_STATES.has(dateline)) return dateline;
	const counts = new Map<string, number>();
	for (const info of analysis.sentences)
		for (const p of placesIn(analysis, info.mentions, info.sentence))
			if (!p.region) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

type Rule = 'to' | 'object' | 'ellipsis' | 'debt' | 'subject' | 'anaphor' | 'carried' | 'topic' | 'table';
const RULE_CONFIDENCE: Record<Rule, number> = {
	to: 0.9,
	object: 0.9,
	ellipsis: 0.85,
	debt: 0.85,
	table: 0.85,
	subject: 0.75,
	anaphor: 0.65,
	carried: 0.6,
	topic: 0.45
};
const RULE_NOTE: Partial<Record<Rule, string>> = {
	subject: 'The borrower is the sentence’s subject: check it.',
	anaphor:
		'The sentence names the borrower by a pronoun or a description ("it", "the country", "the region"): resolved from the sentences before.',
	carried: 'The sentence names no borrower; carried over from the loan before.',
	topic:
		'Nothing names the borrower near the figure; it is the document’s own country (its dateline, or the country it names most).'
};

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
	const topic = topicOf(analysis);
	let lastBorrower: Place | null = null;
	let lastSubject: Place | null = null;
	let lastRegion: Place | null = null;
	let lastLender: string | null = null;
	let lastPeriod: string | null = null;
	const isRegion = (code: string) => analysis.gazetteer.entities.get(code)?.type === 'region';
	const borrowerFields = (code: string | null) =>
		code ? (isRegion(code) ? { borrower_region: code } : { borrower: code }) : {};
	const topicPlace: Place | null = topic ? { start: 0, end: 0, code: topic, region: false } : null;

	for (const info of analysis.sentences) {
		const s = info.sentence;
		const places = placesIn(analysis, info.mentions, s);
		const regions = places.filter((p) => p.region);
		const paragraph = text.slice(s.paragraph.start, s.paragraph.end);
		const paragraphCue = lendingCue(paragraph);
		const money = findMoney(text, s).filter((m) => m.usd !== null || m.currency !== 'USD');
		const zeros = lendingCue(s.text)
			? [...s.text.matchAll(/\bnone\s+in\s+((?:1[5-9]|20)\d\d)(?:\s+(?:or|and)\s+((?:1[5-9]|20)\d\d))?/gi)]
			: [];
		// Each amount stays only if its clause speaks of lending and its own words do not make it something else.
		const items: Item[] = [];
		const dropped: { item: MoneyMention; why: string }[] = [];
		money.forEach((m, i) => {
			const clauseStart = s.start + Math.max(0, s.text.lastIndexOf(';', m.start - s.start) + 1);
			const semi = s.text.indexOf(';', m.end - s.start);
			const clause = text.slice(clauseStart, semi < 0 ? s.end : s.start + semi);
			const prev = money[i - 1];
			const why = notALoan(text, m, Math.max(clauseStart, prev && prev.end > clauseStart ? prev.end : clauseStart));
			if (why) return void dropped.push({ item: m, why });
			if (!(lendingCue(clause) || (paragraphCue && (TRANSACTION.test(clause) || BORROW_VERB.test(clause)))))
				return void dropped.push({ item: m, why: 'no lending in its clause' });
			if (planned(text.slice(clauseStart, m.start))) return void dropped.push({ item: m, why: 'a loan still to come' });
			items.push({ start: m.start, end: m.end, money: m, sentence: info });
		});
		const subjectHere = places[0] ?? null;
		const updateDiscourse = () => {
			if (subjectHere) lastSubject = subjectHere;
			if (regions.length) lastRegion = regions[regions.length - 1] as Place;
		};
		if (!items.length && !zeros.length) {
			updateDiscourse();
			continue;
		}
		used.add(s.index);
		amounts.push(
			...items.map((i) => ({ start: i.start, end: i.end })),
			...zeros.map((z) => ({ start: s.start + (z.index ?? 0), end: s.start + (z.index ?? 0) + z[0].length }))
		);
		const seriesId = chooseSeries(analysis, ctx, s.paragraph.heading, ids, series);

		// Each amount's stretch of the sentence runs to the next amount, or to a dash, a
		// semicolon, ", and", ", including", or a place that begins the next item of a list.
		const stretch = (i: number): Span => {
			const item = items[i] as Item;
			const next = items[i + 1]?.start ?? s.end;
			const rest = text.slice(item.end, s.end);
			const stop = /\s*(?:—|–|;|:|,\s*including\b|,\s*and\b|,\s*(?=\$)|\s+and\s+(?=\$|none\b))/.exec(rest);
			let end = Math.min(next, item.end + (stop ? stop.index : rest.length));
			const listed = places.find(
				(p) =>
					p.start > item.end &&
					p.end < next &&
					/(?:,|\band)\s*$/.test(text.slice(item.end, p.start)) &&
					/^\s+(?:US\s?\$|\$|Rmb|RMB|€|£)/.test(text.slice(p.end, p.end + 8))
			);
			if (listed) end = Math.min(end, listed.start);
			return { start: item.start, end: item.end + text.slice(item.end, end).replace(/[\s.,;]+$/, '').length };
		};
		const debt = DEBT.exec(s.text);
		const lendingAt = s.start + (LENDING_AT.exec(s.text)?.index ?? 0);
		const sentenceBorrowers = new Set<string>();
		const drafts: {
			item: Item;
			span: Span;
			quoteStart: number;
			borrower: Place | null;
			rule: Rule | null;
			lender: string | null;
			date: DateMention | null;
			vague: string | null;
			same: boolean;
			parent: number | null;
		}[] = [];
		let parent: number | null = null;
		items.forEach((item, i) => {
			const span = stretch(i);
			const prevEnd = i > 0 ? (items[i - 1] as Item).end : s.start;
			const clauseStart = s.start + Math.max(0, s.text.lastIndexOf(';', item.start - s.start) + 1);
			const segStart = Math.max(prevEnd, clauseStart);
			let borrower: Place | null = null;
			let rule: Rule | null = null;
			let lender: string | null = null;
			let quoteStart = span.start;
			const take = (p: Place | null | undefined, r: Rule) => {
				if (borrower || !p) return;
				borrower = p;
				rule = r;
			};
			if (debt) {
				const at = s.start + debt.index;
				const before = places.filter((p) => p.end <= at).pop();
				const after = info.mentions.find((m) => m.start >= at && m.end <= item.start && m.country);
				take(before, 'debt');
				lender = after?.country ?? null;
			}
			const debtTo = info.mentions.find(
				(m) =>
					m.country &&
					m.end <= item.start &&
					m.start >= segStart &&
					DEBT_TO.test(text.slice(Math.max(s.start, m.start - 16), m.start))
			);
			if (debtTo) lender = debtTo.country;
			take(
				places.find((p) => p.start > item.end && p.end <= span.end),
				'to'
			);
			if (!borrower && /\bto the region\b/i.test(text.slice(item.end, span.end))) take(lastRegion, 'anaphor');
			const beforeItem = places.filter((p) => p.start >= segStart && p.end <= item.start);
			take(
				beforeItem.filter((p) => /\bto\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, p.start - 8), p.start))).pop(),
				'to'
			);
			const object = beforeItem
				.filter((p) => LEND_VERB.test(text.slice(segStart, p.start)) && FILLER.test(text.slice(p.end, item.start)))
				.pop();
			take(object, 'object');
			const listed = beforeItem.filter((p) => FILLER.test(text.slice(p.end, item.start))).pop();
			if (listed && !borrower) {
				take(listed, 'ellipsis');
				quoteStart = Math.min(quoteStart, listed.start);
			}
			if (!borrower) {
				const head = text.slice(s.start, item.start);
				const kind = anaphor(text.slice(clauseStart, item.start));
				const subject = places.find((p) => p.end <= item.start && !p.region);
				if (
					subject &&
					(BORROW_VERB.test(head) ||
						/\b(?:its|their)\s+(?:\w+\s+)?(?:debts?|loans?|borrowing|obligations|creditors?)\b/i.test(head) ||
						/^[’']s\b/.test(text.slice(subject.end, subject.end + 2)) ||
						subject === places[0])
				)
					take(subject, 'subject');
				else if (kind === 'region') take(lastRegion, 'anaphor');
				else if (kind === 'country') take(lastSubject ?? lastBorrower, 'anaphor');
			}
			if (!borrower) take(lastBorrower, 'carried');
			if (!borrower) take(topicPlace, 'topic');
			const found = borrower as Place | null;
			if (found) sentenceBorrowers.add(found.code);
			// The period: a date in the amount's stretch, a vague period there ("over the past
			// decade"), "over the same period" (the loan before's), a date before the amount, a
			// date of the sentence outside the other amounts' stretches, or the one date the whole
			// list shares. A day or a week is when something was said, not a lending period.
			const periods = info.dates.filter((d) => PERIOD_PRECISIONS.has(d.value.precision));
			const inItem = periods.filter((d) => d.start >= item.end && d.end <= span.end);
			// A stretch counted back from publication ("over the past decade") is the period, with
			// its words kept beside it; a vague one ("the past few years") stays words only.
			const duration = periods.find((d) => d.duration && d.start >= span.start && d.end <= span.end) ?? null;
			const vague = duration ? duration.phrase : (VAGUE_PERIOD.exec(text.slice(span.start, span.end))?.[0] ?? null);
			const same =
				SAME_PERIOD.test(text.slice(span.start, span.end)) || (i > 0 && !!drafts[i - 1]?.same && !inItem.length);
			const beforeDates = periods.filter((d) => d.start >= prevEnd && d.end <= item.start);
			const outside = periods.find(
				(d) => !items.some((o) => d.start >= o.end && d.end <= stretch(items.indexOf(o)).end)
			);
			const distinct = [...new Set(periods.map((d) => d.value.spec))];
			const shared = distinct.length === 1 ? periods[0] : undefined;
			const date =
				inItem.find((d) => !d.duration) ??
				duration ??
				(vague || same ? null : (beforeDates[beforeDates.length - 1] ?? outside ?? shared ?? null));
			if (i > 0 && PART_MARKER.test(text.slice(prevEnd, item.start))) parent = parent ?? i - 1;
			drafts.push({
				item,
				span,
				quoteStart,
				borrower: found,
				rule,
				lender,
				date,
				vague,
				same,
				parent: parent !== null && parent !== i ? parent : null
			});
		});
		// The lender: a country, or an institution of one ("Chinese state banks"), named before
		// the lending verb and borrowing nothing here; else the first country after the verb.
		const institutionCountry = (m: Mention) =>
			m.entity && m.entityType !== 'region' && m.entityType !== 'person'
				? (analysis.gazetteer.entities.get(m.entity)?.country ?? null)
				: null;
		const lenderOf = (m: Mention) => m.country ?? institutionCountry(m);
		const lenderMention =
			info.mentions
				.filter((m) => m.end <= lendingAt && lenderOf(m) && !sentenceBorrowers.has(lenderOf(m) as string))
				.pop() ??
			info.mentions.find(
				(m) =>
					m.start > lendingAt &&
					m.country &&
					!sentenceBorrowers.has(m.country) &&
					drafts.every((d) => m.start < d.item.start)
			);
		const sentenceLender = lenderMention ? lenderOf(lenderMention) : null;
		const lenderEntity = (code: string | null) =>
			code && lenderMention?.entity && institutionCountry(lenderMention) === code ? lenderMention.entity : null;
		const sentenceVague = drafts.map((d) => d.vague).find((v) => v) ?? null;
		const recordIds: string[] = [];
		drafts.forEach((d, i) => {
			const lenderInherited = !d.lender && !sentenceLender && !!lastLender;
			const lender = d.lender ?? sentenceLender ?? lastLender;
			const period = d.date?.value.spec ?? (d.same ? lastPeriod : null);
			const periodAsReported = d.date?.duration
				? lowerFirst(d.date.phrase)
				: period
					? null
					: (d.vague ?? sentenceVague);
			const precision = d.date?.value.precision ?? null;
			const measure: LoanMeasure =
				debt || /\bdebts?\b/i.test(text.slice(s.start, d.span.end))
					? 'debt-stock'
					: precision === 'year'
						? 'annual-lending'
						: 'commitments';
			const stretchText = text.slice(d.span.start, d.span.end);
			const beforeText = text.slice(
				i > 0 ? (drafts[i - 1] as (typeof drafts)[number]).item.end : s.start,
				d.item.start
			);
			const countMatch = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+loans\b/i.exec(
				beforeText + stretchText
			);
			const count = countMatch ? (COUNT_WORDS[(countMatch[1] as string).toLowerCase()] ?? Number(countMatch[1])) : null;
			const gdp = /(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)\s+of\s+(?:its\s+|the country[’']s\s+)?GDP/i.exec(
				stretchText
			);
			// One amount in the sentence: the sentence is the quote. Several: each amount's stretch, with the verb before the first.
			let quote: Span =
				drafts.length === 1 && !zeros.length
					? { start: s.start, end: s.end }
					: { start: d.quoteStart, end: d.span.end };
			if (drafts.length > 1 && i === 0) {
				const verb = /\b(?:lending|lent|loaned|providing|extending)\s+$/i.exec(text.slice(s.start, d.item.start));
				if (verb) quote = { start: d.item.start - verb[0].length, end: d.span.end };
			}
			const notes: string[] = [];
			let confidence = d.rule ? RULE_CONFIDENCE[d.rule] : 0.5;
			if (!d.borrower) {
				confidence -= 0.4;
				notes.push('No borrower found: set borrower (a country code) or borrower_region.');
			} else if (d.rule && RULE_NOTE[d.rule]) notes.push(RULE_NOTE[d.rule] as string);
			if (!lender) {
				confidence -= 0.2;
				notes.push('No lender country found: set lender.');
			} else if (lenderInherited) notes.push('The sentence names no lender; carried over from the sentence before.');
			if (d.date?.duration)
				notes.push(
					`The period "${d.date.phrase}" is counted back from the publication date; check it against the text.`
				);
			if (!period && !periodAsReported) {
				confidence -= 0.1;
				notes.push('No period stated: set period or period_as_reported.');
			}
			const m = d.item.money;
			if (m.currency !== 'USD') {
				notes.push(
					m.usd !== null
						? `Stated as ${m.stated} (${m.currency} ${m.amount.toLocaleString('en-US')}); the dollar figure ${m.usdText} is the text's own conversion.`
						: `Stated as ${m.stated} (${m.currency} ${m.amount.toLocaleString('en-US')}) with no dollar figure; nothing is converted: set amount only from a source that states one.`
				);
				if (m.usd === null) confidence -= 0.2;
			}
			const code = d.borrower?.code ?? null;
			const id = ids.take(seriesId, code ?? 'unknown', period?.replace('/', '-'));
			recordIds.push(id);
			const parentId = d.parent !== null ? recordIds[d.parent] : undefined;
			const record: Candidate<RawLoan>['record'] = {
				id,
				series: seriesId,
				...(lender ? { lender } : {}),
				...(lenderEntity(lender) ? { lender_entity: lenderEntity(lender) as string } : {}),
				...borrowerFields(code),
				...(m.usd !== null ? { amount: (m.usdText ?? formatUsd(m.usd)).replace(/\s+/g, ' ') } : {}),
				measure,
				...(period ? { period } : {}),
				...(periodAsReported ? { period_as_reported: periodAsReported } : {}),
				...(count ? { loan_count: count } : {}),
				...(gdp ? { share_of_gdp_percent: Number(gdp[1]) } : {}),
				...(m.currency !== 'USD'
					? { note: `Stated as ${m.stated}${m.usdText ? ` (${m.usdText} as the text converts it)` : ''}.` }
					: {}),
				...(parentId ? { related: [{ record: parentId, relation: 'part-of' as const }] } : {}),
				evidence: [{ document: doc.id, quote: text.slice(quote.start, quote.end) }]
			};
			loans.push({
				record,
				confidence: Math.max(0.05, Number(confidence.toFixed(2))),
				offsets: [{ document: doc.id, ...quote }],
				notes
			});
			if (period) lastPeriod = period;
		});
		// "none in 2020 or 2021": a reported zero for each year, for the borrower of the sentence.
		for (const z of zeros) {
			const borrower = [...sentenceBorrowers][0] ?? lastBorrower?.code ?? null;
			const start = s.start + (z.index ?? 0);
			const quote = { start, end: start + z[0].length };
			for (const y of z[0].match(YEAR) ?? []) {
				const lender = sentenceLender ?? lastLender;
				loans.push({
					record: {
						id: ids.take(seriesId, borrower ?? 'unknown', y),
						series: seriesId,
						...(lender ? { lender } : {}),
						...(lenderEntity(lender) ? { lender_entity: lenderEntity(lender) as string } : {}),
						...borrowerFields(borrower),
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
		const first = drafts.find((d) => d.borrower && d.rule !== 'carried' && d.rule !== 'topic');
		if (first?.borrower) lastBorrower = first.borrower;
		else if (!lastBorrower) lastBorrower = drafts.find((d) => d.borrower)?.borrower ?? null;
		lastLender = drafts.find((d) => d.lender)?.lender ?? sentenceLender ?? lastLender;
		updateDiscourse();
	}
	loans.push(...tableLoans(analysis, ctx, ids, series, amounts));
	return { loans, series, sentences: used, amounts };
}

/**
 * Markdown tables whose caption or header speaks of lending in dollars: one claim per row,
 * the row's place as borrower, its number scaled by the stated unit, the caption's period.
 */
function tableLoans(
	analysis: Analysis,
	ctx: ExtractContext,
	ids: Ids,
	series: Candidate<RawSeries>[],
	amounts: Span[]
): Candidate<RawLoan>[] {
	const doc = analysis.document;
	const out: Candidate<RawLoan>[] = [];
	const seen = new Set<string>();
	for (const table of findTables(doc.text)) {
		const context = [table.caption?.text ?? '', ...table.header.map((h) => h.text)].join(' ');
		// A table repeated verbatim is read once, like a repeated paragraph.
		const key = `${context}\n${table.rows.map((r) => doc.text.slice(r.start, r.end)).join('\n')}`;
		if (seen.has(key)) continue;
		seen.add(key);
		if (!lendingCue(context)) continue;
		const scale = dollarScale(context);
		if (scale === null) continue;
		const range = /\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/.exec(context);
		const year = /\b((?:19|20)\d\d)\b/.exec(context);
		const period = range ? `${range[1]}/${range[2]}` : (year?.[1] ?? null);
		const seriesId = chooseSeries(analysis, ctx, table.caption?.text ?? null, ids, series);
		for (const row of table.rows) {
			const placeCell = row.cells.find((c) => placesIn(analysis, analysis.gazetteer.find(doc.text, c), c).length);
			const place = placeCell ? placesIn(analysis, analysis.gazetteer.find(doc.text, placeCell), placeCell)[0] : null;
			const numberCell = row.cells.find((c) => /^\$?\s?\d[\d,]*(?:\.\d+)?$/.test(c.text));
			if (!place || !numberCell) continue;
			const r = formatScaled(numberCell.text.replace(/^\$\s?/, ''), scale);
			if (!r) continue;
			amounts.push({ start: row.start, end: row.end });
			const isRegion = analysis.gazetteer.entities.get(place.code)?.type === 'region';
			out.push({
				record: {
					id: ids.take(seriesId, place.code, period?.replace('/', '-')),
					series: seriesId,
					...(isRegion ? { borrower_region: place.code } : { borrower: place.code }),
					amount: r,
					measure: 'commitments',
					...(period ? { period } : {}),
					note: `A table row; unit and period from its caption: “${table.caption?.text ?? context}”.`,
					evidence: [{ document: doc.id, quote: doc.text.slice(row.start, row.end) }]
				},
				confidence: RULE_CONFIDENCE.table,
				offsets: [{ document: doc.id, start: row.start, end: row.end }],
				notes: ['Read from a table row: check the lender and the measure against the caption.']
			});
		}
	}
	return out;
}

/** "62.2" at scale 9 → "$62.2 billion", as parseUsd reads it. */
function formatScaled(number: string, scale: number): string | null {
	const word: Record<number, string> = { 0: '', 3: ' thousand', 6: ' million', 9: ' billion', 12: ' trillion' };
	return word[scale] === undefined ? null : `$${number}${word[scale]}`;
}
