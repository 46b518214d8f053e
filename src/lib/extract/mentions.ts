/**
 * Names in prose: curated entities by name and alias, countries by their ISO names
 * (i18n-iso-countries, through countryByName) and by demonym ("Venezuelan", "Chinese", from
 * the world-countries data set). Matching is case-sensitive, accent- and apostrophe-
 * insensitive ("Guaido" finds "Guaidó", "Pentagon's" finds "Pentagon’s"), on whole words,
 * longest name first. A name that is both an entity alias and a country ("Russia") yields
 * one mention carrying both.
 *
 * Names no curated entity has are proposed from compromise's people and organisations.
 */
import nlp from 'compromise';
import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import { countryByCode, countryByName } from '../data/countries.ts';
import type { RawEntity } from '../data/schema.ts';
import type { EntityType } from '../data/types.ts';
import type { Token } from './nlp.ts';
import type { Span } from './text.ts';

export interface Mention extends Span {
	readonly text: string;
	/** Curated entity id, when the name is one of an entity's. */
	readonly entity: string | null;
	readonly entityType: EntityType | null;
	/** ISO 3166-1 alpha-3 code, when the name is a country's name or demonym. */
	readonly country: string | null;
	readonly demonym: boolean;
}

interface Entry {
	entity: string | null;
	entityType: EntityType | null;
	country: string | null;
	demonym: boolean;
}

/** One character for one character, so offsets in the folded text are offsets in the original. */
export function fold(text: string): string {
	let out = '';
	for (const ch of text) {
		if (ch.length > 1) {
			out += ch;
			continue;
		}
		const base = ch.normalize('NFD')[0] ?? ch;
		out += base === '’' || base === '‘' ? "'" : base === '“' || base === '”' ? '"' : base;
	}
	return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let countryEntries: Map<string, Entry> | undefined;

/** Country names (every English name and alias in the ISO list) and unambiguous demonyms. */
function countryNames(): Map<string, Entry> {
	if (countryEntries) return countryEntries;
	const map = new Map<string, Entry>();
	for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
		for (const name of names) {
			const c = countryByName(name);
			if (c && name.length >= 2 && !name.includes(','))
				map.set(fold(name), { entity: null, entityType: null, country: c.code, demonym: false });
		}
	}
	// A demonym shared by several countries ("American", "Congolese") names none of them.
	const demonyms = new Map<string, Set<string>>();
	for (const c of worldCountries) {
		for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
			if (!d) continue;
			const set = demonyms.get(d) ?? new Set<string>();
			set.add(c.cca3);
			demonyms.set(d, set);
		}
	}
	for (const [d, codes] of demonyms) {
		const [code] = [...codes];
		if (codes.size === 1 && code && countryByCode(code).ok && !map.has(fold(d))) {
			map.set(fold(d), { entity: null, entityType: null, country: code, demonym: true });
		}
	}
	countryEntries = map;
	return map;
}

export class Gazetteer {
	private readonly entries = new Map<string, Entry>();
	private readonly pattern: RegExp;
	readonly entities: ReadonlyMap<string, RawEntity>;

	constructor(entities: readonly RawEntity[]) {
		this.entities = new Map(entities.map((e) => [e.id, e]));
		for (const [k, v] of countryNames()) this.entries.set(k, { ...v });
		for (const e of entities) {
			for (const name of [e.name, ...(e.aliases ?? [])]) {
				if (name.trim().length < 2) continue;
				const variants = /^the /.test(name) ? [name, `T${name.slice(1)}`] : [name];
				for (const v of variants) {
					const key = fold(v);
					const prior = this.entries.get(key);
					// The first entity to claim a name keeps it; a country name gains the entity.
					if (prior?.entity) continue;
					this.entries.set(key, {
						entity: e.id,
						entityType: e.type,
						country: prior?.country ?? null,
						demonym: prior?.demonym ?? false
					});
				}
			}
		}
		const keys = [...this.entries.keys()].sort((a, b) => b.length - a.length);
		this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
	}

	/** Every name in `text.slice(span.start, span.end)`, left to right, longest first. */
	find(text: string, span: Span): Mention[] {
		const folded = fold(text.slice(span.start, span.end));
		const out: Mention[] = [];
		for (const m of folded.matchAll(this.pattern)) {
			const e = this.entries.get(m[0]);
			if (!e) continue;
			const start = span.start + (m.index ?? 0);
			const end = start + m[0].length;
			out.push({ start, end, text: text.slice(start, end), ...e });
		}
		return out;
	}

