/**
 * Calendar days (YYYY-MM-DD, as the data writes them) and instants in UTC milliseconds. All
 * UTC, so a server and a browser in any time zone agree on which day an instant falls in.
 * Views use these to place dated records; the timeline's scales build on them.
 */

export const DAY = 86_400_000;

/** Midnight UTC at the start of a day. */
export function dayStart(day: string): number {
	return Date.parse(`${day}T00:00:00Z`);
}

/** The day an instant falls in. */
export function dayOf(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}
