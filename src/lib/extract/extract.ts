/**
 * Candidate records from one document: loans, sanctions, events, and the entities it names.
 * Reads the document and the curated entities, series and ids (to link to them and not to
 * reuse them). Every date comes from the document's words and publication date; the other
 * documents in `ctx.documents`, if any, can only narrow a date it gives loosely and are
 * cited when they do (evaluation passes none of them: see evaluate.ts).
 * Curated loans, sanctions and events are never read, so evaluating against them is fair.
 */
import type { RawEntity } from '../data/schema.ts';
import type { SourceDocument } from '../data/types.ts';
import { analyse, type Analysis } from './analyse.ts';
import { draftEvents, extractEvents, poolOf } from './events.ts';
import { extractLoans } from './loans.ts';
import { Gazetteer, newNames } from './mentions.ts';
import { extractSanctions } from './sanctions.ts';
import { Ids, type Candidate, type ExtractContext, type Extraction, type KnownEntity } from './types.ts';

/** Loans and sanctions first: a sanction's sentence and a loan's amount are not proposed again as events. */
function claimed(analysis: Analysis, ctx: ExtractContext, ids: Ids) {
	const loans = extractLoans(analysis, ctx, ids);
	const sanctions = extractSanctions(analysis, ctx, ids, loans.sentences);
	return {
		loans,
		sanctions,
		skip: { sentences: sanctions.sentences, spans: loans.amounts },
		newTargets: sanctions.newTargets
	};
}

/** How far a long extraction has got: the stage, and the share of it done (0..1). */
export type Progress = (p: { stage: string; done: number }) => void;

export function extract(document: SourceDocument, ctx: ExtractContext, progress?: Progress): Extraction {
	const gazetteer = new Gazetteer(ctx.entities);
	const analysis = analyse(
		document,
		gazetteer,
		progress ? (done) => progress({ stage: 'reading sentences', done }) : undefined
	);
	progress?.({ stage: 'relating mentions', done: 1 });
	const ids = new Ids(ctx.existingIds);
	const { loans, sanctions, skip, newTargets } = claimed(analysis, ctx, ids);

	const pool = ctx.documents
		.filter((d) => d.id !== document.id)
		.flatMap((other) => {
			const a = analyse(other, gazetteer);
			return poolOf(a, draftEvents(a, claimed(a, ctx, new Ids([])).skip));
		});
	const events = extractEvents(analysis, skip, pool, ids);

	const byId = new Map<string, KnownEntity>();
	const spans = analysis.sentences.flatMap((s) => s.mentions);
	for (const m of spans) {
		if (!m.entity) continue;
		const prior = byId.get(m.entity);
		if (prior) byId.set(m.entity, { ...prior, count: prior.count + 1 });
		else
			byId.set(m.entity, {
				id: m.entity,
				name: gazetteer.entities.get(m.entity)?.name ?? m.text,
				quote: m.text,
				start: m.start,
				end: m.end,
				count: 1
			});
	}

	// The new names sanctions target come first, under the ids their records already use.
	const entities: Candidate<RawEntity>[] = newTargets.map((t) => ({
		record: {
			id: t.id,
			name: t.name,
			type: /\b(?:S\.A|Inc|Ltd|Corp|Corporation|Company|Co|Trading|Group|Holdings)\b/.test(t.name)
				? 'company'
				: 'person'
		},
		confidence: 0.5,
		offsets: [{ document: document.id, start: t.start, end: t.end }],
		notes: ['A new name a sanction targets: check the type, add country, aliases and a description.']
	}));
	const seen = new Set<string>(newTargets.map((t) => t.name));
	for (const s of analysis.sentences) {
		for (const n of newNames(document.text, s.sentence, spans, s.sentence.tokens)) {
			if (seen.has(n.text)) continue;
			seen.add(n.text);
			entities.push({
				record: { id: ids.take(n.text), name: n.text, type: n.type },
				confidence: n.type === 'person' ? 0.5 : 0.4,
				offsets: [{ document: document.id, start: n.start, end: n.end }],
				notes: ['A name no curated entity has: check the type, add country, aliases and a description.']
			});
		}
	}

	return {
		document,
		known: [...byId.values()].sort((a, b) => a.start - b.start),
		entities,
		series: loans.series,
		loans: loans.loans,
		sanctions: sanctions.sanctions,
		events
	};
}
