/**
 * A page's data arrives whole on every navigation: a filter change sends every view again,
 * each a new object, even those the filter does not touch (a chart the filter leaves as it
 * was). Handing a chart a new object redraws it in full. `keep` hands back the object it was
 * given last time for that name when the new one has the same content, so a `$derived` over
 * it keeps its value and the chart is left alone.
 */
export class Unchanged {
	readonly #json = new Map<string, string>();
	readonly #value = new Map<string, unknown>();

	/** `next`, or the value kept under `name` when `next` has the same JSON. */
	keep<T>(name: string, next: T): T {
		const json = JSON.stringify(next);
		if (this.#json.get(name) === json) return this.#value.get(name) as T;
		this.#json.set(name, json);
		this.#value.set(name, next);
		return next;
	}
}
