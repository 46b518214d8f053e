/**
 * How the build reports what is wrong: every problem of every file in one run, each naming
 * its file, line, record and field, in words a curator can act on.
 */
import type { z } from 'zod';
import type { DataProblem } from '../errors.ts';
import type { YamlFile } from '../yaml-file.ts';

export type Path = readonly PropertyKey[];

/** One record of a YAML list, with what is needed to report problems in it. */
export interface Item<T> {
	value: T;
	index: number;
	file: YamlFile;
	label: string;
}

export class Problems {
	readonly list: DataProblem[] = [];
	add(file: YamlFile | string, message: string, where: { path?: Path; record?: string; field?: string } = {}) {
		const name = typeof file === 'string' ? file : file.path;
		const line = typeof file === 'string' || !where.path ? undefined : file.lineOf(where.path);
		this.list.push({
			file: name,
			...(line ? { line } : {}),
			...(where.record ? { record: where.record } : {}),
			...(where.field ? { field: where.field } : {}),
			message
		});
	}
	/** Report against a field of a record. */
	at<T>(item: Item<T>, field: Path, message: string) {
		this.add(item.file, message, {
			path: [item.index, ...field],
			record: item.label,
			field: field.map(String).join('.')
		});
	}
}

export function issueMessage(issue: z.core.$ZodIssue): string {
	if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
		return 'is required';
	}
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? 'is required' : `must be ${article(issue.expected)}, not ${describe(issue.input)}`;
		case 'unrecognized_keys':
			return `unknown field "${issue.keys[0]}"`;
		case 'invalid_value':
			return `must be one of ${issue.values.map(String).join(', ')}; got ${describe(issue.input)}`;
		case 'too_small':
			return issue.message.startsWith('Too small') ? `is too small (minimum ${issue.minimum})` : issue.message;
		default:
			return issue.message;
	}
}

export function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(v: unknown): string {
	if (v === null || v === undefined) return 'nothing';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'a mapping';
	return typeof v === 'string' ? `"${v}"` : `${typeof v} ${String(v)}`;
}

/** Zod reports unknown keys once per object; report each at the key itself. */
export function splitIssues(issues: readonly z.core.$ZodIssue[]): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] {
	return issues.flatMap((issue): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((k) => ({ issue: { ...issue, keys: [k] }, path: [...issue.path, k] }))
			: [{ issue, path: [...issue.path] }]
	);
}

/** Validate a YAML list file against a record schema; returns the records that pass. */
export function readList<S extends z.ZodType>(
	file: YamlFile | undefined,
	schema: S,
	problems: Problems,
	failed: Item<{ id: string }>[] = []
): Item<z.infer<S>>[] {
	if (!file || file.problems.length) return [];
	// An empty file would ship an empty table: a record file lists at least one record.
	if (file.data == null || (Array.isArray(file.data) && file.data.length === 0)) {
		problems.add(file, 'has no records (it is empty or only comments); list at least one record, each starting with "- id: ..."');
		return [];
	}
	if (!Array.isArray(file.data)) {
		problems.add(file, 'must be a YAML list of records (each item starting with "- id: ...")', { path: [] });
		return [];
	}
	const items: Item<z.infer<S>>[] = [];
	file.data.forEach((raw: unknown, index: number) => {
		const rawId = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
		const label = typeof rawId === 'string' && rawId ? rawId : `#${index + 1}`;
		const parsed = schema.safeParse(raw, { reportInput: true });
		if (!parsed.success) {
			failed.push({ value: raw as { id: string }, index, file, label });
			for (const { issue, path } of splitIssues(parsed.error.issues)) {
				problems.add(file, issueMessage(issue), {
					path: [index, ...path],
					record: label,
					...(path.length ? { field: path.map(String).join('.') } : {})
				});
			}
			return;
		}
		items.push({ value: parsed.data, index, file, label });
	});
	return items;
}
