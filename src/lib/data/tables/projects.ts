/**
 * The projects table (AidData GCOF 1.0) as the /projects page and its CSV ask for it: search,
 * filters, sort and page, all in the URL, applied on the server so a page sends fifty rows,
 * not five thousand. A bad or unknown value is ignored with a notice naming the parameter.
 *
 *   ?q=port                 title, recipient or agency contains the words (any case)
 *   &country=AGO,KEN        recipient (ISO 3166-1 alpha-3)
 *   &region=africa          AidData's recipient region
 *   &from=2008&to=2010      commitment years
 *   &flow=grant             flow type          &flow_class=oof-like   flow class
 *   &crs_sector=health      CRS sector (old name: sector, redirected)   &status=completion
 *   &recommended=yes        only (yes) or never (no) the projects AidData counts in totals
 *   &sort=usd2014&dir=desc  &page=2
 */
import { countryByCode } from '../countries.ts';
import { listOf, type Notice } from '../filters.ts';
import { parseSort, sortRows, type SortValue } from '../sort.ts';
import { PROJECT_COLUMNS, PROJECT_DEFAULT_SORT, type ProjectPage, type ProjectQuery } from './projects-url.ts';

export * from './projects-url.ts';
import { FLOW_CLASSES, type FlowClass, type Project, type Tables } from './types.ts';

export const PROJECTS_PER_PAGE = 50;

export const PROJECT_PARAMS = ['q', 'country', 'region', 'from', 'to', 'flow', 'flow_class', 'crs_sector', 'sector', 'status', 'recommended', 'sort', 'dir', 'page'] as const;

export const FLOW_CLASS_LABELS: Readonly<Record<FlowClass, string>> = {
	'oda-like': 'ODA-like',
	'oof-like': 'OOF-like',
	vague: 'Vague (official finance)'
};

const SORT_VALUE: Record<string, (p: Project) => SortValue> = {
	title: (p) => p.title,
	recipient: (p) => p.recipientName,
	year: (p) => p.year,
	flow: (p) => p.flow,
	usd2014: (p) => p.usd2014,
	status: (p) => p.status
};

