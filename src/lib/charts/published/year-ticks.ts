/** Whole years as axis ticks, as many as fit the width: every year, or every 2nd, 5th or 10th. */
export function yearTicks(first: number, last: number, width: number, spacing = 44): number[] {
	const room = Math.max(1, Math.floor((width - 60) / spacing));
	const step = [1, 2, 5, 10].find((s) => (last - first) / s + 1 <= room) ?? 10;
	const out: number[] = [];
	for (let y = Math.ceil(first / step) * step; y <= last; y += step) out.push(y);
	return out;
}
