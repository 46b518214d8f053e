/**
 * Sanctions: a sentence that reports a measure taken — an executive order, a designation,
 * "sanctions targeting ..." — in the past tense. From it: the date, the action, the issuing
 * body (the government body named before the verb; the President for an executive order),
 * the instrument ("Executive Order 13808", "Designation under Executive Order 13850"), the
 * Federal Register citation, the orders a designation was made under, the target country
 * (the first country named that is not the issuer's), the sectors its words name and the
 * entities it names as targets.
 *
 * "It was announced on 9 March 2015." after a measure gives that measure's announcement date.
 */
import type { RawSanction } from '../data/schema.ts';
import type { Sector } from '../data/types.ts';
import { type Analysis } from './analyse.ts';
import { fold, type Mention } from './mentions.ts';
import { pastActionAt } from './text.ts';
import { Ids, titleFrom, type Candidate, type ExtractContext } from './types.ts';

const ORDER = /\bExecutive Orders?\s+(\d{4,5})(?:\s+and\s+(\d{4,5}))?/g;
const MEASURE = /\b(?:Executive Orders?\s+\d{4,5}|sanction(?:s|ed)|embargo\w*)\b/i;
const DESIGNATED = /\bdesignat(?:ed|es|ing|ion)\b/i;
/** "designated" is a sanctions word only beside the words of blocking ("designated as representatives" is not). */
const BLOCKING = /\b(?:OFAC|Office of Foreign Assets Control|Treasury|block(?:ed|ing)|blocked property|Specially Designated|under Executive Orders?)\b/i;
const TRIGGER = { test: (s: string) => MEASURE.test(s) || (DESIGNATED.test(s) && BLOCKING.test(s)), exec: (s: string) => MEASURE.exec(s) ?? DESIGNATED.exec(s) };
const CITATION = /\b\d+\s+FR\s+\d+\b/;
const ANNOUNCED = /\b(?:was|were)\s+announced\b/i;
const BLOCKED_AMOUNT = /\bblock\w*\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?((?:US\s?)?\$\s?\d[\d,.]*\s*(?:billion|million|thousand)?)/i;

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

