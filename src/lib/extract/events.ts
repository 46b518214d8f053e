/**
 * Events: clauses that report something done — a simple past action ("swore himself in",
 * "was recognized", "told a newspaper") or a dated happening ("the “aid” provocation in
 * February") — with who (the subject and the entities named), where (the countries named)
 * and when.
 *
 * When, at the precision the text supports, in this order:
 *   1. a date expression in the clause ("late Monday", "last week", "in 2004");
 *   2. a clause that reports an occasion of stated length with a dated start or end ("a
 *      three-day tour …, who visited Chile, Paraguay and Peru, ending it up with a speech
 *      Sunday") takes the days it covers (see occasions.ts);
 *   3. a clause joined to a dated one ("and was immediately recognized", "ending it up",
 *      "which was first disclosed") shares its date;
 *   4. "at the same time" shares the date of the event before;
 *   5. "the trip", "the conference": a definite noun naming an earlier event or occasion ties
 *      the clause to it: during it after "in the course of"/"during"/"at" (the words kept as
 *      `reported_as`), else after it;
 *   6. "responded", "following suit", "was followed by": after the event before;
 *   7. a subject who acted in an earlier event ("Pompeo also slammed ...") acts at its time;
 *   8. a statement about a person who acted earlier ("told a newspaper that Pompeo had ...",
 *      "denounced Pompeo's allegations", "called Pompeo's claims ridiculous") comes after that
 *      person's last event;
 * and an event "after" another lies between its start and the document's publication: a reply
 * to remarks made during a dated trip, from the trip's first day to the publication.
 *
 * When the context holds other catalogued documents (an extra, not how a new document is
 * evaluated), they can pin a date this one gives loosely: a dated clause of
 * another document that lies within this clause's date and shares enough of its actors,
 * countries and words (e.g. "Between 11 and 15 April 2019 Secretary of State Mike Pompeo
 * travelled to Chile, Paraguay, Peru and Colombia" for "who visited Chile, Paraguay and
 * Peru") gives the record its date and a second piece of evidence; the date this document
 * alone supports stays on its own evidence, as curated records keep it.
 *
 * A clause that no rule dates is not proposed.
 */
import { parseDate, type DateValue } from '../data/dates.ts';
import type { RawEvent } from '../data/schema.ts';
import type { EventKind, SourceDocument } from '../data/types.ts';
import { AFTER_MARKER, contentWords, overlaps, SAME_TIME_MARKER, type Analysis, type ClauseInfo } from './analyse.ts';
import type { DateMention } from './dates.ts';
import type { Mention } from './mentions.ts';
import { nounGroup, occasionsOf, type Occasion } from './occasions.ts';
import { isVerb, pastActionAt, presentOnly, type Span } from './text.ts';
import { Ids, titleFrom, type Candidate } from './types.ts';

interface Draft {
	readonly info: ClauseInfo;
	readonly subject: string | null;
	readonly actors: readonly string[];
	readonly places: readonly string[];
	readonly words: ReadonlySet<string>;
	readonly own: DateMention | null;
	/** The previous clause of the same sentence, when this one is joined to it. */
	readonly joinedTo: Draft | null;
	/** The date this document alone supports, and the final date (narrowed by another document). */
	docDate: DateValue | null;
	date: DateValue | null;
	how: string | null;
	/** The words a rule dated the clause by, when not a date expression ("In the course of the trip"). */
	phrase: string | null;
	confidence: number;
	partOf: Draft | null;
	corroboration: { document: SourceDocument; span: Span; text: string } | null;
}

const DURING = /\b(?:in the course of|during|at|on the sidelines of|while on|throughout|on)\s+$/i;

const KINDS: [RegExp, EventKind][] = [
	[/\b(?:reported|reports|disclosed|published|broadcast|interview\w*|newspaper|network)\b/i, 'media'],
	[
		/\b(?:military|troops|armed|army|navy|Pentagon|war|invasion|attack\w*|bomb\w*|Southern Command|SOUTHCOM|contra)\b/i,
		'military'
	],
	[/\b(?:aid|humanitarian|food|medicine|refugees?|famine|relief)\b/i, 'humanitarian'],
	[/\b(?:loans?|lend\w*|sanction\w*|oil|econom\w*|trade|investment|banks?|debt)\b/i, 'economic'],
	[
		/\b(?:ambassador|minister|diplomat\w*|recogni[sz]\w*|visit\w*|tour|trip|spokes\w*|embassy|foreign|denounc\w*|allegations?|claims?)\b/i,
		'diplomatic'
	]
];

