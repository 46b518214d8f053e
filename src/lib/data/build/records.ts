/**
 * One builder per record type: each turns the records of its file (already checked against
 * the schema) into the dataset's records, applying the shared field rules and its own, and
 * reports every problem through the rules without stopping.
 */
import type { z } from 'zod';
import { parseUsd } from '../money.ts';
import { supersedingClaims } from '../quantity.ts';
import type { entitySchema, eraSchema, eventSchema, loanSchema, sanctionSchema, seriesSchema } from '../schema.ts';
import type { Country } from '../countries.ts';
import type { DateValue } from '../dates.ts';
import type { Entity, Era, LensEvent, LoanClaim, RelatedRecord, Sanction, Series } from '../types.ts';
import type { Item } from './problems.ts';
import type { FieldRules } from './rules.ts';

type Items<S extends z.ZodType> = readonly Item<z.infer<S>>[];

export function buildEntities(entityItems: Items<typeof entitySchema>, rules: FieldRules): Entity[] {
	return entityItems.map((item) => {
		const e = item.value;
		const members = (e.members ?? []).map((c, i) => rules.country(item, ['members', i], c)).filter((c): c is Country => !!c);
		if (e.members && e.type !== 'region') rules.problems.at(item, ['members'], 'only a region has members');
		return {
			id: e.id,
			name: e.name,
			type: e.type,
			country: e.country ? (rules.country(item, ['country'], e.country) ?? null) : null,
			aliases: e.aliases ?? [],
			description: e.description ?? null,
			members,
			origin: rules.origin(item)
		};
	});
}

export function buildSeries(seriesItems: Items<typeof seriesSchema>, rules: FieldRules): Series[] {
	return seriesItems.map((item) => {
		const s = item.value;
		if (s.publisher) rules.ref(item, ['publisher'], s.publisher, 'entity');
		if (!rules.knowsDocument(s.document)) rules.problems.at(item, ['document'], `refers to unknown document "${s.document}"`);
		return {
			id: s.id,
			name: s.name,
			short: s.short,
			publisher: s.publisher ?? null,
			dollars: s.dollars,
			covers: s.covers ?? 'unspecified',
			description: s.description,
			document: s.document,
			evidence: rules.evidence(item, s.evidence, undefined),
			origin: rules.origin(item)
		};
	});
}

/** Loan claims, with their links shown from both ends and what supersedes each. */
export function buildLoans(loanItems: Items<typeof loanSchema>, rules: FieldRules, series: readonly Series[]): LoanClaim[] {
	const seriesById = new Map(series.map((s) => [s.id, s]));
	const loans: LoanClaim[] = loanItems.map((item) => {
		const l = item.value;
		rules.ref(item, ['series'], l.series, 'series');
		if (l.lender_entity) rules.ref(item, ['lender_entity'], l.lender_entity, 'entity');
		if (!l.borrower === !l.borrower_region) {
			rules.problems.at(item, ['borrower'], 'give exactly one of borrower (a country code) or borrower_region (a region entity)');
		}
		if (l.borrower_region) {
			rules.ref(item, ['borrower_region'], l.borrower_region, 'entity', 'region');
			const owner = rules.owners.get(l.borrower_region);
			if (owner?.kind === 'entity' && (owner.item.value as { type?: string }).type !== 'region') {
				rules.problems.at(item, ['borrower_region'], `"${l.borrower_region}" is not an entity of type region`);
			}
		}
		let amountUsd = 0;
		if (l.amount.trim().toLowerCase() !== 'none') {
			const m = parseUsd(l.amount);
			if (!m.ok) rules.problems.at(item, ['amount'], m.error);
			else amountUsd = m.usd;
		}
		const period = l.period !== undefined ? rules.date(item, ['period'], l.period) : undefined;
		if (l.period === undefined && !l.period_as_reported) {
			rules.problems.at(item, ['period'], 'is required unless period_as_reported states the period as the source gives it');
		}
		(l.related ?? []).forEach((r, i) => rules.ref(item, ['related', i, 'record'], r.record, 'loan', 'loan claim'));
		return {
			type: 'loan' as const,
			id: l.id,
			series: l.series,
			lender: rules.country(item, ['lender'], l.lender) as Country,
			lenderEntity: l.lender_entity ?? null,
			borrower: l.borrower ? (rules.country(item, ['borrower'], l.borrower) ?? null) : null,
			borrowerRegion: l.borrower_region ?? null,
			amountText: l.amount,
			amountUsd,
			measure: l.measure,
			dollars: seriesById.get(l.series)?.dollars ?? 'unspecified',
			covers: seriesById.get(l.series)?.covers ?? 'unspecified',
			period: period ?? null,
			periodAsReported: l.period_as_reported ?? null,
			loanCount: l.loan_count ?? null,
			shareOfGdpPercent: l.share_of_gdp_percent ?? null,
			note: l.note ?? null,
			related: (l.related ?? []).map((r) => ({ record: r.record, relation: r.relation, declared: true })),
			supersededBy: [] as string[],
			evidence: rules.evidence(item, l.evidence, period),
			origin: rules.origin(item)
		};
	});
	// Links are declared once and shown from both ends.
	const loanById = new Map(loans.map((l) => [l.id, l]));
	for (const l of loans) {
		for (const r of l.related.filter((x) => x.declared)) {
			const other = loanById.get(r.record);
			if (other && !other.related.some((x) => x.record === l.id)) {
				(other.related as RelatedRecord[]).push({ record: l.id, relation: r.relation, declared: false });
			}
		}
}
for (const l of loans) (l.supersededBy as string[]).push(...supersedingClaims(loans, l.id));

	return loans;
}

