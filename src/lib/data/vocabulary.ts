/**
 * The closed vocabularies of the dataset. Kept apart from the schema (and its validator) so
 * that the browser can use them without loading the validation library.
 */
export const DOCUMENT_KINDS = ['news', 'reference'] as const;
export const ENTITY_TYPES = ['person', 'government', 'company', 'organisation', 'media', 'vessel', 'region'] as const;
export const LOAN_MEASURES = ['commitments', 'annual-lending', 'debt-stock'] as const;
export const DOLLARS = ['nominal', 'constant-2021', 'unspecified'] as const;
/** What a series counts: loans only, or all official finance (loans, grants, currency swaps). */
export const COVERS = ['loans', 'official-finance', 'unspecified'] as const;
export const RELATIONS = ['same-quantity', 'revision-of', 'part-of'] as const;
export const SANCTION_ACTIONS = ['executive-order', 'designation'] as const;
export const SECTORS = [
	'oil',
	'mining',
	'banking',
	'shipping',
	'government-debt',
	'digital-currency',
	'government',
	'officials'
] as const;
export const EVENT_KINDS = ['political', 'diplomatic', 'military', 'economic', 'humanitarian', 'media'] as const;
