/**
 * Debt owed to China against other creditors over time (World Bank IDS, end-of-year stocks
 * in current US dollars) for one African debtor or the aggregate. Stocks, not flows: never
 * drawn on one axis with commitments.
 */
import { attribution } from '../tables/publish.ts';
import { TABLE_IDS, WORLD_BANK_AGGREGATES } from '../tables/mappings.ts';
import { CREDITORS, type CellEvidence, type Creditor } from '../tables/types.ts';
import type { Dataset } from '../types.ts';

export const DEBT_AGGREGATE = WORLD_BANK_AGGREGATES[0];

export interface DebtYear {
	readonly year: number;
	/** By creditor group; null where the table has no row. */
	readonly stocks: Readonly<Record<Creditor, number | null>>;
	readonly evidence: readonly CellEvidence[];
	/** China's share (bilateral and private) of the debt stock, where every group is given. */
	readonly chinaShare: number | null;
}

export interface DebtView {
	readonly chart: 'debt-to-china';
	readonly title: string;
	readonly subtitle: string;
	readonly unit: 'current US$';
	readonly debtor: string;
	readonly debtors: readonly { readonly code: string | null; readonly name: string }[];
	readonly years: readonly DebtYear[];
	readonly sourceLine: string;
}

/** `debtor`: an ISO code, or null for the aggregate "Africa (excluding high income)". */
export function debtView(ds: Dataset, debtor: string | null): DebtView | null {
	const t = ds.tables;
	const rows = t.debt.filter((d) => (debtor ? d.debtor === debtor : d.debtorName === DEBT_AGGREGATE));
	if (!rows.length) return null;
	const byYear = new Map<number, DebtYear>();
	for (const r of rows) {
		const y = byYear.get(r.year) ?? { year: r.year, stocks: { 'china-bilateral': null, 'china-private': null, other: null }, evidence: [], chinaShare: null };
		byYear.set(r.year, { ...y, stocks: { ...y.stocks, [r.creditor]: r.usd }, evidence: [...y.evidence, r.evidence] });
	}
	const years = [...byYear.values()]
		.sort((a, b) => a.year - b.year)
		.map((y) => {
			const all = CREDITORS.map((c) => y.stocks[c]);
			const total = all.every((v) => v !== null) ? all.reduce((a, v) => a! + v!, 0)! : null;
			const china = (y.stocks['china-bilateral'] ?? 0) + (y.stocks['china-private'] ?? 0);
			return { ...y, chinaShare: total ? china / total : null };
		});
	const debtors = [...new Map(t.debt.map((d) => [d.debtorName, d.debtor])).entries()]
		.filter(([name, code]) => code || name === DEBT_AGGREGATE)
		.map(([name, code]) => ({ code, name }))
		.sort((a, b) => (a.code === null ? -1 : b.code === null ? 1 : a.name.localeCompare(b.name)));
	const name = rows[0]!.debtorName;
	return {
		chart: 'debt-to-china',
		title: `External debt owed to China and to other creditors: ${name}`,
		subtitle: 'Public and publicly guaranteed debt at the end of each year, current US dollars.',
		unit: 'current US$',
		debtor: name,
		debtors,
		years,
		sourceLine: ds.datasets.filter((d) => d.id === TABLE_IDS.debt).map(attribution).join(' ')
	};
}
