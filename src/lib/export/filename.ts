/**
 * Download names that say what a file is: project, chart, the filters that shape it, and
 * the day it was made, e.g. `lending-lens_lending-by-country_VEN-BRA_2026-11-26.png`.
 */
import type { Filters } from '../data/query.ts';

const slug = (s: string) =>
	s
		.normalize('NFKD')
		.replace(/[^\w-]+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '');

export function exportFilename(chart: string, f: Filters, day: string, ext: string): string {
	const parts = [
		...f.countries,
		...f.sectors,
		...f.kinds,
		f.source ?? '',
		f.from || f.to ? `${f.from ?? 'start'}-to-${f.to ?? 'end'}` : ''
	]
		.filter(Boolean)
		.map(slug);
	const filters = parts.length ? parts.join('-').slice(0, 80).replace(/-$/, '') : 'all';
	return `lending-lens_${slug(chart)}_${filters}_${day}.${ext}`;
}

/** The day a file or figure is made, in UTC: YYYY-MM-DD. */
export function today(): string {
	return new Date().toISOString().slice(0, 10);
}
