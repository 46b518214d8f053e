/**
 * Lending sectors: the OECD CRS sector names that AidData GCOF 1.0 gives its projects. It is
 * the only table here with a sector (GCDF 3.0's country-years have none), so a lending view
 * filtered by sector sums GCOF 1.0 projects (2000–2014, constant 2014 US dollars), never the
 * GCDF 3.0 figures, and says so.
 */
import { projectFacets, slug, type Facet } from './projects.ts';
import type { Project, Tables } from './types.ts';

// Built once per table.
const cache = new WeakMap<readonly Project[], readonly Facet[]>();

/**
 * The sectors a dashboard offers, with how many projects AidData recommends for research
 * (the projects the sector views sum) have each; a sector with none is still offered, since
 * /projects lists its projects.
 */
export function lendingSectors(tables: Tables): readonly Facet[] {
	let out = cache.get(tables.projects);
	if (!out) {
		const counts = new Map<string, number>();
		for (const p of tables.projects) if (p.recommended && p.sector) counts.set(slug(p.sector), (counts.get(slug(p.sector)) ?? 0) + 1);
		out = projectFacets(tables).sectors.map((f) => ({ ...f, count: counts.get(f.value) ?? 0 }));
		cache.set(tables.projects, out);
	}
	return out;
}

/** A sector's name as GCOF 1.0 writes it, for titles: "energy-generation-and-supply" → "Energy Generation and Supply". */
export function sectorLabel(tables: Tables, value: string): string {
	return lendingSectors(tables).find((s) => s.value === value)?.label ?? value;
}

/** The chosen sectors in words: "Health" or "Education, Health". */
export function sectorsWords(tables: Tables, values: readonly string[]): string {
	return values.map((v) => sectorLabel(tables, v)).join(', ');
}

const slugs = new WeakMap<Project, string>();

/** Does a project belong to one of the chosen sectors? */
export function inSectors(values: readonly string[], p: Project): boolean {
	let s = slugs.get(p);
	if (s === undefined) slugs.set(p, (s = slug(p.sector)));
	return values.includes(s);
}
