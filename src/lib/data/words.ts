/**
 * Counts in sentences, said once for every view: a count with its noun in the right number
 * ("1 event", "3 events"), and a list of counts that leaves out the ones that are zero ("2
 * events and 1 loan claim", never "0 to the day").
 */

/** "1 loan claim", "19 loan claims"; `plural` for nouns that do not just take an s. */
export function countPhrase(n: number, singular: string, plural = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(parts: readonly string[]): string {
	if (parts.length <= 1) return parts[0] ?? '';
	return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The counts that are not zero, as one phrase: [[2, 'event'], [0, 'sanctions measure'], [1,
 * 'loan claim']] is "2 events and 1 loan claim"; empty when every count is zero.
 */
export function countsPhrase(counts: readonly (readonly [n: number, singular: string, plural?: string])[]): string {
	return listPhrase(counts.filter(([n]) => n !== 0).map(([n, s, p]) => countPhrase(n, s, p)));
}

/** A sentence's first letter in capitals. */
export function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
