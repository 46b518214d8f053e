/**
 * The review file: candidates in the curated record format, each with a `review` block
 * (status, confidence, quote offsets, notes), grouped by the record file they would join.
 * A reviewer sets `review.status` to accept or reject and corrects fields; accepting appends
 * the accepted records, without their review block, to data/records/*.yaml — as text, after
 * what is there, so the curated files' comments and layout stay as they are — but only if
 * the whole dataset with them added still validates, and no accepted id is already in use.
 */
import { Document, isMap, isScalar, visit, type Node, type Pair, type Scalar } from 'yaml';
import { buildDataset, RECORD_FILES } from '../data/build.ts';
import { DatasetError, type DataProblem } from '../data/errors.ts';
import type { DataFile } from '../data/types.ts';
import { YamlFile } from '../data/yaml-file.ts';
import { idsInUse } from './document.ts';
import type { Candidate, Extraction } from './types.ts';

/** Review sections, in the order a reviewer best reads them, and the record file each joins. */
export const SECTIONS = {
	entities: RECORD_FILES.entities,
	series: RECORD_FILES.series,
	loans: RECORD_FILES.loans,
	sanctions: RECORD_FILES.sanctions,
	events: RECORD_FILES.events
} as const;
export type Section = keyof typeof SECTIONS;

export const STATUSES = ['pending', 'accept', 'reject'] as const;
export const REVIEW_DIR = 'review';

export const reviewPath = (documentId: string) => `${REVIEW_DIR}/${documentId}.yaml`;

const DATE_FIELDS = new Set(['date', 'period', 'announced', 'start', 'end']);

/** Plain values as the curated files write them: a year as a number (`date: 2004`). */
function plain<T>(record: T): T {
	return Object.fromEntries(
		Object.entries(record as Record<string, unknown>).map(([k, v]) => [
			k,
			DATE_FIELDS.has(k) && typeof v === 'string' && /^\d{4}$/.test(v) ? Number(v) : v
		])
	) as T;
}

const FLOW_MAPS = new Set(['record,relation', 'document,start,end', 'id,mentions,first,start,end']);
const keysOf = (node: { items: { key: unknown }[] }) =>
	node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).join(',');

/** Lists of plain values and small mappings on one line (`actors: [a, b]`), records apart by a blank line. */
function layout(doc: Document) {
	visit(doc, {
		Seq(_, node) {
			if (node.items.every((i) => isScalar(i))) node.flow = true;
			node.items.forEach((item, i) => {
				if (
					isMap(item) &&
					i > 0 &&
					!FLOW_MAPS.has(keysOf(item)) &&
					item.items.some((p) => isScalar(p.key) && p.key.value === 'id')
				)
					(item as Node).spaceBefore = true;
			});
		},
		Map(_, node) {
			if (FLOW_MAPS.has(keysOf(node))) node.flow = true;
		}
	});
}

function withReview<R>(c: Candidate<R>, extra: Record<string, unknown> = {}) {
	return {
		...plain(c.record),
		review: {
			status: 'pending',
			confidence: c.confidence,
			...extra,
			offsets: c.offsets.map((o) => ({ document: o.document, start: o.start, end: o.end })),
			...(c.notes.length ? { notes: [...c.notes] } : {})
		}
	};
}