/** A URL value for a label: "Pipeline: Commitment" → "pipeline-commitment". */
export function slug(label: string): string {
	return label
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** A choice of a filter: its URL value, its label and how many projects have it. */
export interface Facet {
	readonly value: string;
	readonly label: string;
	readonly count: number;
}

export interface ProjectFacets {
	readonly regions: readonly Facet[];
	readonly flows: readonly Facet[];
	readonly flowClasses: readonly Facet[];
	readonly sectors: readonly Facet[];
	readonly statuses: readonly Facet[];
	readonly countries: readonly Facet[];
	readonly years: { readonly from: number; readonly to: number };
}

interface Index {
	readonly haystack: readonly string[];
	readonly facets: ProjectFacets;
}

// Built once per table: lower-cased search text and the filter choices with their counts.
const indexes = new WeakMap<readonly Project[], Index>();

function facet(projects: readonly Project[], label: (p: Project) => string | null): Facet[] {
	const counts = new Map<string, number>();
	for (const p of projects) {
		const l = label(p);
		if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
	}
	return [...counts].map(([l, count]) => ({ value: slug(l), label: l, count })).sort((a, b) => a.label.localeCompare(b.label));
}

function indexOf(projects: readonly Project[]): Index {
	let ix = indexes.get(projects);
	if (!ix) {
		const years = projects.map((p) => p.year);
		ix = {
			haystack: projects.map((p) => `${p.title}\n${p.recipientName}\n${p.agency}`.toLowerCase()),
			facets: {
				regions: facet(projects, (p) => p.region || null),
				flows: facet(projects, (p) => p.flow || null),
				flowClasses: FLOW_CLASSES.map((c) => ({ value: c, label: FLOW_CLASS_LABELS[c], count: projects.filter((p) => p.flowClass === c).length })),
				sectors: facet(projects, (p) => p.sector || null),
				statuses: facet(projects, (p) => p.status || null),
				countries: [...facet(projects, (p) => p.recipient)].map((f) => ({ ...f, value: f.label, label: countryByCode(f.label).ok ? (countryByCode(f.label) as { value: { name: string } }).value.name : f.label })).sort((a, b) => a.label.localeCompare(b.label)),
				years: { from: Math.min(...years), to: Math.max(...years) }
			}
		};
		indexes.set(projects, ix);
	}
	return ix;
}

export function projectFacets(tables: Tables): ProjectFacets {
	return indexOf(tables.projects).facets;
}

export function parseProjectQuery(params: URLSearchParams, tables: Tables): { query: ProjectQuery; notices: Notice[] } {
	const notices: Notice[] = [];
	const f = projectFacets(tables);
	for (const name of new Set(params.keys())) {
		if (!(PROJECT_PARAMS as readonly string[]).includes(name)) notices.push({ param: name, message: `Unknown parameter "${name}" was ignored.` });
	}
	const pick = (name: string, choices: readonly Facet[]): string[] => {
		const out: string[] = [];
		for (const raw of listOf(params, name)) {
			const v = slug(raw);
			if (choices.some((c) => c.value === v)) out.push(v);
			else notices.push({ param: name, message: `${name}=${raw} was ignored: expected one of ${choices.map((c) => c.value).join(', ')}.` });
		}
		return [...new Set(out)].sort();
	};
	const countries: string[] = [];
	for (const raw of listOf(params, 'country')) {
		const r = countryByCode(raw.toUpperCase());
		if (r.ok) countries.push(r.value.code);
		else notices.push({ param: 'country', message: `country=${raw} was ignored: ${r.error}.` });
	}
	const year = (name: 'from' | 'to'): number | null => {
		const raw = params.get(name)?.trim();
		if (!raw) return null;
		// A date is accepted too (the dashboard's from/to): its year is the bound.
		const m = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(raw);
		if (!m) {
			notices.push({ param: name, message: `${name}=${raw} was ignored: expected a year such as ${f.years.from}.` });
			return null;
		}
		return Number(m[1]);
	};
	let from = year('from');
	let to = year('to');
	if (from !== null && to !== null && from > to) {
		notices.push({ param: 'from', message: `from=${from} is after to=${to}; the years were ignored.` });
		from = to = null;
	}
	let recommended: boolean | null = null;
	const rec = params.get('recommended');
	if (rec !== null && rec !== '') {
		if (rec === 'yes' || rec === 'no') recommended = rec === 'yes';
		else notices.push({ param: 'recommended', message: `recommended=${rec} was ignored: expected yes or no.` });
	}
	const { sort, notices: sortNotices } = parseSort(params, PROJECT_COLUMNS, PROJECT_DEFAULT_SORT);
	notices.push(...sortNotices);
	let page = 1;
	const rawPage = params.get('page');
	if (rawPage !== null && rawPage !== '') {
		if (/^\d+$/.test(rawPage) && Number(rawPage) >= 1) page = Number(rawPage);
		else notices.push({ param: 'page', message: `page=${rawPage} was ignored: expected a page number from 1.` });
	}
	return {
		query: {
			q: (params.get('q') ?? '').trim().slice(0, 200),
			countries: [...new Set(countries)].sort(),
			regions: pick('region', f.regions),
			from,
			to,
			flows: pick('flow', f.flows),
			flowClasses: pick('flow_class', f.flowClasses) as FlowClass[],
			// `sector` is this parameter's old name (see PROJECT_PARAM_ALIASES).
			sectors: [...new Set([...pick('crs_sector', f.sectors), ...pick('sector', f.sectors)])].sort(),
			statuses: pick('status', f.statuses),
			recommended,
			sort,
			page
		},
		notices
	};
}

/** Every project the query selects, in its sort order (for the CSV, unpaged). */
export function selectProjects(tables: Tables, q: ProjectQuery): Project[] {
	const { haystack } = indexOf(tables.projects);
	const words = q.q.toLowerCase().split(/\s+/).filter(Boolean);
	const has = (xs: readonly string[], v: string) => !xs.length || xs.includes(v);
	const selected = tables.projects.filter(
		(p, i) =>
			words.every((w) => haystack[i]!.includes(w)) &&
			(!q.countries.length || (p.recipient !== null && q.countries.includes(p.recipient))) &&
			has(q.regions, slug(p.region)) &&
			(q.from === null || p.year >= q.from) &&
			(q.to === null || p.year <= q.to) &&
			has(q.flows, slug(p.flow)) &&
			has(q.flowClasses, p.flowClass) &&
			has(q.sectors, slug(p.sector)) &&
			has(q.statuses, slug(p.status)) &&
			(q.recommended === null || p.recommended === q.recommended)
	);
	return sortRows(selected, SORT_VALUE[q.sort.key] ?? SORT_VALUE.usd2014!, q.sort.dir);
}

export function projectPage(tables: Tables, q: ProjectQuery): { page: ProjectPage; notices: Notice[] } {
	const all = selectProjects(tables, q);
	const pages = Math.max(1, Math.ceil(all.length / PROJECTS_PER_PAGE));
	const notices: Notice[] = [];
	let page = q.page;
	if (page > pages) {
		notices.push({ param: 'page', message: `page=${page} was ignored: there ${pages === 1 ? 'is 1 page' : `are ${pages} pages`}.` });
		page = 1;
	}
	const rows = all.slice((page - 1) * PROJECTS_PER_PAGE, page * PROJECTS_PER_PAGE).map((p) => ({
		id: p.id,
		title: p.title,
		recipient: p.recipientName,
		year: p.year,
		flow: p.flow,
		usd2014: p.usd2014,
		status: p.status,
		agency: p.agency,
		recommended: p.recommended
	}));
	return {
		page: {
			rows,
			total: all.length,
			page,
			pages,
			recommendedUsd2014: all.reduce((a, p) => a + (p.recommended ? (p.usd2014 ?? 0) : 0), 0),
			withoutAmount: all.filter((p) => p.usd2014 === null).length
		},
		notices
	};
}
