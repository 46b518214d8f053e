/**
 * A parsed YAML file that remembers where each value came from, so a problem found in a
 * value can name its line. Parsing is the `yaml` package's (YAML 1.2 core schema: dates
 * stay strings, `no` stays a string).
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { DataProblem } from './errors.ts';

export class YamlFile {
	readonly path: string;
	readonly data: unknown;
	readonly problems: DataProblem[] = [];
	private readonly doc: Document;
	private readonly lines = new LineCounter();

	constructor(path: string, text: string) {
		this.path = path;
		this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
		for (const e of [...this.doc.errors, ...this.doc.warnings]) {
			const pos = this.lines.linePos(e.pos[0]);
			this.problems.push({
				file: path,
				line: pos.line,
				column: pos.col,
				message: `YAML ${e.name === 'YAMLWarning' ? 'warning' : 'syntax error'}: ${e.message.split('\n')[0]}`
			});
		}
		this.data = this.problems.length ? undefined : this.doc.toJS();
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