/** The review file for an extraction. `source` is the document's path as given. */
export function reviewYaml(x: Extraction, source: string): string {
	const doc = new Document({
		document: x.document.id,
		source,
		known_entities: x.known.map((k) => ({ id: k.id, mentions: k.count, first: k.quote, start: k.start, end: k.end })),
		entities: x.entities.map((c) =>
			withReview(c, { quote: x.document.text.slice(c.offsets[0]?.start ?? 0, c.offsets[0]?.end ?? 0) })
		),
		series: x.series.map((c) => withReview(c)),
		loans: x.loans.map((c) => withReview(c)),
		sanctions: x.sanctions.map((c) => withReview(c)),
		events: x.events.map((c) => withReview(c))
	});
	layout(doc);
	doc.commentBefore = [
		` Candidate records extracted from ${source} (${x.document.id}),`,
		` ${x.document.kind === 'news' ? 'published' : 'compiled'} ${x.document.date.spec}, by \`npm run extract\`.`,
		'',
		' Review every candidate: set review.status to accept or reject, and correct any field',
		' (the record is in the format of data/records; see data/README.md). Then run',
		`   npm run extract:accept -- data/${reviewPath(x.document.id)}`,
		' to append the accepted ones, without their review block, to the record file named',
		' above each section. Nothing is written unless the whole dataset still validates.',
		' review.offsets: where each evidence quote stands (text.slice(start, end) is the quote).'
	].join('\n');
	const comments: Record<string, string> = {
		known_entities: ' Curated entities the document names (for reference; not records to accept).',
		entities: ` New entities → ${SECTIONS.entities}`,
		series: ` New series → ${SECTIONS.series}`,
		loans: ` Loan claims → ${SECTIONS.loans}`,
		sanctions: ` Sanctions → ${SECTIONS.sanctions}`,
		events: ` Events → ${SECTIONS.events}`
	};
	if (isMap(doc.contents)) {
		for (const pair of doc.contents.items as Pair<Scalar, unknown>[]) {
			const c = comments[String(pair.key.value)];
			if (c) {
				pair.key.commentBefore = c;
				pair.key.spaceBefore = true;
			}
		}
	}
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export interface AcceptPlan {
	/** The record files with the accepted records appended, as they would be written. */
	readonly changes: readonly DataFile[];
	readonly accepted: readonly { section: Section; id: string }[];
}

export type AcceptResult = { ok: true; plan: AcceptPlan } | { ok: false; problems: DataProblem[] };

/** Append accepted records to a record file's text; what is there stays byte for byte. */
function appendRecords(existing: string, records: readonly Record<string, unknown>[], note: string): string {
	const doc = new Document(records);
	layout(doc);
	const block = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
	const sep = existing === '' ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
	return `${existing}${sep}# ${note}\n${block}`;
}

/**
 * What accepting a review file would change, or every problem that stops it: a malformed
 * review file, a status other than pending/accept/reject, an id already in use, or any
 * validation problem of the dataset with the records appended.
 * `reviewFile` is the review file's path relative to the data folder (`review/<id>.yaml`).
 */
export function planAccept(reviewFile: string, reviewText: string, files: readonly DataFile[]): AcceptResult {
	const problems: DataProblem[] = [];
	const review = new YamlFile(reviewFile, reviewText);
	if (review.problems.length) return { ok: false, problems: [...review.problems] };
	const data = review.data;
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		return {
			ok: false,
			problems: [
				{
					file: reviewFile,
					line: 1,
					message:
						'must be a mapping with document, entities, series, loans, sanctions and events, as `npm run extract` writes it'
				}
			]
		};
	}
	const top = data as Record<string, unknown>;
	const documentId = typeof top.document === 'string' ? top.document : null;
	if (!documentId)
		problems.push({
			file: reviewFile,
			line: review.lineOf(['document']) ?? 1,
			field: 'document',
			message: 'is required: the id of the document the candidates come from'
		});

	const accepted: { section: Section; id: string; record: Record<string, unknown>; index: number }[] = [];
	for (const section of Object.keys(SECTIONS) as Section[]) {
		const list = top[section];
		if (list === undefined || list === null) continue;
		if (!Array.isArray(list)) {
			problems.push({
				file: reviewFile,
				line: review.lineOf([section]),
				field: section,
				message: 'must be a list of candidates'
			});
			continue;
		}
		list.forEach((item: unknown, index: number) => {
			const label =
				item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
					? (item as { id: string }).id
					: `#${index + 1}`;
			const at = (path: (string | number)[], field: string, message: string) =>
				problems.push({
					file: reviewFile,
					line: review.lineOf([section, index, ...path]),
					record: label,
					field,
					message
				});
			if (!item || typeof item !== 'object' || Array.isArray(item))
				return at([], section, 'must be a mapping (a record with its review block)');
			const { review: block, ...record } = item as Record<string, unknown>;
			const status = block && typeof block === 'object' ? (block as { status?: unknown }).status : undefined;
			if (!STATUSES.includes(status as (typeof STATUSES)[number])) {
				return at(
					['review', 'status'],
					'review.status',
					`must be one of ${STATUSES.join(', ')}; got ${status === undefined ? 'nothing' : JSON.stringify(status)}`
				);
			}
			if (status === 'accept') accepted.push({ section, id: label, record, index });
		});
	}

	// Ids: none already in use in the curated files, none twice among the accepted.
	const owners = idsInUse(files);
	const seen = new Map<string, number>();
	for (const a of accepted) {
		const where = owners.get(a.id);
		const line = review.lineOf([a.section, a.index, 'id']);
		if (where)
			problems.push({
				file: reviewFile,
				line,
				record: a.id,
				field: 'id',
				message: `id "${a.id}" already exists (${where}); give the record a new id or reject it`
			});
		else if (seen.has(a.id))
			problems.push({
				file: reviewFile,
				line,
				record: a.id,
				field: 'id',
				message: `id "${a.id}" is accepted twice (also at line ${seen.get(a.id)})`
			});
		seen.set(a.id, line ?? 0);
	}
	if (problems.length) return { ok: false, problems };
	if (!accepted.length) return { ok: true, plan: { changes: [], accepted: [] } };

	const changes: DataFile[] = [];
	for (const section of Object.keys(SECTIONS) as Section[]) {
		const records = accepted.filter((a) => a.section === section).map((a) => a.record);
		if (!records.length) continue;
		const path = SECTIONS[section];
		const existing = files.find((f) => f.path === path)?.text ?? '';
		changes.push({
			path,
			text: appendRecords(existing, records, `Accepted from ${reviewFile} (document ${documentId})`)
		});
	}
	const wouldBe = files
		.map((f) => changes.find((c) => c.path === f.path) ?? f)
		.concat(changes.filter((c) => !files.some((f) => f.path === c.path)));
	try {
		buildDataset(wouldBe, { version: 'accept' });
	} catch (e) {
		if (e instanceof DatasetError) return { ok: false, problems: [...e.problems] };
		throw e;
	}
	return { ok: true, plan: { changes, accepted: accepted.map(({ section, id }) => ({ section, id })) } };
}
