/**
 * The day a dataset speaks for: the newest first day among its documents' dates (a document
 * is dated by publication or compilation). A figure prints it, rather than the day it was
 * drawn, so the same link always gives the same file.
 */
import type { Dataset } from './types.ts';

export function datasetDate(ds: Pick<Dataset, 'documents'>): string | null {
	let newest: string | null = null;
	for (const d of ds.documents) if (newest === null || d.date.start > newest) newest = d.date.start;
	return newest;
}