	/** The government entity of a country: the one whose name says "government", if curated. */
	governmentOf(country: string): string | null {
		for (const e of this.entities.values()) {
			if (e.type === 'government' && e.country === country && /\bgovernment\b/i.test(e.name)) return e.id;
		}
		return null;
	}

	/** The shortest of an entity's names ("OFAC", "BANDES"). */
	shortName(id: string): string | null {
		const e = this.entities.get(id);
		return e ? ([e.name, ...(e.aliases ?? [])].sort((a, b) => a.length - b.length)[0] ?? e.name) : null;
	}

	/** An entity by a name or alias exactly (case-insensitive). */
	byName(name: string): RawEntity | undefined {
		const n = fold(name).toLowerCase();
		for (const e of this.entities.values()) {
			if ([e.name, ...(e.aliases ?? [])].some((a) => fold(a).toLowerCase() === n)) return e;
		}
		return undefined;
	}
}

export interface NewName extends Span {
	readonly text: string;
	readonly type: EntityType;
}

/** Titles before a person's name: the name is what follows. */
const HONORIFIC =
	/^(?:(?:Dr|Mr|Mrs|Ms|Adm|Gen|Col|Sen|Rep|Gov|Prof|Rev)\.?|President|Senator|Minister|Ambassador|Admiral|General|Secretary)\s+/;

const ORG_WORDS: [RegExp, EntityType][] = [
	[
		/\b(?:Ministry|Department|Government|Administration|administration|Council|Command|Agency|Assembly|Parliament|Congress|Senate|Office)\b/,
		'government'
	],
	[/\b(?:Inc|Ltd|Corp|Company|S\.A|S\.p\.A|Bank|Banco|Group|Holdings|Shipping)\b/, 'company'],
	[/\b(?:News|Times|Post|Journal|Network|Television|Radio)\b/, 'media']
];

/**
 * People and organisations compromise recognises that no curated name covers: proper names
 * only (every word capitalised), two words or more, or an acronym of three letters or more.
 */
export function newNames(text: string, span: Span, known: readonly Span[], tokens?: readonly Token[]): NewName[] {
	const slice = text.slice(span.start, span.end);
	const out: NewName[] = [];
	const seen = new Set<string>();
	const take = (json: { text: string; offset: { start: number; length: number } }[], type: EntityType) => {
		for (const j of json) {
			let name = j.text
				.replace(/[\s,.;:’'”"—–-]+$/u, '')
				.replace(/^[“"‘'(]+/, '')
				.replace(/[’']s$/, '');
			if (type === 'person') name = name.replace(HONORIFIC, '');
			const words = name.split(/\s+/);
			if (!words.every((w) => /^[\p{Lu}\d]/u.test(w))) continue;
			if (words.length < 2 && !/^\p{Lu}{3,}$/u.test(name)) continue;
			const local = slice.indexOf(name, j.offset.start);
			if (local < 0) continue;
			const start = span.start + local;
			const end = start + name.length;
			if (known.some((k) => k.start < end && start < k.end)) continue;
			if (countryByName(name)) continue;
			if (seen.has(name)) continue;
			seen.add(name);
			const orgType = ORG_WORDS.find(([re]) => re.test(name))?.[1];
			out.push({ start, end, text: name, type: type === 'person' ? 'person' : (orgType ?? 'organisation') });
		}
	};
	if (tokens) {
		// The sentence is tagged already: runs of compromise's Person and Organization tags are its people and organisations, with no second pass.
		take(runsOf(text, span, tokens, 'Person'), 'person');
		take(runsOf(text, span, tokens, 'Organization'), 'organisation');
	} else {
		const view = nlp(slice);
		take(
			view.people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[],
			'person'
		);
		take(
			view.organizations().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[],
			'organisation'
		);
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Consecutive tokens carrying `tag`, as compromise's own matches give them (offsets relative to `span`). */
function runsOf(
	text: string,
	span: Span,
	tokens: readonly Token[],
	tag: string
): { text: string; offset: { start: number; length: number } }[] {
	const out: { text: string; offset: { start: number; length: number } }[] = [];
	let run: Token[] = [];
	const flush = () => {
		const first = run[0];
		const last = run[run.length - 1];
		if (first && last)
			out.push({
				text: text.slice(first.start, last.end),
				offset: { start: first.start - span.start, length: last.end - first.start }
			});
		run = [];
	};
	for (const t of tokens) {
		const joined = run.length > 0 && /^\s*$/.test(text.slice((run[run.length - 1] as Token).end, t.start));
		if (t.tags.has(tag) && (run.length === 0 || joined)) run.push(t);
		else {
			flush();
			if (t.tags.has(tag)) run.push(t);
		}
	}
	flush();
	return out;
}
