/**
 * The one tooltip a chart shows: which mark, and where (in the chart container's pixels).
 * Marks call show() on focus, hover() and leave() for the pointer, hide() on blur, and tap()
 * on click. A mouse shows the tooltip on hover and a click opens the record; a finger has no
 * hover, so its first tap on a mark shows the tooltip (pinned, with a link to the evidence)
 * and a second tap on the same mark opens it.
 */
import type { MarkInfo } from '../data/mark-info.ts';

export class TooltipState {
	info = $state<MarkInfo | null>(null);
	x = $state(0);
	y = $state(0);
	/** Shown by a tap: stays until another tap, and can be touched (its link followed). */
	pinned = $state(false);
	/** The kind of the last pointer pressed on a mark, so a click knows whether it was a tap. */
	#pointer = '';

	show(info: MarkInfo, x: number, y: number): void {
		this.info = info;
		this.x = x;
		this.y = y;
	}

	hide(info?: MarkInfo): void {
		// A late blur from the previous mark must not hide the next mark's tooltip.
		if (!info || this.info?.id === info.id) {
			this.info = null;
			this.pinned = false;
		}
	}

	/** The pointer entered a mark: a mouse or pen shows the tooltip; a finger waits for its tap. */
	hover(info: MarkInfo, x: number, y: number, event: PointerEvent): void {
		if (event.pointerType !== 'touch') this.show(info, x, y);
	}

	/** The pointer left a mark: a finger "leaves" as it lifts, which must not hide what its tap showed. */
	leave(info: MarkInfo, event: PointerEvent): void {
		if (event.pointerType !== 'touch') this.hide(info);
	}

	/** A pointer was pressed on a mark. */
	press(event: PointerEvent): void {
		this.#pointer = event.pointerType;
	}

	/**
	 * A mark was clicked. True when the click only shows the tooltip (a first tap), and the
	 * caller must then prevent the link from being followed.
	 */
	tap(info: MarkInfo, x: number, y: number): boolean {
		const touch = this.#pointer === 'touch';
		this.#pointer = '';
		if (!touch || (this.pinned && this.info?.id === info.id)) return false;
		this.show(info, x, y);
		this.pinned = true;
		return true;
	}
}