export function buildSanctions(sanctionItems: Items<typeof sanctionSchema>, rules: FieldRules): Sanction[] {
	return sanctionItems.map((item) => {
		const s = item.value;
		const d = rules.date(item, ['date'], s.date);
		const announced = s.announced !== undefined ? rules.date(item, ['announced'], s.announced) : undefined;
		if (d && announced && announced.start < d.start) rules.problems.at(item, ['announced'], `is before the measure's date (${d.label})`);
		rules.ref(item, ['issuer'], s.issuer, 'entity');
		const authority = s.authority === 'not stated' ? [] : (s.authority ?? []);
		rules.refs(item, 'authority', authority, 'sanction');
		// A designation is made under some order; where the sources do not name it the record says so.
		if (s.action === 'designation' && s.authority === undefined) {
			rules.problems.at(item, ['authority'], 'a designation needs the orders it was made under, or "not stated" when the sources do not name them');
		}
		if (s.action !== 'designation' && s.authority !== undefined) rules.problems.at(item, ['authority'], 'only a designation is made under other orders');
		rules.refs(item, 'targets', s.targets, 'entity');
		let assetsBlockedUsd: number | null = null;
		if (s.assets_blocked) {
			const m = parseUsd(s.assets_blocked);
			if (!m.ok) rules.problems.at(item, ['assets_blocked'], m.error);
			else assetsBlockedUsd = m.usd;
		}
		return {
			type: 'sanction' as const,
			id: s.id,
			title: s.title,
			date: d as DateValue,
			announced: announced ?? null,
			action: s.action,
			issuer: s.issuer,
			instrument: s.instrument,
			citation: s.citation ?? null,
			authority,
			targetCountry: rules.country(item, ['target_country'], s.target_country) as Country,
			sectors: [...new Set(s.sectors)],
			targets: s.targets ?? [],
			assetsBlockedUsd,
			evidence: rules.evidence(item, s.evidence, d),
			origin: rules.origin(item)
		};
	});
}

/** Events; an event that is part of another lies within its dates. */
export function buildEvents(eventItems: Items<typeof eventSchema>, rules: FieldRules): LensEvent[] {
	const events: LensEvent[] = eventItems.map((item) => {
		const e = item.value;
		const d = rules.date(item, ['date'], e.date);
		rules.refs(item, 'actors', e.actors, 'entity');
		(e.subjects ?? []).forEach((c, i) => {
			if ((e.places ?? []).includes(c)) rules.problems.at(item, ['subjects', i], `"${c}" is already one of the places; subjects are the countries it is about besides where it happened`);
		});
		if (e.part_of) {
			rules.ref(item, ['part_of'], e.part_of, 'event');
			if (e.part_of === e.id) rules.problems.at(item, ['part_of'], 'an event cannot be part of itself');
		}
		return {
			type: 'event' as const,
			id: e.id,
			title: e.title,
			kind: e.kind,
			date: d as DateValue,
			dateNote: e.date_note ?? null,
			actors: e.actors ?? [],
			places: (e.places ?? []).map((c, i) => rules.country(item, ['places', i], c)).filter((c): c is Country => !!c),
			subjects: (e.subjects ?? []).map((c, i) => rules.country(item, ['subjects', i], c)).filter((c): c is Country => !!c),
			location: e.location ?? null,
			partOf: e.part_of ?? null,
			evidence: rules.evidence(item, e.evidence, d),
			origin: rules.origin(item)
		};
	});
	const eventById = new Map(events.map((e) => [e.id, e]));
	for (const item of eventItems) {
		const parent = item.value.part_of ? eventById.get(item.value.part_of) : undefined;
		const child = eventById.get(item.value.id);
		if (parent?.date && child?.date && (child.date.start < parent.date.start || child.date.end > parent.date.end)) {
			rules.problems.at(item, ['date'], `${child.date.label} lies outside the event it is part of, "${parent.id}" (${parent.date.label})`);
		}
}

	return events;
}

export function buildEras(eraItems: Items<typeof eraSchema>, rules: FieldRules): Era[] {
	return eraItems.map((item) => {
		const e = item.value;
		const start = rules.date(item, ['start'], e.start);
		const end = e.end !== undefined ? rules.date(item, ['end'], e.end) : undefined;
		if (start && end && end.end < start.start) rules.problems.at(item, ['end'], `is before the era's start (${start.label})`);
		return {
			type: 'era' as const,
			id: e.id,
			label: e.label,
			start: start as DateValue,
			end: end ?? null,
			evidence: rules.evidence(item, e.evidence, start),
			origin: rules.origin(item)
		};
	});
}
