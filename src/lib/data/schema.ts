/**
 * The shape of the curated YAML files, as zod schemas. These check structure only
 * (required fields, types, enums, unknown keys); meaning (references, quotes, dates,
 * amounts) is checked in build.ts, where every record can be seen at once.
 */
import { z } from 'zod';

import {
	COVERS,
	DOCUMENT_KINDS,
	DOLLARS,
	ENTITY_TYPES,
	EVENT_KINDS,
	LOAN_MEASURES,
	RELATIONS,
	SANCTION_ACTIONS,
	SECTORS
} from './vocabulary.ts';

export { COVERS, DOCUMENT_KINDS, DOLLARS, ENTITY_TYPES, EVENT_KINDS, LOAN_MEASURES, RELATIONS, SANCTION_ACTIONS, SECTORS };

const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "eo-13692"');
const text = z.string().trim().min(1, 'must not be empty');
const dateSpec = z.union([z.string(), z.number().int()], { error: 'must be a date such as 2019-04-15' });
const countryCode = z.string();

export const evidenceSchema = z.strictObject({
	document: id,
	quote: text,
	/** The date as this source alone supports it, where it differs from the record's. */
	date: dateSpec.optional(),
	/** The phrase the date was resolved from: "late Monday", "last week". */
	reported_as: text.optional(),
	note: text.optional()
});

const evidenceList = z.array(evidenceSchema).min(1, 'needs at least one piece of evidence');

export const catalogueEntrySchema = z.strictObject({
	id,
	file: text,
	title: text.optional(),
	kind: z.enum(DOCUMENT_KINDS).optional(),
	publisher: text.optional(),
	published: dateSpec.optional(),
	compiled: dateSpec.optional(),
	url: z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).optional(),
	language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "en"').optional(),
	sources: z.array(text).optional(),
	// A published table (kind dataset): see data/README.md.
	release: text.optional(),
	licence: text.optional(),
	citation: text.optional(),
	copy_of: text.optional(),
	rows: z.number().int().nonnegative().optional(),
	key: z.array(text).min(1).optional(),
	columns: z.record(z.string(), text).optional(),
	stated_sums: z.array(z.strictObject({ column: text, usd: z.number(), source: text })).optional()
});

/** Front matter of a reference note: the same fields, all optional, none unknown. */
export const frontMatterSchema = catalogueEntrySchema.omit({ id: true, file: true }).partial();

export const entitySchema = z.strictObject({
	id,
	name: text,
	type: z.enum(ENTITY_TYPES),
	country: countryCode.optional(),
	aliases: z.array(text).optional(),
	description: text.optional(),
	members: z.array(countryCode).optional()
});

export const seriesSchema = z.strictObject({
	id,
	name: text,
	short: text,
	publisher: id.optional(),
	dollars: z.enum(DOLLARS),
	covers: z.enum(COVERS).optional(),
	description: text,
	document: id,
	evidence: evidenceList.optional()
});

export const loanSchema = z.strictObject({
	id,
	series: id,
	lender: countryCode,
	lender_entity: id.optional(),
	borrower: countryCode.optional(),
	borrower_region: id.optional(),
	amount: text,
	measure: z.enum(LOAN_MEASURES),
	period: dateSpec.optional(),
	period_as_reported: text.optional(),
	loan_count: z.number().int().positive().optional(),
	share_of_gdp_percent: z.number().positive().optional(),
	note: text.optional(),
	related: z.array(z.strictObject({ record: id, relation: z.enum(RELATIONS) })).optional(),
	evidence: evidenceList
});

export const sanctionSchema = z.strictObject({
	id,
	title: text,
	date: dateSpec,
	announced: dateSpec.optional(),
	action: z.enum(SANCTION_ACTIONS),
	issuer: id,
	instrument: text,
	citation: text.optional(),
	/** The orders a designation was made under, or `not stated` when the sources do not say. */
	authority: z.union([z.array(id), z.literal('not stated')]).optional(),
	target_country: countryCode,
	sectors: z.array(z.enum(SECTORS)).min(1, 'needs at least one sector'),
	targets: z.array(id).optional(),
	assets_blocked: text.optional(),
	evidence: evidenceList
});

export const eventSchema = z.strictObject({
	id,
	title: text,
	kind: z.enum(EVENT_KINDS),
	date: dateSpec,
	date_note: text.optional(),
	actors: z.array(id).optional(),
	places: z.array(countryCode).optional(),
	subjects: z.array(countryCode).optional(),
	location: text.optional(),
	part_of: id.optional(),
	evidence: evidenceList
});

export const eraSchema = z.strictObject({
	id,
	label: text,
	start: dateSpec,
	end: dateSpec.optional(),
	evidence: evidenceList
});

export type RawEvidence = z.infer<typeof evidenceSchema>;
export type RawEntity = z.infer<typeof entitySchema>;
export type RawSeries = z.infer<typeof seriesSchema>;
export type RawLoan = z.infer<typeof loanSchema>;
export type RawSanction = z.infer<typeof sanctionSchema>;
export type RawEvent = z.infer<typeof eventSchema>;
