/**
 * Sanctions: a sentence that reports a measure taken — an executive order, a designation,
 * "blacklisted", "imposed sanctions on", "Washington barred Americans from …" — in the past
 * tense. From it: the date, the action, the issuing body (the government body named before
 * the verb; the President for an executive order), the instrument ("Executive Order 13808",
 * "Designation under Executive Order 13850"), the Federal Register citation, the orders a
 * designation was made under, the target country (the first country named that is not the
 * issuer's), the sectors its words name and the targets: curated entities, and new names
 * in the verb's object ("first lady Cilia Flores, Vice President Delcy Rodríguez and …",
 * titles left off), each proposed as a new entity.
 *
 * Rules of structure and discourse:
 *   several measures in one sentence, each verb with its own date ("barred … on Aug. 24, 2017,
 *     prohibited … on March 19 and blocked … on May 21"), are several records;
 *   "Executive Order 13692, signed by President Barack Obama on March 8, 2015" is the order,
 *     dated by its signature, whatever else the sentence reports;
 *   a measure the sentence does not date takes the day of the sentence just before that spoke
 *     of sanctions ("on Tuesday Washington answered … with another round of sanctions. The
 *     U.S. Treasury blacklisted …"), and when that sentence was itself a measure, it is the
 *     same measure told again: one record, two quotes, the targets of both;
 *   "It blocks all property of the Government of Venezuela" after an order adds its targets;
 *   "today" is the day of publication.
 * The noun "sanctions" alone ("hailed the sanctions", "sanctions of their own") is no measure.
 *
 * "It was announced on 9 March 2015." after a measure gives that measure's announcement date.
 */
import type { RawSanction } from '../data/schema.ts';
import type { Sector } from '../data/types.ts';
import { inside, type Analysis } from './analyse.ts';
import type { DateMention } from './dates.ts';
import { fold, type Mention } from './mentions.ts';
import { pastActionAt } from './text.ts';
import { Ids, titleFrom, type Candidate, type ExtractContext } from './types.ts';

const ORDER = /\bExecutive Orders?\s+(\d{4,5})(?:\s+and\s+(\d{4,5}))?/g;
const MEASURE = /\b(?:Executive Orders?\s+\d{4,5}|sanction(?:s|ed)|embargo\w*)\b/i;
/** The noun "sanctions" is a measure only as what was imposed ("imposed sanctions on", "sanctions were imposed"). */
const IMPOSED =
	/\b(?:impos\w+|slapped|levied|announced|expanded|extended|tightened)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|embargo)\b|\b(?:sanctions|embargo)\s+(?:were|was|have been|had been)\s+(?:impos|announc|expand|extend|tighten)\w*|\bsanctioned\b|\bExecutive Orders?\s+\d{4,5}\b/i;
/** Verbs of a measure taken, when a US body or Washington is their subject. */
const ACTION =
	/\b(?:blacklisted|designated|sanctioned|blocked|froze|barred|prohibited|banned|added)\b|\bimposed\s+(?:new\s+|fresh\s+|further\s+)?sanctions\b|\bused to designate\b/gi;
const US_ACTOR =
	/\b(?:Washington|Treasury|OFAC|Office of Foreign Assets Control|U\.S\.|US|United States|administration|White House|State Department|President)\b/;
const LIST_ADD = /\bto\s+(?:its|the)\s+(?:list|SDN)/i;
const EO_SIGNED =
	/\bExecutive Order\s+(\d{5})\b(?:,\s*|\s+)(?:which\s+[^,.;]{0,60}?\s+signed|signed\s+by\s+[^,.;]{0,60}?)\s+(?=on\b|in\b)/i;
const CONTINUES =
	/^(?:It|The (?:order|measure|designation|action|move))\s+(?:also\s+)?(?:blocks|freezes|bars|prohibits|targets|applies to|covers)\b/;
