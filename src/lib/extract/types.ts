/**
 * What extraction proposes: candidate records in the curated format (so an accepted one is
 * copied over as it stands), each with its confidence, the offsets of its quotes and notes
 * for the reviewer.
 */
import type { RawEntity, RawEvent, RawLoan, RawSanction, RawSeries } from '../data/schema.ts';
import type { SourceDocument } from '../data/types.ts';

/** A record that may still lack fields the reviewer must supply (a sanction with no date). */
export type Draft<R> = { [K in keyof R]?: R[K] } & { id: string };

export interface Offsets {
	readonly document: string;
	readonly start: number;
	readonly end: number;
}

export interface Candidate<R> {
	readonly record: Draft<R>;
	/** 0..1: how far the rules that produced it can be trusted. */
	readonly confidence: number;
	/** Where each evidence quote stands, in the order of `record.evidence`. */
	readonly offsets: readonly Offsets[];
	readonly notes: readonly string[];
}

/** A curated entity named in the document. */
export interface KnownEntity {
	readonly id: string;
	readonly name: string;
	/** The first mention. */
	readonly quote: string;
	readonly start: number;
	readonly end: number;
	readonly count: number;
}

export interface Extraction {
	readonly document: SourceDocument;
	readonly known: readonly KnownEntity[];
	readonly entities: readonly Candidate<RawEntity>[];
	readonly series: readonly Candidate<RawSeries>[];
	readonly loans: readonly Candidate<RawLoan>[];
	readonly sanctions: readonly Candidate<RawSanction>[];
	readonly events: readonly Candidate<RawEvent>[];
}

export interface ExtractContext {
	/** This document, and any others that may pin dates it gives loosely (none when it is read alone). */
	readonly documents: readonly SourceDocument[];
	readonly entities: readonly RawEntity[];
	readonly series: readonly RawSeries[];
	/** Curated sanctions, so that a designation can cite the order it was made under. */
	readonly sanctions: readonly { id: string; instrument: string }[];
	/** Every id in use, so that no candidate takes one. */
	readonly existingIds: ReadonlySet<string>;
}

/** Record ids: lower-case words joined by hyphens, unique against what exists. */
export class Ids {
	private readonly taken: Set<string>;
	constructor(existing: Iterable<string>) {
		this.taken = new Set(existing);
	}
	take(...parts: (string | number | null | undefined)[]): string {
		const base =
			parts
				.filter((p) => p !== null && p !== undefined && p !== '')
				.join('-')
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '')
				.replace(/-{2,}/g, '-') || 'candidate';
		let id = base;
		for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
		this.taken.add(id);
		return id;
	}
}

/** A quote as a title: whitespace collapsed, cut at a word before `max` characters. */
export function titleFrom(text: string, max = 120): string {
	const t = text
		.replace(/\s+/g, ' ')
		.replace(/^[\s,;:—–“”"‘’]+|[\s,;:—–]+$/g, '')
		.trim();
	if (t.length <= max) return t.charAt(0).toUpperCase() + t.slice(1);
	const cut = t.slice(0, max).replace(/\s+\S*$/, '');
	return `${cut.charAt(0).toUpperCase()}${cut.slice(1)}…`;
}
