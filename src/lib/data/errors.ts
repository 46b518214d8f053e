/**
 * Validation problems are values, not exceptions: every rule reports into a list
 * so that one run shows every problem, each pointing at file, line, record and field.
 */
export interface DataProblem {
	/** Path of the file relative to the project's `data/` folder, e.g. `records/events.yaml`. */
	file: string;
	/** 1-based line in that file, where it is known. */
	line?: number;
	/** 1-based column, where it is known. */
	column?: number;
	/** The record's `id`, or `#N` (1-based position) when the record has no usable id. */
	record?: string;
	/** Dotted path of the field inside the record, e.g. `evidence.1.quote`. */
	field?: string;
	message: string;
}

export function formatProblem(p: DataProblem): string {
	const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
	const what = [p.record && `record ${p.record}`, p.field && `field ${p.field}`].filter(Boolean).join(', ');
	return `${where}${what ? ` (${what})` : ''}: ${p.message}`;
}

/** Thrown when a dataset cannot be built; carries every problem found, not just the first. */
export class DatasetError extends Error {
	readonly problems: readonly DataProblem[];
	constructor(problems: DataProblem[]) {
		super(
			`The dataset is invalid: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n` +
				problems.map((p) => `  ${formatProblem(p)}`).join('\n')
		);
		this.name = 'DatasetError';
		this.problems = problems;
	}
}