export function extractSanctions(analysis: Analysis, ctx: ExtractContext, ids: Ids, skip: ReadonlySet<number>): { sanctions: Candidate<RawSanction>[]; sentences: Set<number> } {
	const doc = analysis.document;
	const text = doc.text;
	const gaz = analysis.gazetteer;
	const out: { record: Candidate<RawSanction>['record']; offsets: { start: number; end: number }[]; notes: string[]; confidence: number }[] = [];
	const used = new Set<number>();
	const byInstrument = new Map(ctx.sanctions.map((s) => [s.instrument, s.id]));

	for (const info of analysis.sentences) {
		const s = info.sentence;
		if (skip.has(s.index) || s.quoted) continue;
		const prev = out[out.length - 1];
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
		if (!TRIGGER.test(s.text) || pastActionAt(s.tokens) < 0) continue;
		used.add(s.index);
		const orders = [...s.text.matchAll(ORDER)].flatMap((m) => [m[1], m[2]]).filter((n): n is string => !!n);
		const designation = DESIGNATED.test(s.text) && BLOCKING.test(s.text);
		const action = designation ? 'designation' : orders.length ? 'executive-order' : 'designation';
		const triggerAt = s.start + (DESIGNATED.exec(s.text)?.index ?? TRIGGER.exec(s.text)?.index ?? 0);
		const government = (m: Mention) => m.entityType === 'government';
		let issuer: string | null = null;
		if (action === 'executive-order') issuer = info.mentions.find((m) => m.entity && /President/.test(m.text))?.entity ?? gaz.byName('the President')?.id ?? null;
		else issuer = info.mentions.filter((m) => m.entity && government(m) && m.end <= triggerAt).pop()?.entity ?? null;
		// "US sanctions": the issuer is the named country's government.
		const namedIssuer = issuer ? null : (info.mentions.find((m) => m.country && m.start <= triggerAt + 40)?.country ?? null);
		if (namedIssuer) issuer = gaz.governmentOf(namedIssuer);
		const issuerCountry = (issuer ? gaz.entities.get(issuer)?.country : null) ?? namedIssuer;
		const issuerShort = issuer ? gaz.shortName(issuer) : null;
		let instrument: string;
		if (action === 'executive-order') instrument = `Executive Order ${orders[0]}`;
		else if (orders.length && /\bunder\b/i.test(s.text))
			instrument = orders.length > 1 ? `Designations under Executive Orders ${orders.slice(0, -1).join(', ')} and ${orders[orders.length - 1]}` : `Designation under Executive Order ${orders[0]}`;
		else if (designation) instrument = `${issuerShort ?? 'US'} designation`;
		else instrument = /(?:(?:\b[\p{L}-]+\s+){0,2})(?:sanctions|embargo)\b/iu.exec(s.text)?.[0] ?? 'sanctions';
		const authority = action === 'designation' ? orders.map((n) => byInstrument.get(`Executive Order ${n}`) ?? out.find((o) => o.record.instrument === `Executive Order ${n}`)?.record.id).filter((x): x is string => !!x) : [];
		const entityCountry = (m: Mention) => (m.entity ? (gaz.entities.get(m.entity)?.country ?? null) : null);
		const target =
			info.mentions.find((m) => m.country && m.country !== issuerCountry)?.country ??
			info.mentions.map(entityCountry).find((c) => c && c !== issuerCountry) ??
			null;
		const targets = [
			...new Set(
				info.mentions
					.filter((m) => m.entity && m.entity !== issuer && m.entityType !== 'region' && !(m.entityType === 'government' && gaz.entities.get(m.entity)?.country === issuerCountry))
					.map((m) => m.entity as string)
			)
		];
		// Sectors from the sentence's words and from the names of its targets ("Petróleos de Venezuela").
		const words = fold([s.text, ...targets.map((t) => gaz.entities.get(t)?.name ?? '')].join(' '));
		const sectors = [...new Set(SECTOR_WORDS.filter(([re]) => re.test(words)).map(([, sector]) => sector))];
		const date = info.dates.find((d) => d.value.precision === 'day') ?? info.dates[0] ?? null;
		const citation = CITATION.exec(s.text)?.[0];
		const blocked = BLOCKED_AMOUNT.exec(s.text)?.[1];
		const notes: string[] = [];
		let confidence = 0.85;
		if (!date) {
			confidence = 0.3;
			notes.push('The text gives no date for this measure: set date.');
		} else if (date.value.precision !== 'day') {
			confidence -= 0.2;
			notes.push(`Dated only to the ${date.value.precision}.`);
		}
		if (!orders.length && !designation) {
			confidence -= 0.1;
			notes.push('No legal instrument named: instrument is the words of the text.');
		}
		if (!issuer) notes.push('No issuing body found: set issuer.');
		if (!target) notes.push('No target country found: set target_country.');
		if (!sectors.length) notes.push('No sector named: set sectors.');
		const idParts =
			action === 'executive-order'
				? ['eo', orders[0]]
				: [issuerShort && issuerShort.length <= 12 ? issuerShort : 'sanction', date?.value.spec, targets[0] ? gaz.shortName(targets[0]) : sectors[0]];
		const record: Candidate<RawSanction>['record'] = {
			id: ids.take(...idParts),
			title: titleFrom(s.text),
			...(date ? { date: date.value.spec } : {}),
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
			evidence: [{ document: doc.id, quote: s.text, ...(date?.relative ? { reported_as: date.phrase } : {}) }]
		};
		const offsets = [{ start: s.start, end: s.end }];
		out.push({ record, offsets, notes, confidence });
	}
	return {
		sanctions: out.map((o) => ({
			record: o.record,
			confidence: Math.max(0.05, Number(o.confidence.toFixed(2))),
			offsets: o.offsets.map((x) => ({ document: doc.id, ...x })),
			notes: o.notes
		})),
		sentences: used
	};
}
