/**
 * Occasions: events the prose names with a noun ("a three-day tour", "a closed-door
 * conference") that later clauses refer back to ("in the course of the trip", "the
 * conference"). An occasion of a stated length with a dated start or end covers that many
 * days up to, or from, that day: "a three-day tour …, ending it up with a speech Sunday"
 * (published Wednesday 17 April 2019) is 12–14 April 2019; "a week-long visit that began
 * on 3 March" is 3–9 March.
 */
import nlp from 'compromise';
import type { DateValue } from '../data/dates.ts';
import type { Analysis, SentenceInfo } from './analyse.ts';
import { daysFrom, type DateMention } from './dates.ts';
import type { Span } from './text.ts';

/** Nouns that name an event, grouped with those that name the same kind ("the trip" after "a tour"). */
export const EVENT_NOUNS: readonly (readonly string[])[] = [
	['meeting', 'conference', 'roundtable', 'summit', 'talks', 'session', 'gathering'],
	['trip', 'tour', 'visit', 'journey', 'travels'],
	['speech', 'address', 'remarks'],
	['attack', 'strike', 'raid', 'assault', 'offensive'],
	['coup', 'uprising', 'rebellion', 'putsch'],
	['election', 'vote', 'referendum', 'ballot'],
	['protest', 'demonstration', 'rally', 'march'],
	['operation', 'exercise', 'deployment', 'mission']
];

export const nounGroup = (noun: string) => EVENT_NOUNS.find((g) => g.includes(noun.toLowerCase())) ?? null;

export interface Occasion extends Span {
	/** From the length to the end of its clause: "three-day tour of Latin America by US Secretary of State Mike Pompeo". */
	readonly text: string;
	readonly group: readonly string[];
	readonly date: DateValue;
	/** The clauses that report the occasion itself: the one naming it and those joined to it before its dated start or end. */
	readonly clauses: readonly Span[];
	/** How the date was found, for the reviewer: `3 days ending 14 Apr 2019 (“Sunday”)`. */
	readonly how: string;
}

const UNIT_DAYS = { day: 1, week: 7 } as const;
const LENGTH = new RegExp(
	`\\b(?:(\\d{1,3}|[a-z]+)[-\\s](day|week)|(day|week)[-\\s]?long)(?:[-\\s]long)?\\s+(?:[a-z]+\\s+)?(${EVENT_NOUNS.flat().join('|')})\\b`,
	'gi'
);
/** Words that put a date at an occasion's end or start: "ending it up with a speech Sunday", "which began on 3 March". */
const END =
	/\b(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|finish(?:es|ed|ing)?|wrap(?:s|ped|ping)?\s+up|clos(?:e|es|ed|ing)|culminat(?:e|es|ed|ing))\b/gi;
const START =
	/\b(?:begin(?:s|ning)?|began|begun|start(?:s|ed|ing)?|open(?:s|ed|ing)?|kick(?:s|ed|ing)?\s+off|set(?:s|ting)?\s+off|launch(?:es|ed|ing)?)\b/gi;

/** "three" → 3, "10" → 10, "a" → 1; null for words that are not counts ("same", "first"). */
function count(word: string): number | null {
	if (/^\d+$/.test(word)) return Number(word);
	if (/^(?:a|an)$/i.test(word)) return 1;
	if (/(?:st|nd|rd|th)$/i.test(word)) return null;
	const got: unknown = nlp(word).numbers().get();
	const n = Array.isArray(got) ? got[0] : undefined;
	return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** A day-precision date of the sentence said to start or end something, and which: the nearest such word before it in its clause, else the first after. */
function boundary(sentence: SentenceInfo): { date: DateMention; at: 'start' | 'end'; clause: number } | null {
	for (const [i, c] of sentence.clauses.entries()) {
		const date = c.dates.find((d) => d.value.precision === 'day');
		if (!date) continue;
		const found = (re: RegExp, at: 'start' | 'end') =>
			[...c.clause.text.matchAll(re)].map((m) => ({ at, index: m.index }));
		const words = [...found(END, 'end'), ...found(START, 'start')];
		const offset = date.start - c.clause.start;
		const before = words.filter((w) => w.index < offset).sort((a, b) => b.index - a.index)[0];
		const word = before ?? words.sort((a, b) => a.index - b.index)[0];
		if (word) return { date, at: word.at, clause: i };
	}
	return null;
}

/** Occasions of a stated length whose start or end the same sentence dates, in document order. */
export function occasionsOf(analysis: Analysis): Occasion[] {
	const text = analysis.document.text;
	const out: Occasion[] = [];
	for (const sentence of analysis.sentences) {
		const s = sentence.sentence;
		for (const m of s.text.matchAll(LENGTH)) {
			const n = m[1] ? count(m[1]) : 1;
			const unit = ((m[2] ?? m[3]) as string).toLowerCase() as keyof typeof UNIT_DAYS;
			const group = nounGroup(m[4] as string);
			if (!n || !group) continue;
			const days = n * UNIT_DAYS[unit];
			const bound = boundary(sentence);
			const date = bound ? daysFrom(bound.date.value, days, bound.at) : null;
			if (!bound || !date) continue;
			const start = s.start + m.index;
			const named = sentence.clauses.findIndex((c) => c.clause.start <= start && start < c.clause.end);
			if (named < 0) continue;
			const clauses: Span[] = [];
			for (let i = named; i < sentence.clauses.length && i !== bound.clause; i++) {
				const c = sentence.clauses[i];
				if (!c || (i > named && (c.clause.lead === 'main' || c.dates.length))) break;
				clauses.push({ start: c.clause.start, end: c.clause.end });
			}
			const end = sentence.clauses[named]?.clause.end ?? s.end;
			out.push({
				start,
				end,
				text: text.slice(start, end),
				group,
				date,
				clauses,
				how: `${days === 1 ? 'one day' : `${days} days`} ${bound.at === 'end' ? 'ending' : 'starting'} ${bound.date.value.label} (“${bound.date.phrase}”)`
			});
		}
	}
	return out;
}
