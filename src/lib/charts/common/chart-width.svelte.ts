/**
 * A chart's width: the one it was told to draw at (on the server and before the first
 * measurement), then the width LayerCake measures from its container. The legend, the
 * padding and the layout read it, so they follow the container too.
 */
export class ChartWidth {
	measured = $state(0);
	#initial: () => number;

	constructor(initial: () => number) {
		this.#initial = initial;
	}

	/** The measured width, or the initial one until there is a measurement (0 means hidden). */
	get current(): number {
		return this.measured > 0 ? this.measured : this.#initial();
	}
}
