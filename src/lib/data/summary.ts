/**
 * What `npm run data:check` prints: counts, coverage by document and date precision, the
 * loan claims that disagree (the same quantity, different figures: see quantity.ts) and the
 * entities no record uses.
 */
import { formatUsd } from './money.ts';
import { quantityGroups } from './quantity.ts';
import type { Dataset, EvidencedRecord, LoanClaim, Series } from './types.ts';

export interface Disagreement {
	borrower: string;
	measure: LoanClaim['measure'];
	claims: { id: string; series: string; amount: string; period: string; superseded: boolean }[];
}

export interface Summary {
	counts: Record<string, number>;
	byDocument: Record<string, Record<string, number>>;
	byPrecision: Record<string, number>;
	disagreements: Disagreement[];
	/** Entities that no record names (as lender, borrower, issuer, target, actor or publisher). */
	unusedEntities: string[];
}

export function evidencedRecords(ds: Dataset): EvidencedRecord[] {
	return [...ds.loans, ...ds.sanctions, ...ds.events, ...ds.eras];
}

export function borrowerName(ds: Dataset, l: LoanClaim): string {
	if (l.borrower) return l.borrower.name;
	return ds.entities.find((e) => e.id === l.borrowerRegion)?.name ?? l.borrowerRegion ?? '?';
}

export function periodLabel(l: LoanClaim): string {
	return l.period?.label ?? `“${l.periodAsReported ?? ''}” (as reported)`;
}

/** Every entity id a record names. */
export function usedEntityIds(ds: Dataset): Set<string> {
	const used = new Set<string>();
	const add = (id: string | null | undefined) => id && used.add(id);
	for (const l of ds.loans) [l.lenderEntity, l.borrowerRegion].forEach(add);
	for (const s of ds.sanctions) [s.issuer, ...s.targets].forEach(add);
	for (const e of ds.events) e.actors.forEach(add);
	for (const s of ds.series) add(s.publisher);
	return used;
}

export function summarize(ds: Dataset): Summary {
	const counts = {
		documents: ds.documents.length,
		entities: ds.entities.length,
		series: ds.series.length,
		loans: ds.loans.length,
		sanctions: ds.sanctions.length,
		events: ds.events.length,
		eras: ds.eras.length
	};
	const byDocument: Summary['byDocument'] = {};
	for (const d of ds.documents) byDocument[d.id] = {};
	for (const r of evidencedRecords(ds)) {
		for (const doc of new Set(r.evidence.map((e) => e.document))) {
			const row = (byDocument[doc] ??= {});
			row[r.type] = (row[r.type] ?? 0) + 1;
		}
	}
	const byPrecision: Record<string, number> = {};
	const dates = [
		...ds.events.map((e) => e.date),
		...ds.sanctions.map((s) => s.date),
		...ds.eras.map((e) => e.start),
		...ds.loans.map((l) => l.period)
	];
	for (const d of dates) {
		const key = d ? d.precision : 'as reported';
		byPrecision[key] = (byPrecision[key] ?? 0) + 1;
	}
	const seriesById = new Map<string, Series>(ds.series.map((s) => [s.id, s]));
	const quantity = quantityGroups(ds.loans);
	const groups = new Map<number, LoanClaim[]>();
	for (const l of ds.loans) {
		const key = quantity.get(l.id) ?? -1;
		groups.set(key, [...(groups.get(key) ?? []), l]);
	}
	const disagreements: Disagreement[] = [];
	for (const claims of groups.values()) {
		const first = claims[0];
		if (!first || new Set(claims.map((c) => c.amountUsd)).size < 2) continue;
		disagreements.push({
			borrower: borrowerName(ds, first),
			measure: first.measure,
			claims: claims.map((c) => ({
				id: c.id,
				series: seriesById.get(c.series)?.short ?? c.series,
				amount: c.amountUsd ? formatUsd(c.amountUsd) : 'none',
				period: periodLabel(c),
				superseded: c.supersededBy.length > 0
			}))
		});
	}
	const used = usedEntityIds(ds);
	const unusedEntities = ds.entities.filter((e) => !used.has(e.id)).map((e) => e.id);
	return { counts, byDocument, byPrecision, disagreements, unusedEntities };
}
