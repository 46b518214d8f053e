/**
 * The GCOF 1.0 projects a lending view sums when a lending sector is chosen: those AidData
 * recommends for research (as its own totals and every other GCOF 1.0 figure here), of the
 * chosen sectors, years and flow classes, with a constant-2014 amount. Those without an amount,
 * or without one recipient when the view is by country, are counted so a view can say so.
 */
import { inScope, inYears, type TableScope } from '../tables/scope.ts';
import { inSectors } from '../tables/sectors.ts';
import type { CellEvidence, Project, Tables } from '../tables/types.ts';

/** The project-level cells a sector's sum reads: each project's constant-2014 amount. */
export const AMOUNT_COLUMN = 'usd_defl_2014';

export interface SectorProject {
	readonly project: Project;
	readonly usd: number;
	readonly evidence: CellEvidence;
}

export interface SectorSelection {
	readonly projects: readonly SectorProject[];
	/** Recommended projects otherwise selected that have no constant-2014 amount. */
	readonly withoutAmount: number;
	/** Projects left out because they have no single recipient country (only when places count). */
	readonly withoutCountry: number;
}

/**
 * `places`: `scope` keeps the scope's countries and regions (a project needs one recipient);
 * `countries` keeps every project with one recipient (the map, which frames rather than
 * filters); `all` keeps regional and multi-country projects too (the world's totals).
 */
export function sectorProjects(
	tables: Tables,
	regions: ReadonlyMap<string, string>,
	scope: TableScope,
	sectors: readonly string[],
	places: 'scope' | 'countries' | 'all'
): SectorSelection {
	const out: SectorProject[] = [];
	let withoutAmount = 0;
	let withoutCountry = 0;
	for (const p of tables.projects) {
		if (!p.recommended || !inSectors(sectors, p) || !inYears(scope, p.year)) continue;
		if (scope.flowClasses.length && !scope.flowClasses.includes(p.flowClass)) continue;
		if (places !== 'all') {
			if (p.recipient === null) {
				withoutCountry += 1;
				continue;
			}
			if (places === 'scope' && !inScope(scope, regions, p.recipient)) continue;
		}
		const evidence = p.evidence[AMOUNT_COLUMN];
		if (p.usd2014 === null || !evidence) {
			withoutAmount += 1;
			continue;
		}
		out.push({ project: p, usd: p.usd2014, evidence });
	}
	return { projects: out, withoutAmount, withoutCountry };
}

/** "; 3 projects without a constant-2014 amount and 2 without one recipient country are not in the sums", or "". */
export function leftOutWords(s: SectorSelection): string {
	const parts: string[] = [];
	if (s.withoutAmount) parts.push(`${s.withoutAmount} project${s.withoutAmount === 1 ? '' : 's'} without a constant-2014 amount`);
	if (s.withoutCountry) parts.push(`${s.withoutCountry} without one recipient country`);
	return parts.length ? `${parts.join(' and ')} ${s.withoutAmount + s.withoutCountry === 1 ? 'is' : 'are'} not in the sums` : '';
}
