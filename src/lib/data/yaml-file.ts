/**
 * A parsed YAML file that remembers where each value came from, so a problem found in a
 * value can name its line. Parsing is the `yaml` package's (YAML 1.2 core schema: dates
 * stay strings, `no` stays a string).
 */
import { Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { DataProblem } from './errors.ts';

/** Alias expansions allowed in one file: plenty for hand-written data, none for a bomb. */
export const MAX_ALIASES = 100;
/** Levels of nesting allowed: records are a list of maps a few levels deep. */
export const MAX_DEPTH = 32;

function unreadable(e: unknown): string {
	if (e instanceof RangeError) return `is nested too deeply to read; a data file needs at most ${MAX_DEPTH} levels`;
	const message = e instanceof Error ? e.message : String(e);
	if (/alias/i.test(message)) return `expands its aliases (*name) too many times (more than ${MAX_ALIASES}); write the values out`;
	return `could not be read as YAML: ${message.split('\n')[0]}`;
}

/** The deepest nesting of lists and maps in a value, counted without recursion. */
function depthOf(value: unknown): number {
	let max = 0;
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length) {
		const [v, d] = stack.pop() as [unknown, number];
		if (v === null || typeof v !== 'object') continue;
		max = Math.max(max, d + 1);
		if (max > MAX_DEPTH) return max;
		for (const child of Object.values(v)) stack.push([child, d + 1]);
	}
	return max;
}

export class YamlFile {
	readonly path: string;
	readonly data: unknown;
	readonly problems: DataProblem[] = [];
	private readonly doc: Document;
	private readonly lines = new LineCounter();

	constructor(path: string, text: string) {
		this.path = path;
		// A tab in indentation confuses the parser into a cascade of unrelated errors: name it once.
		const tab = /^[ ]*\t/m.exec(text);
		if (tab) {
			const line = text.slice(0, tab.index).split('\n').length;
			this.problems.push({ file: path, line, message: 'indented with a tab; YAML indents with spaces only' });
			this.doc = new Document(null);
			this.data = undefined;
			return;
		}
		let doc: Document | undefined;
		let data: unknown;
		try {
			doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
			for (const e of [...doc.errors, ...doc.warnings]) {
				// The parser reports running out of stack as a syntax error: say what it means.
				if (/call stack/i.test(e.message)) {
					this.problems.push({ file: path, message: unreadable(new RangeError(e.message)) });
					break;
				}
				const pos = this.lines.linePos(e.pos[0]);
				this.problems.push({
					file: path,
					line: pos.line,
					column: pos.col,
					message: `YAML ${e.name === 'YAMLWarning' ? 'warning' : 'syntax error'}: ${e.message.split('\n')[0]}`
				});
			}
			// Aliases are expanded with a budget: a few aliases of aliases can stand for millions of nodes.
			if (!this.problems.length) data = doc.toJS({ maxAliasCount: MAX_ALIASES });
		} catch (e) {
			this.problems.push({ file: path, message: unreadable(e) });
		}
		this.doc = doc ?? new Document(null);
		if (!this.problems.length) {
			if (depthOf(data) > MAX_DEPTH) this.problems.push({ file: path, message: `is nested more than ${MAX_DEPTH} levels deep; a data file needs fewer` });
		}
		this.data = this.problems.length ? undefined : data;
	}

	/** 1-based line of the value at `path`, or of its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined {
		for (let n = path.length; n >= 0; n--) {
			const node = this.doc.getIn(path.slice(0, n) as unknown[], true);
			if (isNode(node) && node.range) return this.lines.linePos(node.range[0]).line;
		}
		return undefined;
	}
}

/**
 * The YAML front matter of a Markdown file, padded with one blank line for the opening
 * `---` so that line numbers in it are the file's own; null when there is none.
 */
export function frontMatterOf(text: string): string | null {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	return m ? `\n${m[1] ?? ''}` : null;
}