const ID_STOP = new Set([
	'the',
	'and',
	'who',
	'which',
	'that',
	'with',
	'was',
	'were',
	'has',
	'had',
	'been',
	'his',
	'her',
	'its',
	'for',
	'from',
	'this',
	'into',
	'has'
]);
const ACTOR_TYPES = new Set(['person', 'government', 'organisation', 'company', 'media']);
const PRONOUNS = new Set(['he', 'she', 'they']);

const SINCE = /\bsince\s+(?:\S+\s+)?$/i;
const DEADLINE = /\b(?:have|has|is|are|remain|remains)\s+(?:until|till)\b/i;
/** A measured quantity (output, trade, a deficit) is a statistic, not something that happened. */
const STATISTIC =
	/\b(?:output|production|pumped|averaged|barrels|trade|exports|imports|deficit|surplus|inflation|GDP|growth rate)\b/i;
const NUMBER = /\d|\b(?:million|billion|thousand)\b/i;
/** A clause whose main verb is negated reports what did not happen. */
const NEGATED =
	/\b(?:did not|didn['’]t|do not|does not|has not|have not|had not|hasn['’]t|haven['’]t|never|made no|saw no|received no|no new)\b/i;
/** Plans and hedges: still to come, or only possible (lower case: "May 31" is a date). */
const HEDGED =
	/\b(?:will|shall|would|could|might|may|is due to|are due to|was due to|were due to|is expected to|are expected to|plans? to|is set to|are set to|intends? to|is to|are to)\b/;
/** An organisation's founding in a relative clause ("which was set up in 2011") describes it; it is not the news. */
const FOUNDING = /\b(?:which|that|who)\s+(?:was|were)\s+(?:set up|founded|established|created|formed)\b/i;

/** Named filters on a clause that no date rule should turn into an event. */
export function notAnEvent(clause: string, own: DateMention | null, sentence: string): string | null {
	if (FOUNDING.test(clause)) return 'a founding date describing a name';
	if (STATISTIC.test(clause) && NUMBER.test(clause.replace(own?.phrase ?? '\u0000', ''))) return 'a statistic';
	if (NEGATED.test(clause)) return 'negated';
	if (HEDGED.test(clause) && !/\b(?:said|told|announced|stated)\b/i.test(clause)) return 'a plan or a hedge';
	// A bare year with no verb of its own in the clause ("at its peak in 2010", "the first blank year since 2006").
	if (
		own &&
		own.value.precision === 'year' &&
		!/\b\w+(?:ed|ought|ent|ook|ew|an|on|ade|ame|ave|ung|old|aw|ose)\b/.test(clause.replace(own.phrase, ''))
	)
		return 'a bare year';
	void sentence;
	return null;
}

const entityMentions = (ms: readonly Mention[]) =>
	ms.filter((m) => m.entity && m.entityType && ACTOR_TYPES.has(m.entityType));

/** Drafts for every event-like clause of a document, dated by rules 1 and 2 only. */
/** What other rules have taken: sentences (sanctions) and spans (loan amounts). */
export interface Claimed {
	readonly sentences: ReadonlySet<number>;
	readonly spans: readonly Span[];
}

export function draftEvents(analysis: Analysis, skip: Claimed): Draft[] {
	const text = analysis.document.text;
	const drafts: Draft[] = [];
	let lastPerson: string | null = null;
	const personOf = (m: Mention | undefined) => (m?.entityType === 'person' ? m.entity : null);
	for (const sentence of analysis.sentences) {
		let previous: Draft | null = null;
		let previousSubject: string | null = null;
		let sentencePerson: string | null = null;
		sentence.clauses.forEach((info, ci) => {
			const ts = info.clause.tokens;
			const verb = ts.findIndex((_, i) => isVerb(ts, i));
			const verbAt = verb >= 0 ? (ts[verb]?.start ?? info.clause.end) : info.clause.end;
			const beforeVerb = entityMentions(info.mentions).filter((m) => m.end <= verbAt);
			const lead = info.clause.lead;
			let subject: string | null =
				beforeVerb.filter((m) => m.entityType === 'person').pop()?.entity ?? beforeVerb[0]?.entity ?? null;
			if (!subject && PRONOUNS.has(ts[0]?.text.toLowerCase() ?? '')) subject = lastPerson;
			if (!subject && (lead === 'and' || lead === 'part')) subject = previousSubject;
			if (!subject && lead === 'rel' && /^who/i.test(ts[0]?.text ?? '')) {
				const prevClause = sentence.clauses[ci - 1];
				subject =
					personOf(
						entityMentions(prevClause?.mentions ?? [])
							.filter((m) => m.entityType === 'person')
							.pop()
					) ?? null;
			}
			if (subject && analysis.gazetteer.entities.get(subject)?.type === 'person') sentencePerson = subject;
			previousSubject = subject ?? previousSubject;

			// A date after "since" or "until" bounds a state or a deadline; it dates no happening.
			const own =
				info.dates.find(
					(d) =>
						!SINCE.test(text.slice(Math.max(0, d.start - 12), d.start)) &&
						!/^since\b/i.test(d.phrase) &&
						!DEADLINE.test(text.slice(Math.max(0, d.start - 24), d.end))
				) ?? null;
			const words = info.clause.text;
			const eligible =
				!notAnEvent(words, own, text.slice(sentence.sentence.start, sentence.sentence.end)) &&
				!skip.sentences.has(sentence.sentence.index) &&
				!skip.spans.some((sp) => overlaps(sp, info.clause)) &&
				!sentence.sentence.quoted &&
				ts.length >= 3 &&
				!presentOnly(ts) &&
				(own !== null || pastActionAt(ts) >= 0 || AFTER_MARKER.test(info.clause.text));
			if (!eligible) {
				previous = null;
				return;
			}
			const actors = [
				...new Set([subject, ...entityMentions(info.mentions).map((m) => m.entity)].filter((x): x is string => !!x))
			];
			const places = [...new Set(info.mentions.map((m) => m.country).filter((x): x is string => !!x))];
			const joinedTo = lead !== 'main' ? previous : null;
			const d: Draft = {
				info,
				subject,
				actors,
				places,
				words: contentWords(ts, info.mentions),
				own,
				joinedTo,
				docDate: own?.value ?? null,
				date: own?.value ?? null,
				how: null,
				phrase: null,
				confidence: own ? (own.relative ? 0.75 : 0.85) : 0.5,
				partOf: null,
				corroboration: null
			};
			if (!own && joinedTo?.docDate) inherit(d, sourceOf(joinedTo), 'same', 'joined to the clause before');
			drafts.push(d);
			previous = d;
		});
		const mentionedPerson =
			entityMentions(sentence.mentions)
				.filter((m) => m.entityType === 'person')
				.pop()?.entity ?? null;
		lastPerson = sentencePerson ?? mentionedPerson ?? lastPerson;
	}
	return drafts;
}

const firstPart = (v: DateValue) => v.spec.split('/')[0] as string;

/** From the start of `v` to `until` (inclusive), at the precision of `v`'s start where that stays valid. */
function after(v: DateValue, until: DateValue): DateValue {
	for (const spec of [`${firstPart(v)}/${until.spec}`, `${v.start}/${until.spec}`]) {
		const r = parseDate(spec);
		if (r.ok) return r.value;
	}
	return until;
}

/** What a clause can take its date from: an earlier clause, or an occasion the prose names. */
interface Source {
	readonly date: DateValue | null;
	readonly docDate: DateValue | null;
	readonly confidence: number;
	readonly text: string;
	/** The candidate that reports it, for `part_of`. */
	readonly draft: Draft | null;
}

const sourceOf = (x: Draft): Source => ({
	date: x.date,
	docDate: x.docDate,
	confidence: x.confidence,
	text: x.info.clause.text,
	draft: x
});

function inherit(d: Draft, from: Source, relation: 'same' | 'during' | 'after', how: string, publication?: DateValue) {
	if (!from.date) return;
	if (relation === 'after' && publication) {
		d.date = after(from.date, publication);
		d.docDate = from.docDate ? after(from.docDate, publication) : null;
		d.how = `After "${titleFrom(from.text, 60)}" (${from.date.label}) and by ${publication.label}: ${how}.`;
		d.confidence = 0.45;
	} else {
		d.date = from.date;
		d.docDate = from.docDate;
		d.how = relation === 'during' ? `During "${titleFrom(from.text, 60)}" (${from.date.label}): ${how}.` : null;
		d.confidence = relation === 'during' ? 0.6 : Math.min(from.confidence, 0.7);
		if (relation === 'during') d.partOf = from.draft;
	}
}

interface PoolEntry {
	readonly document: SourceDocument;
	readonly span: Span;
	readonly text: string;
	readonly date: DateValue;
	readonly actors: ReadonlySet<string>;
	readonly places: ReadonlySet<string>;
	readonly words: ReadonlySet<string>;
}

/** Dated clauses of other documents, for corroboration. */
export function poolOf(analysis: Analysis, drafts: readonly Draft[]): PoolEntry[] {
	return drafts
		.filter((d) => d.date)
		.map((d) => ({
			document: analysis.document,
			span: { start: d.info.clause.start, end: d.info.clause.end },
			text: d.info.clause.text,
			date: d.date as DateValue,
			actors: new Set(d.actors),
			places: new Set(d.places),
			words: d.words
		}));
}

function corroborate(
	d: Draft,
	pool: readonly PoolEntry[],
	publication: DateValue,
	entityType: (id: string) => string | undefined
) {
	const within = d.docDate ?? d.date;
	const lo = within?.start ?? '0000-01-01';
	const hi = within?.end ?? publication.end;
	let best: { entry: PoolEntry; score: number } | null = null;
	for (const e of pool) {
		if (e.date.start < lo || e.date.end > hi) continue;
		const actors = d.actors.filter((a) => e.actors.has(a));
		const places = d.places.filter((p) => e.places.has(p)).length;
		const words = [...d.words].filter((w) => e.words.has(w)).length;
		const score = actors.reduce((n, a) => n + (entityType(a) === 'government' ? 1 : 2), 0) + places + words;
		const related = words >= 1 || (actors.length >= 1 && places >= 2);
		if (!related || (score < 3 && !(actors.length && words))) continue;
		const narrower = (a: PoolEntry, b: PoolEntry) =>
			a.date.end.localeCompare(a.date.start) - b.date.end.localeCompare(b.date.start);
		if (!best || score > best.score || (score === best.score && narrower(e, best.entry) < 0))
			best = { entry: e, score };
	}
	if (!best) return;
	const e = best.entry;
	d.corroboration = { document: e.document, span: e.span, text: e.text };
	d.date = e.date;
	d.confidence = Math.min(0.9, d.confidence + 0.1);
}

export function extractEvents(
	analysis: Analysis,
	skip: Claimed,
	pool: readonly PoolEntry[],
	ids: Ids
): Candidate<RawEvent>[] {
	const doc = analysis.document;
	const publication = doc.date;
	const drafts = draftEvents(analysis, skip);
	const entityType = (id: string) => analysis.gazetteer.entities.get(id)?.type;
	const done: Draft[] = [];
	const lastDated = () => [...done].reverse().find((x) => x.date) ?? null;
	const occasions = occasionsOf(analysis);
	/** An occasion as a source: the candidate that reports it, if any, is what later clauses are part of. */
	const occasionSource = (o: Occasion): Source => ({
		date: o.date,
		docDate: o.date,
		confidence: 0.6,
		text: o.text,
		draft: done.find((x) => o.clauses.some((c) => c.start === x.info.clause.start)) ?? null
	});
	for (const d of drafts) {
		const text = d.info.clause.text;
		const at = d.info.clause.start;
		const occasion = d.date ? undefined : occasions.find((o) => o.clauses.some((c) => c.start === at));
		if (occasion) {
			inherit(d, occasionSource(occasion), 'same', 'the occasion itself');
			d.how = `The ${titleFrom(occasion.text, 60).replace(/^./, (c) => c.toLowerCase())}: ${occasion.how}.`;
			d.confidence = 0.6;
		}
		if (!d.date && d.joinedTo?.date) inherit(d, sourceOf(d.joinedTo), 'same', 'joined to the clause before');
		if (!d.date && SAME_TIME_MARKER.test(text)) {
			const prev = lastDated();
			if (prev) {
				inherit(d, sourceOf(prev), 'same', 'at the same time');
				d.how = `At the same time as "${titleFrom(prev.info.clause.text, 60)}" (${prev.date?.label}).`;
			}
		}
		if (!d.date) {
			for (const m of text.matchAll(/\bthe\s+(\w+)/gi)) {
				const group = nounGroup(m[1] as string);
				if (!group) continue;
				const names = (x: Draft) =>
					group.some((w) => x.words.has(w) || new RegExp(`\\b${w}\\b`, 'i').test(x.info.clause.text));
				const earlier = [...done].reverse().find((x) => x.date && x.info.clause.start < at && names(x));
				const named = [...occasions].reverse().find((o) => o.group === group && o.start < at);
				// The occasion rather than a clause that only reports it ("who visited ...").
				const occasionFirst =
					named &&
					(!earlier ||
						named.start >= earlier.info.clause.start ||
						named.clauses.some((c) => c.start === earlier.info.clause.start));
				const source = named && occasionFirst ? occasionSource(named) : earlier ? sourceOf(earlier) : null;
				if (!source) continue;
				const lead = DURING.exec(text.slice(0, m.index));
				inherit(
					d,
					source,
					lead ? 'during' : 'after',
					lead ? `"${m[0]}" is that event` : `"${m[0]}" refers to that event`,
					publication
				);
				if (lead) d.phrase = text.slice(lead.index, m.index + m[0].length);
				break;
			}
		}
		if (!d.date && AFTER_MARKER.test(text)) {
			const prev = lastDated();
			if (prev) inherit(d, sourceOf(prev), 'after', `"${AFTER_MARKER.exec(text)?.[0]}"`, publication);
		}
		if (!d.date && d.subject) {
			const prev = [...done].reverse().find((x) => x.date && x.subject === d.subject);
			if (prev) {
				inherit(d, sourceOf(prev), 'same', 'the same actor, in the account of that event');
				d.how = `The same actor's last dated event: "${titleFrom(prev.info.clause.text, 60)}" (${prev.date?.label}).`;
				d.confidence = 0.45;
				d.partOf = null;
			}
		}
		if (!d.date) {
			const ts = d.info.clause.tokens;
			const verb = ts.findIndex((_, i) => isVerb(ts, i));
			const verbAt = ts[verb]?.start ?? d.info.clause.start;
			const others = entityMentions(d.info.mentions).filter(
				(m) => m.start > verbAt && m.entityType === 'person' && m.entity !== d.subject
			);
			for (const o of others) {
				const prev = [...done].reverse().find((x) => x.date && x.subject === o.entity);
				if (prev) {
					inherit(d, sourceOf(prev), 'after', `a statement about ${o.text}`, publication);
					break;
				}
			}
		}
		corroborate(d, pool, publication, entityType);
		done.push(d);
	}

	const kept = done.filter((d) => d.date);
	const titleOf = (d: Draft) => {
		const c = d.info.clause.text;
		const subjectName = d.subject ? analysis.gazetteer.entities.get(d.subject)?.name : undefined;
		// "who visited Chile", "He went on to ...": the title names the subject.
		if (subjectName && /^(?:who|and|he|she|they|[a-z]+ing)\b/i.test(c.trim()))
			return titleFrom(`${subjectName}: ${c.trim().replace(/^(?:who|and|he|she|they)\s+/i, '')}`);
		return titleFrom(c);
	};
	const idOf = new Map<Draft, string>();
	for (const d of kept) {
		const words = titleOf(d)
			.toLowerCase()
			.normalize('NFD')
			.replace(/[^a-z0-9\s-]/g, ' ')
			.split(/\s+/)
			.filter((w) => w.length > 2 && !ID_STOP.has(w))
			.slice(0, 5);
		idOf.set(d, ids.take(...words));
	}
	return kept.map((d) => {
		const date = d.date as DateValue;
		const c = d.info.clause;
		const title = titleOf(d);
		const kind = KINDS.find(([re]) => re.test(c.text))?.[1] ?? 'political';
		const docDiffers = d.docDate && d.docDate.iso !== date.iso;
		const own = d.own;
		const evidence: NonNullable<RawEvent['evidence']> = [
			{
				document: doc.id,
				quote: c.text,
				...(own?.relative ? { reported_as: own.phrase } : d.phrase ? { reported_as: d.phrase } : {}),
				...(docDiffers && d.docDate ? { date: d.docDate.spec } : {})
			}
		];
		const offsets = [{ document: doc.id, start: c.start, end: c.end }];
		const notes: string[] = [];
		if (d.corroboration) {
			evidence.push({ document: d.corroboration.document.id, quote: d.corroboration.text });
			offsets.push({ document: d.corroboration.document.id, ...d.corroboration.span });
			notes.push(`Dated by ${d.corroboration.document.id}, which reports a matching event on ${date.label}.`);
		}
		if (d.how) notes.push(d.how);
		if (!d.own && !d.how && !d.corroboration) notes.push('Dated from the clause it is joined to.');
		const record: Candidate<RawEvent>['record'] = {
			id: idOf.get(d) as string,
			title,
			kind,
			date: /^\d{4}$/.test(date.spec) ? Number(date.spec) : date.spec,
			...(d.how ? { date_note: d.how } : {}),
			...(d.actors.length ? { actors: [...d.actors] } : {}),
			...(d.places.length ? { places: [...d.places] } : {}),
			...(d.partOf && idOf.has(d.partOf) ? { part_of: idOf.get(d.partOf) } : {}),
			evidence
		};
		return { record, confidence: Number(d.confidence.toFixed(2)), offsets, notes };
	});
}
