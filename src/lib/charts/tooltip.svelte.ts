/**
 * The one tooltip a chart shows: which mark, and where (in the chart container's pixels).
 * Marks call show() on pointerenter and focus, hide() on pointerleave and blur.
 */
import type { MarkInfo } from '../data/mark-info.ts';

export class TooltipState {
	info = $state<MarkInfo | null>(null);
	x = $state(0);
	y = $state(0);

	show(info: MarkInfo, x: number, y: number): void {
		this.info = info;
		this.x = x;
		this.y = y;
	}

	hide(info?: MarkInfo): void {
		// A late blur from the previous mark must not hide the next mark's tooltip.
		if (!info || this.info?.id === info.id) this.info = null;
	}
}