/** Where a measure's object ends: its purpose, its legal basis, its consequence, or another time. */
const OBJECT_END =
	/\s(?:for|under|over|because|after|before|when|while|in response|freezing|blocking|accusing|citing)\b|,\s*(?:freezing|blocking|accusing|citing|which|the day|five|two|three|four)\b|\bto\s+(?:its|the)\s+(?:list|SDN)|;/i;
const TITLE_WORDS = new Set(
	'first lady vice president minister secretary chairman chairwoman chief executive director general governor ambassador senator deputy foreign finance defense defence communications interior oil economy trade justice attorney commander admiral colonel former acting head his her its their the and of state'.split(
		' '
	)
);
const DESIGNATED = /\bdesignat(?:ed|es|ing|ion)\b/i;
/** "designated" is a sanctions word only beside the words of blocking ("designated as representatives" is not). */
const BLOCKING =
	/\b(?:OFAC|Office of Foreign Assets Control|Treasury|block(?:ed|ing)|blocked property|Specially Designated|under Executive Orders?)\b/i;
const TRIGGER = {
	test: (s: string) => MEASURE.test(s) || (DESIGNATED.test(s) && BLOCKING.test(s)),
	exec: (s: string) => MEASURE.exec(s) ?? DESIGNATED.exec(s)
};
const CITATION = /\b\d+\s+FR\s+\d+\b/;
const ANNOUNCED = /\b(?:was|were)\s+announced\b/i;
const BLOCKED_AMOUNT =
	/\bblock\w*\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?((?:US\s?)?\$\s?\d[\d,.]*\s*(?:billion|million|thousand)?)/i;

const SECTOR_WORDS: [RegExp, Sector][] = [
	[/\boil\b|\bpetrol\w*|\bcrude\b/i, 'oil'],
	[/\bgold\b|\bmining\b|\bminer\w*|\bmines?\b/i, 'mining'],
	[/\bbank\w*|\bBanco\b|\bfinancial sector\b/i, 'banking'],
	[/\bships?\b|\bshipping\b|\bvessels?\b|\btankers?\b|\bcargo\b/i, 'shipping'],
	[/\bdebt\b|\bbonds?\b|\bequity\b/i, 'government-debt'],
	[/\bdigital currenc\w*|\bcrypto\w*|\bpetro\b/i, 'digital-currency'],
	[/\bproperty\b[^.]*\bGovernment of\b|\bredefined the Government\b/i, 'government'],
	[/\bindividuals\b|\bofficials\b|\bdirector\b|\bminister\b/i, 'officials']
];

interface Segment {
	readonly start: number;
	readonly end: number;
	readonly verbAt: number;
	readonly date: DateMention | null;
}

/** New names in a measure's object: each listed item's capitalised run, titles left off ("Vice President Delcy Rodríguez" → "Delcy Rodríguez"). */
export function objectNames(text: string, from: number, to: number): { start: number; end: number; text: string }[] {
	const out: { start: number; end: number; text: string }[] = [];
	const region = text.slice(from, to);
	const itemRe = /[^,;]+/g;
	for (const part of region.matchAll(itemRe)) {
		for (const piece of part[0].split(/\s+and\s+/)) {
			const pieceAt = from + (part.index ?? 0) + part[0].indexOf(piece);
			const run =
				/(?:\p{Lu}[\p{L}.'’-]*|&|de|del|la|do|da|\(\p{Lu}+\))(?:\s+(?:\p{Lu}[\p{L}.'’-]*|&|de|del|la|do|da|\(\p{Lu}+\)))*/gu;
			for (const m of piece.matchAll(run)) {
				let words = m[0].split(/\s+/);
				let lead = 0;
				while (words.length && TITLE_WORDS.has((words[0] as string).toLowerCase())) {
					lead += (words[0] as string).length + 1;
					words = words.slice(1);
				}
				while (words.length && /^(?:&|de|del|la|do|da)$/.test(words[words.length - 1] as string))
					words = words.slice(0, -1);
				const name = words.join(' ');
				if (words.length < 2 && !/^\p{Lu}{3,}$/u.test(name)) continue;
				const start = pieceAt + (m.index ?? 0) + lead;
				out.push({ start, end: start + name.length, text: name });
			}
		}
	}
	return out;
}

