/**
 * Which loan claims report the same quantity, and which are only figures for the same
 * borrower with a different scope. The one rule every comparison uses (data:check's
 * disagreements, the record page, the headline, the lending chart):
 *
 *   two claims report the same quantity when they are linked `same-quantity` or
 *   `revision-of` (a later release's figure for the quantity an earlier one gave), or when
 *   lender, borrower, measure, exact period and dollar basis all agree.
 *
 * Everything else about the same borrower is a related figure with a different scope: a
 * database total for other years, all official finance against loans alone, a debt stock
 * against new lending, constant against nominal dollars.
 *
 * A claim is superseded when a later release revises it, or revises a total it is part of.
 * Both are derived from the links declared in `data/records/loans.yaml`, never typed by hand.
 */
import type { LoanClaim } from './types.ts';
import { COVERS_WORDS, DOLLAR_SHORT, MEASURE_VERB } from './words.ts';

/** The fields the rule compares; a claim, or any object carrying them (tests, candidates). */
export type QuantityFields = Pick<
	LoanClaim,
	'id' | 'lender' | 'lenderEntity' | 'borrower' | 'borrowerRegion' | 'measure' | 'period' | 'dollars' | 'related'
>;

/** Who borrowed: a country code or a region entity id. */
export function borrowerKey(l: Pick<LoanClaim, 'borrower' | 'borrowerRegion'>): string {
	return l.borrower?.code ?? l.borrowerRegion ?? '';
}

function linked(a: QuantityFields, b: QuantityFields): boolean {
	const link = (x: QuantityFields, y: QuantityFields) =>
		x.related.some((r) => r.record === y.id && (r.relation === 'same-quantity' || r.relation === 'revision-of'));
	return link(a, b) || link(b, a);
}

/** Lender, borrower, measure, exact period and dollar basis all agree. */
function sameScope(a: QuantityFields, b: QuantityFields): boolean {
	return (
		a.lender.code === b.lender.code &&
		a.lenderEntity === b.lenderEntity &&
		borrowerKey(a) === borrowerKey(b) &&
		a.measure === b.measure &&
		// A period given only in words ("over the past decade") is no exact period: only a link says what it matches.
		!!a.period &&
		a.period.iso === b.period?.iso &&
		a.dollars === b.dollars
	);
}

/** The rule itself, for two claims. */
export function reportSameQuantity(a: QuantityFields, b: QuantityFields): boolean {
	return a.id === b.id || linked(a, b) || sameScope(a, b);
}

const groups = new WeakMap<readonly QuantityFields[], Map<string, number>>();

/**
 * Each claim's quantity: claims in one group report the same quantity, directly or through a
 * chain of links (a news figure linked to a database total that a later release revised).
 */
export function quantityGroups(loans: readonly QuantityFields[]): Map<string, number> {
	const cached = groups.get(loans);
	if (cached) return cached;
	const parent = loans.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
	for (let i = 0; i < loans.length; i++) {
		for (let j = i + 1; j < loans.length; j++) {
			if (reportSameQuantity(loans[i] as QuantityFields, loans[j] as QuantityFields)) parent[find(j)] = find(i);
		}
	}
	const out = new Map(loans.map((l, i) => [l.id, find(i)]));
	groups.set(loans, out);
	return out;
}

/** The other claims reporting the quantity `l` reports (itself left out), in dataset order. */
export function sameQuantityClaims<T extends QuantityFields>(loans: readonly T[], l: QuantityFields): T[] {
	const g = quantityGroups(loans);
	const mine = g.get(l.id);
	return loans.filter((c) => c.id !== l.id && mine !== undefined && g.get(c.id) === mine);
}

/** Claims for the same borrower that report another quantity: a different scope. */
export function differentScopeClaims<T extends QuantityFields>(loans: readonly T[], l: QuantityFields): T[] {
	const g = quantityGroups(loans);
	return loans.filter((c) => borrowerKey(c) === borrowerKey(l) && g.get(c.id) !== g.get(l.id));
}

/**
 * The claims that supersede `id`: those declared as its revision, and those revising a total
 * it is part of (at any depth). Used when the dataset is built.
 */
export function supersedingClaims(loans: readonly Pick<LoanClaim, 'id' | 'related'>[], id: string): string[] {
	const byId = new Map(loans.map((l) => [l.id, l]));
	const out = new Set<string>();
	const seen = new Set<string>();
	const visit = (claimId: string) => {
		if (seen.has(claimId)) return;
		seen.add(claimId);
		const c = byId.get(claimId);
		if (!c) return;
		for (const r of c.related) {
			// Declared on the other claim: "X revision-of this" reads here as revised by X.
			if (r.relation === 'revision-of' && !r.declared) out.add(r.record);
			// Declared here: this is part of a total; whatever revises the total revises this.
			if (r.relation === 'part-of' && r.declared) visit(r.record);
		}
	};
	visit(id);
	return [...out];
}

export function isSuperseded(l: Pick<LoanClaim, 'supersededBy'>): boolean {
	return l.supersededBy.length > 0;
}

/**
 * Whether `a` should stand for a borrower before `b` where one figure is shown (a bar, a map
 * shade, a headline): a current figure before a superseded one, then the larger.
 */
export function shownBefore(a: Pick<LoanClaim, 'supersededBy' | 'amountUsd'>, b: Pick<LoanClaim, 'supersededBy' | 'amountUsd'>): boolean {
	const sa = isSuperseded(a);
	const sb = isSuperseded(b);
	return sa !== sb ? !sa : a.amountUsd > b.amountUsd;
}

// --- Scope in words ---------------------------------------------------------------------------

/** What the figure is a figure of, as a headline names it: never "lending" for a stock or a swap. */
export function quantityNoun(l: Pick<LoanClaim, 'measure' | 'covers'>): string {
	if (l.measure === 'debt-stock') return 'Debt owed to China';
	if (l.covers === 'official-finance') return 'Chinese official finance';
	if (l.covers === 'unspecified') return 'Chinese finance';
	return 'Chinese lending';
}

/** "the past decade" stays in quotes: the source's words, not a period. */
function periodWords(l: Pick<LoanClaim, 'period' | 'periodAsReported'>): string {
	return l.period?.label ?? `“${l.periodAsReported ?? ''}” (as reported)`;
}

/** Measure, period and basis: "committed 2005–2017, nominal US$". */
export function scopeLine(l: Pick<LoanClaim, 'measure' | 'period' | 'periodAsReported' | 'dollars'>): string {
	return `${MEASURE_VERB[l.measure]} ${periodWords(l)}, ${DOLLAR_SHORT[l.dollars]}`;
}

/** The whole scope, what it includes too: "committed 2000–2021, constant 2021 US$; all official finance: …". */
export function scopeInWords(l: Pick<LoanClaim, 'measure' | 'period' | 'periodAsReported' | 'dollars' | 'covers'>): string {
	return `${scopeLine(l)}; ${COVERS_WORDS[l.covers]}`;
}

