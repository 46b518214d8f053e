/**
 * One project's page: what AidData says of it, the cell each field was read from, and the
 * other figures for its recipient country, each with its release, dollar basis and measure,
 * side by side and never added together.
 */
import { countryByCode } from '../countries.ts';
import { formatUsd } from '../money.ts';
import { amountLabel } from '../records.ts';
import { recordHref } from '../urls.ts';
import { periodLabel } from '../summary.ts';
import type { Dataset } from '../types.ts';
import { TABLE_IDS } from './mappings.ts';
import { attribution } from './publish.ts';
import type { CellEvidence, Project } from './types.ts';

export interface OtherFigure {
	readonly label: string;
	readonly value: string;
	/** Release, dollar basis and measure, in words. */
	readonly basis: string;
	readonly href: string | null;
}

export interface ProjectView {
	readonly project: Project;
	readonly country: string | null;
	readonly amounts: readonly { readonly label: string; readonly value: string }[];
	readonly cells: readonly CellEvidence[];
	readonly others: readonly OtherFigure[];
	readonly source: string;
	readonly citation: string;
	readonly tableHref: string;
}

const DOLLARS_WORDS: Record<string, string> = {
	nominal: 'nominal US dollars',
	'constant-2021': 'constant 2021 US dollars',
	unspecified: 'US dollars, basis not given'
};

export function projectView(ds: Dataset, id: string): ProjectView | null {
	const t = ds.tables;
	const project = t.projects.find((p) => p.id === id);
	const doc = ds.datasets.find((d) => d.id === TABLE_IDS.projects);
	if (!project || !doc) return null;
	const code = project.recipient;
	const c = code ? countryByCode(code) : null;
	const country = c?.ok ? c.value.name : null;
	const amounts = [
		{ label: 'Amount in the original currency', value: project.amount === null ? 'not given' : `${project.amount.toLocaleString('en-US')} ${project.currency ?? '(currency not given)'}` },
		{ label: 'Constant 2014 US dollars', value: project.usd2014 === null ? 'not given' : `${formatUsd(project.usd2014)} ($${project.usd2014.toLocaleString('en-US')})` },
		{ label: 'Nominal US dollars of the commitment year', value: project.usdCurrent === null ? 'not given' : `${formatUsd(project.usdCurrent)} ($${project.usdCurrent.toLocaleString('en-US')})` }
	];
	const others: OtherFigure[] = [];
	if (code) {
		const gcof = t.projects.filter((p) => p.recipient === code && p.recommended);
		const gcofUsd = gcof.reduce((a, p) => a + (p.usd2014 ?? 0), 0);
		others.push({
			label: `All ${gcof.length} projects with ${country ?? code} that AidData counts, 2000–2014`,
			value: formatUsd(gcofUsd),
			basis: 'AidData GCOF 1.0, constant 2014 US dollars, commitments',
			href: `/projects?country=${code}&recommended=yes`
		});
		const total = t.countryTotals.find((x) => x.country === code);
		if (total) {
			others.push({ label: `Chinese official finance committed to ${total.name}, 2000–2021`, value: formatUsd(total.usd), basis: 'AidData GCDF 3.0, constant 2021 US dollars, commitments', href: null });
		}
		for (const l of ds.loans.filter((l) => l.borrower?.code === code)) {
			const series = ds.series.find((s) => s.id === l.series);
			others.push({
				label: `${series?.name ?? l.series}, ${periodLabel(l)}`,
				value: amountLabel(l),
				basis: `${DOLLARS_WORDS[l.dollars] ?? l.dollars}, ${l.measure.replace('-', ' ')}`,
				href: recordHref(l.id)
			});
		}
		const debt = t.debt.filter((d) => d.debtor === code && d.creditor === 'china-bilateral');
		const latest = debt.reduce<(typeof debt)[number] | null>((a, d) => (!a || d.year > a.year ? d : a), null);
		if (latest) {
			others.push({ label: `Debt owed to China (bilateral) at the end of ${latest.year}`, value: formatUsd(latest.usd), basis: 'World Bank IDS, current US dollars, debt stock', href: null });
		}
	}
	return {
		project,
		country,
		amounts,
		cells: Object.values(project.evidence),
		others,
		source: attribution(doc),
		citation: doc.citation,
		tableHref: `/api/v1/tables/${TABLE_IDS.projects}.json?per=1&page=${project.row}`
	};
}