export interface NewTarget {
	readonly id: string;
	readonly name: string;
	readonly start: number;
	readonly end: number;
}

export function extractSanctions(
	analysis: Analysis,
	ctx: ExtractContext,
	ids: Ids,
	skip: ReadonlySet<number>
): { sanctions: Candidate<RawSanction>[]; sentences: Set<number>; newTargets: NewTarget[] } {
	const doc = analysis.document;
	const text = doc.text;
	const gaz = analysis.gazetteer;
	const out: {
		record: Candidate<RawSanction>['record'];
		offsets: { start: number; end: number }[];
		notes: string[];
		confidence: number;
		sentence: number;
	}[] = [];
	const used = new Set<number>();
	const byInstrument = new Map(ctx.sanctions.map((s) => [s.instrument, s.id]));
	const newTargets: NewTarget[] = [];
	const newTargetId = (name: string, start: number, end: number) => {
		const prior = newTargets.find((t) => fold(t.name) === fold(name));
		if (prior) return prior.id;
		const id = ids.take(name);
		newTargets.push({ id, name, start, end });
		return id;
	};
	const publication = doc.date;
	/** The day the last sentence that spoke of sanctions gave, and that sentence's index. */
	let lastSanctionDay: { date: DateMention['value']; sentence: number } | null = null;
	/** Sentences that speak of sanctions on a day: when a measure has that day, they tell of it (an event would repeat it). */
	const talk: { sentence: number; day: string }[] = [];

	for (const info of analysis.sentences) {
		const s = info.sentence;
		if (skip.has(s.index) || s.quoted) continue;
		const prev = out[out.length - 1];
		const today = /\btoday(?:[’']s)?\b/i.test(s.text) ? publication : null;
		const dayOf = (d: DateMention | null) => (d && d.value.precision === 'day' ? d.value : null);
		const sentenceDay = dayOf(info.dates.find((d) => d.value.precision === 'day') ?? null) ?? today;
		if (ANNOUNCED.test(s.text) && !TRIGGER.test(s.text) && prev && info.dates[0]) {
			const date = info.dates[0].value;
			const prevDate = prev.record.date;
			if (prevDate === undefined || String(prevDate) <= date.start) {
				prev.record.announced = date.spec;
				// The quote runs on to the announcement, as one passage.
				const o = prev.offsets[0];
				if (o && prev.record.evidence?.[0]) {
					o.end = s.end;
					prev.record.evidence[0] = { ...prev.record.evidence[0], quote: text.slice(o.start, o.end) };
				}
				used.add(s.index);
			}
			continue;
		}
		// "It blocks all property of …" right after a measure: its targets.
		if (CONTINUES.test(s.text) && prev && prev.sentence >= s.index - 1) {
			const more = info.mentions
				.filter(
					(m) =>
						m.entity && (m.entityType === 'government' || m.entityType === 'company' || m.entityType === 'organisation')
				)
				.map((m) => m.entity as string);
			if (more.length) {
				prev.record.targets = [...new Set([...(prev.record.targets ?? []), ...more])];
				prev.record.evidence = [...(prev.record.evidence ?? []), { document: doc.id, quote: s.text }];
				prev.offsets.push({ start: s.start, end: s.end });
				used.add(s.index);
				continue;
			}
		}
		const speaksOfSanctions =
			MEASURE.test(s.text) ||
			/\b(?:OFAC|Office of Foreign Assets Control|blacklist\w*)\b/i.test(s.text) ||
			(DESIGNATED.test(s.text) && BLOCKING.test(s.text));
		const eo = EO_SIGNED.exec(s.text);
		const actions = [...s.text.matchAll(ACTION)].filter((m) => {
			// "are blocked", "been designated": a state or a consequence, not the act.
			if (/\b(?:are|is|be|been|being|remain|remains)\s+$/i.test(s.text.slice(0, m.index ?? 0))) return false;
			if (/^added$/i.test(m[0])) return LIST_ADD.test(s.text.slice(m.index ?? 0));
			// "designated as representatives" names a role, not a measure.
			if (/^used to designate$/i.test(m[0])) return true;
			if (/^designated$/i.test(m[0]) && /^\s+as\b/i.test(s.text.slice((m.index ?? 0) + m[0].length))) return false;
			return US_ACTOR.test(s.text.slice(0, m.index ?? 0)) || speaksOfSanctions;
		});
		const nounOnly =
			!actions.length && !eo && !(DESIGNATED.test(s.text) && BLOCKING.test(s.text)) && !IMPOSED.test(s.text);
		if (speaksOfSanctions && sentenceDay) talk.push({ sentence: s.index, day: sentenceDay.spec });
		if (
			(!TRIGGER.test(s.text) && !actions.length && !eo) ||
			nounOnly ||
			(pastActionAt(s.tokens) < 0 && !/\b(?:was|were)\s+used\s+to\b/i.test(s.text))
		) {
			if (speaksOfSanctions && sentenceDay) lastSanctionDay = { date: sentenceDay, sentence: s.index };
			continue;
		}
		used.add(s.index);
		// The measures of the sentence: one per action verb that has a date of its own, else one.
		const verbAts = actions.map((m) => s.start + (m.index ?? 0));
		const datedSegments: Segment[] = verbAts.map((at, i) => {
			const end = verbAts[i + 1] ?? s.end;
			const start = i === 0 ? s.start : at;
			return { start, end, verbAt: at, date: info.dates.find((d) => d.start >= at && d.end <= end) ?? null };
		});
		const split = datedSegments.length > 1 && datedSegments.filter((g) => g.date).length >= 2;
		const segments: Segment[] = split
			? datedSegments
			: [{ start: s.start, end: s.end, verbAt: verbAts[0] ?? s.start, date: null }];
		for (const seg of segments) {
			const segText = text.slice(seg.start, seg.end);
			const mentions = info.mentions.filter((m) => inside(m, seg));
			const orders = [...segText.matchAll(ORDER)].flatMap((m) => [m[1], m[2]]).filter((n): n is string => !!n);
			const signedOrder = !split && eo ? eo[1] : null;
			const designation =
				!signedOrder &&
				((DESIGNATED.test(segText) && BLOCKING.test(segText)) || /\b(?:blacklisted|designated|added)\b/i.test(segText));
			const action = signedOrder
				? 'executive-order'
				: designation
					? 'designation'
					: orders.length
						? 'executive-order'
						: 'designation';
			const triggerAt = split
				? seg.verbAt
				: s.start + (actions[0]?.index ?? DESIGNATED.exec(s.text)?.index ?? TRIGGER.exec(s.text)?.index ?? 0);
			const government = (m: Mention) => m.entityType === 'government';
			let issuer: string | null = null;
			if (action === 'executive-order')
				issuer =
					mentions.find((m) => m.entity && /President/.test(m.text))?.entity ?? gaz.byName('the President')?.id ?? null;
			else issuer = info.mentions.filter((m) => m.entity && government(m) && m.end <= triggerAt).pop()?.entity ?? null;
			// "US sanctions": the issuer is the named country's government.
			const namedIssuer = issuer
				? null
				: (info.mentions.find((m) => m.country && m.start <= triggerAt + 40)?.country ?? null);
			if (namedIssuer) issuer = gaz.governmentOf(namedIssuer);
			const issuerCountry =
				(issuer ? gaz.entities.get(issuer)?.country : null) ?? namedIssuer ?? (US_ACTOR.test(s.text) ? 'USA' : null);
			const issuerShort = issuer ? gaz.shortName(issuer) : null;
			let instrument: string;
			if (signedOrder) instrument = `Executive Order ${signedOrder}`;
			else if (action === 'executive-order') instrument = `Executive Order ${orders[0]}`;
			else if (orders.length && /\bunder\b/i.test(segText))
				instrument =
					orders.length > 1
						? `Designations under Executive Orders ${orders.slice(0, -1).join(', ')} and ${orders[orders.length - 1]}`
						: `Designation under Executive Order ${orders[0]}`;
			else if (designation) instrument = `${issuerShort ?? 'US'} designation`;
			else
				instrument =
					/(?:(?:\b[\p{L}-]+\s+){0,2})(?:sanctions|embargo)\b/iu.exec(segText)?.[0] ??
					titleFrom(text.slice(seg.verbAt, Math.min(seg.end, seg.verbAt + 60)), 60);
			const authority =
				action === 'designation'
					? orders
							.map(
								(n) =>
									byInstrument.get(`Executive Order ${n}`) ??
									out.find((o) => o.record.instrument === `Executive Order ${n}`)?.record.id
							)
							.filter((x): x is string => !!x)
					: [];
			const entityCountry = (m: Mention) => (m.entity ? (gaz.entities.get(m.entity)?.country ?? null) : null);
			const target =
				mentions.find((m) => m.country && m.country !== issuerCountry)?.country ??
				mentions.map(entityCountry).find((c) => c && c !== issuerCountry) ??
				info.mentions.find((m) => m.country && m.country !== issuerCountry)?.country ??
				null;
			// Targets: the verb's object for a designation (where it ends: its purpose, its basis,
			// another time); the whole measure for an order. Curated names first, then new ones.
			const verbEnd = signedOrder ? seg.end : Math.max(seg.start, split ? seg.verbAt : triggerAt);
			const rest = text.slice(verbEnd, seg.end);
			const stop = action === 'designation' ? OBJECT_END.exec(rest.slice(1)) : null;
			const object = { start: verbEnd, end: stop ? verbEnd + 1 + stop.index : seg.end };
			const candidatesOf = (ms: readonly Mention[]) =>
				action === 'designation' ? ms.filter((m) => inside(m, object)) : ms;
			const candidates = candidatesOf(mentions);
			const isTarget = (m: Mention) =>
				m.entity && m.entity !== issuer && m.entityType !== 'region' && m.entityType !== 'person'
					? true
					: m.entityType === 'person' && action === 'designation';
			const curated = candidates
				.filter(
					(m) =>
						m.entity &&
						isTarget(m) &&
						!(m.entityType === 'government' && gaz.entities.get(m.entity)?.country === issuerCountry)
				)
				.map((m) => m.entity as string);
			// A demonym before government, debt or bonds names that government ("Venezuelan debt").
			const demonymGov = candidatesOf(mentions)
				.filter(
					(m) =>
						m.demonym &&
						m.country &&
						m.country !== issuerCountry &&
						/^\s+(?:government|debt|bonds|sovereign)\b/i.test(text.slice(m.end, m.end + 12))
				)
				.map((m) => gaz.governmentOf(m.country as string))
				.filter((x): x is string => !!x);
			const fresh =
				action === 'designation'
					? objectNames(text, object.start, object.end)
							// A name a curated entity or a country already covers is that one.
							.filter(
								(n) => !info.mentions.some((m) => m.start <= n.start && m.end >= n.end && (m.entity || m.country))
							)
							.map((n) => newTargetId(n.text, n.start, n.end))
					: [];
			const targets = [...new Set([...curated, ...demonymGov, ...fresh])];
			// Sectors from the measure's words and from the names of its targets ("Petróleos de Venezuela").
			const words = fold(
				[
					segText,
					...targets.map((t) => gaz.entities.get(t)?.name ?? newTargets.find((n) => n.id === t)?.name ?? '')
				].join(' ')
			);
			const sectors = [...new Set(SECTOR_WORDS.filter(([re]) => re.test(words)).map(([, sector]) => sector))];
			// The date: the segment's own; the order's signature; the sentence's day, "today"; else the day of the sentence before that spoke of sanctions.
			const signedAt = signedOrder && eo ? s.start + (eo.index ?? 0) + eo[0].length : null;
			const own = split
				? seg.date
				: ((signedAt !== null ? info.dates.find((d) => d.start >= signedAt) : null) ??
					info.dates.find((d) => d.value.precision === 'day') ??
					info.dates[0] ??
					null);
			let date = own?.value ?? today;
			let inherited = false;
			if (!date && lastSanctionDay && lastSanctionDay.sentence >= s.index - 2) {
				date = lastSanctionDay.date;
				inherited = true;
			}
			const citation = CITATION.exec(segText)?.[0];
			const blocked = BLOCKED_AMOUNT.exec(segText)?.[1];
			const notes: string[] = [];
			let confidence = 0.85;
			if (!date) {
				confidence = 0.3;
				notes.push('The text gives no date for this measure: set date.');
			} else if (date.precision !== 'day') {
				confidence -= 0.2;
				notes.push(`Dated only to the ${date.precision}.`);
			} else if (inherited) {
				confidence -= 0.15;
				notes.push('The sentence gives no date; it takes the day of the sentence before that spoke of sanctions.');
			}
			if (!orders.length && !designation && !signedOrder) {
				confidence -= 0.1;
				notes.push('No legal instrument named: instrument is the words of the text.');
			}
			if (!issuer) notes.push('No issuing body found: set issuer.');
			if (!target) notes.push('No target country found: set target_country.');
			if (!sectors.length) notes.push('No sector named: set sectors.');
			if (fresh.length)
				notes.push('Some targets are new entities proposed with this document: check their names and types.');
			// The same measure told again: no date of its own, right after the measure whose day it takes.
			const last = out[out.length - 1];
			if (inherited && last && last.sentence === lastSanctionDay?.sentence && String(last.record.date) === date?.spec) {
				last.record.targets = [...new Set([...(last.record.targets ?? []), ...targets])];
				last.record.evidence = [...(last.record.evidence ?? []), { document: doc.id, quote: segText }];
				last.offsets.push({ start: seg.start, end: seg.end });
				if (
					last.record.instrument &&
					/sanctions|imposed/i.test(last.record.instrument) &&
					(orders.length || designation)
				)
					last.record.instrument = instrument;
				continue;
			}
			const idParts =
				action === 'executive-order'
					? ['eo', signedOrder ?? orders[0]]
					: [
							issuerShort && issuerShort.length <= 12 ? issuerShort : 'sanction',
							date?.spec,
							targets[0] ? (gaz.shortName(targets[0]) ?? newTargets.find((n) => n.id === targets[0])?.name) : sectors[0]
						];
			const reportedAs = own?.relative ? own.phrase : !own && today ? 'today' : null;
			const record: Candidate<RawSanction>['record'] = {
				id: ids.take(...idParts),
				title: titleFrom(segText),
				...(date ? { date: date.spec } : {}),
				action,
				...(issuer ? { issuer } : {}),
				instrument,
				...(citation ? { citation } : {}),
				// The dataset requires a designation to name its orders or say the source does not.
				...(action === 'designation' ? { authority: authority.length ? authority : ('not stated' as const) } : {}),
				...(target ? { target_country: target } : {}),
				sectors,
				...(targets.length ? { targets } : {}),
				...(blocked ? { assets_blocked: blocked.replace(/\s+/g, ' ').trim() } : {}),
				evidence: [{ document: doc.id, quote: segText, ...(reportedAs ? { reported_as: reportedAs } : {}) }]
			};
			out.push({ record, offsets: [{ start: seg.start, end: seg.end }], notes, confidence, sentence: s.index });
		}
		if (sentenceDay) lastSanctionDay = { date: sentenceDay, sentence: s.index };
		else if (out[out.length - 1]?.sentence === s.index && lastSanctionDay)
			lastSanctionDay = { ...lastSanctionDay, sentence: s.index };
	}
	for (const t of talk) if (out.some((o) => String(o.record.date) === t.day)) used.add(t.sentence);
	return {
		sanctions: out.map((o) => ({
			record: o.record,
			confidence: Math.max(0.05, Number(o.confidence.toFixed(2))),
			offsets: o.offsets.map((x) => ({ document: doc.id, ...x })),
			notes: o.notes
		})),
		sentences: used,
		newTargets
	};
}
