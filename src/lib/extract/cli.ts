/** What the extraction commands share: their arguments and how they stop. */

export interface Args {
	readonly positional: readonly string[];
	readonly data: string;
	readonly flags: ReadonlySet<string>;
}

/** `<positional...> [--data dir] [--flag ...]`; `--data` defaults to `data`. */
export function parseArgs(argv: readonly string[]): Args {
	const positional: string[] = [];
	const flags = new Set<string>();
	let data = 'data';
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] as string;
		if (a === '--data' || a === '--dir') data = argv[++i] ?? data;
		else if (a.startsWith('--')) flags.add(a.slice(2));
		else positional.push(a);
	}
	return { positional, data: data.replace(/\/+$/, '') || '.', flags };
}

/** Print one line to stderr and exit: 1 for bad input, 2 for a usage error. */
export function fail(command: string, message: string, code = 1): never {
	console.error(`${command}: ${message}`);
	process.exit(code);
}

// Piping into head closes stdout early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));
