/**
 * Dodging, as Observable Plot's dodgeY does it: marks that would overlap along x move to the
 * nearest free level, so none hides another. 'both' tries levels 0, -1, 1, -2, 2 ... (around a
 * centre line); 'down' tries 0, 1, 2 ... (under a baseline).
 */

export type DodgeDirection = 'both' | 'down';

function levelAt(k: number, direction: DodgeDirection): number {
	if (direction === 'down' || k === 0) return k;
	return k % 2 === 1 ? -(k + 1) / 2 : k / 2;
}

/** The level of each x (same order as given): marks on one level are at least `gap` apart. */
export function dodge(xs: readonly number[], gap: number, direction: DodgeDirection = 'both'): number[] {
	const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
	const lastX = new Map<number, number>();
	const levels = new Array<number>(xs.length).fill(0);
	for (const { x, i } of order) {
		for (let k = 0; ; k++) {
			const level = levelAt(k, direction);
			const prev = lastX.get(level);
			if (prev === undefined || x - prev >= gap) {
				lastX.set(level, x);
				levels[i] = level;
				break;
			}
		}
	}
	return levels;
}
