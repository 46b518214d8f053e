/**
 * What the timeline shows and what the reader has chosen, with no UI: the full domain,
 * the visible window (zoom and pan), the selected period (the dashboard's `from`/`to`
 * filter window), which lanes show every row, and the keys that drive it all. Components
 * call its methods from buttons, keys, d3-zoom and d3-brush; tests call them directly.
 */
import { utcMonth, utcYear } from 'd3';
import {
	axisTicks,
	clampWindow,
	DAY,
	dayOf,
	dayStart,
	daysWindow,
	windowDays,
	type AxisTicks,
	type TimeWindow
} from './time.ts';

/** The selected period, as the dashboard's `from`/`to` filters: inclusive days, or null for open. */
export interface Selection {
	readonly from: string | null;
	readonly to: string | null;
}

export interface ControllerOptions {
	/** First and last day of the data. */
	readonly domain: { readonly start: string; readonly end: string };
	/** The days the timeline opens on (and returns to on Reset); defaults to the whole domain. */
	readonly initial?: { readonly start: string; readonly end: string };
	readonly selection?: Selection;
	/** The shortest window the reader can zoom to, in milliseconds. Default three days. */
	readonly minSpan?: number;
	/** Where the data is: one instant per item (its middle), for zooming in where it is dense. */
	readonly marks?: readonly number[];
}

/** How much one step of Zoom in / Zoom out changes the span. */
export const ZOOM_STEP = 2;
/** How far one arrow key pans, as a share of the visible span (Shift: a larger share). */
export const PAN_STEP = 0.1;
export const PAN_STEP_LARGE = 0.5;

export const NO_SELECTION: Selection = { from: null, to: null };

/** The keys the timeline answers to, for its help text. */
export const KEY_HELP = '+ and − zoom, ← and → pan (Shift for larger steps), Home resets, 0 shows all years';

/** A d3-zoom transform (scale k, x offset) over a base scale of the whole domain. */
export interface ZoomTransform {
	readonly k: number;
	readonly x: number;
}

/** What a brushed edge snaps to when a pixel spans more than a week (months) or a month (years). */
export function snapInterval(msPerPx: number): typeof utcMonth | null {
	if (msPerPx > 30 * DAY) return utcYear;
	if (msPerPx > 7 * DAY) return utcMonth;
	return null;
}

export class TimelineController {
	readonly domain: TimeWindow;
	readonly initial: TimeWindow;
	readonly minSpan: number;

	window = $state<TimeWindow>({ start: 0, end: 1 });
	selection = $state<Selection>(NO_SELECTION);
	/** Lanes shown with every row (the others fold extra rows into "+N" markers). */
	expanded = $state<readonly string[]>([]);
	/** True for a moment after the wheel is turned over the lanes without Ctrl or ⌘: the page scrolled, the timeline did not zoom. */
	wheelHint = $state(false);
	#hintTimer: ReturnType<typeof setTimeout> | undefined;
	/** One instant per item, sorted: see ControllerOptions.marks. Set again when the data changes. */
	#marks: readonly number[] = [];

	constructor(options: ControllerOptions) {
		this.domain = daysWindow(options.domain.start, options.domain.end);
		this.minSpan = options.minSpan ?? 3 * DAY;
		const initial = options.initial ? daysWindow(options.initial.start, options.initial.end) : this.domain;
		this.initial = clampWindow(initial, this.domain, this.minSpan);
		this.window = this.initial;
		this.selection = options.selection ?? NO_SELECTION;
		this.marks = options.marks ?? [];
	}

	get marks(): readonly number[] {
		return this.#marks;
	}

	set marks(instants: readonly number[]) {
		this.#marks = [...instants].sort((a, b) => a - b);
	}

	get span(): number {
		return this.window.end - this.window.start;
	}

	get canZoomIn(): boolean {
		return this.span > this.minSpan + 1;
	}

	get canZoomOut(): boolean {
		return this.span < this.domain.end - this.domain.start - 1;
	}

	/** Show this stretch of time, kept inside the domain and between the shortest and longest span. */
	setWindow(start: number, end: number): void {
		const next = clampWindow({ start, end }, this.domain, this.minSpan);
		if (next.start !== this.window.start || next.end !== this.window.end) this.window = next;
	}

	/** Show the days `first` to `last`, both included. */
	showDays(first: string, last: string): void {
		const w = daysWindow(first, last);
		this.setWindow(w.start, w.end);
	}

	/**
	 * Zoom by `factor` (2 halves the span, 0.5 doubles it) keeping `centre` (an instant) where
	 * it is on screen; by default the middle of the window.
	 */
	zoomBy(factor: number, centre = (this.window.start + this.window.end) / 2): void {
		if (!(factor > 0)) return;
		const full = this.domain.end - this.domain.start;
		const span = Math.min(full, Math.max(this.minSpan, this.span / factor));
		const start = centre - ((centre - this.window.start) / this.span) * span;
		this.setWindow(start, start + span);
	}

	/** Zoom in around `centre`; by default around what the reader is looking at (see zoomCentre). */
	zoomIn(centre = this.zoomCentre()): void {
		this.zoomBy(ZOOM_STEP, centre);
	}

	/**
	 * Where a zoom that names no instant (the buttons, the keys) zooms in: the part of the
	 * selected period that is in view; else the middle of the densest stretch of data in view
	 * (the stretch the zoomed window would show holding the most items); else the middle of
	 * the window. Never around an empty stretch when there is data to see.
	 */
	zoomCentre(): number {
		const w = this.window;
		const sel = this.selectionWindow;
		if (sel && sel.end > w.start && sel.start < w.end)
			return (Math.max(sel.start, w.start) + Math.min(sel.end, w.end)) / 2;
		const seen = this.#marks.filter((t) => t >= w.start && t <= w.end);
		if (!seen.length) return (w.start + w.end) / 2;
		const reach = this.span / ZOOM_STEP;
		let best = [0, 0];
		for (let i = 0, j = 0; i < seen.length; i++) {
			while (j + 1 < seen.length && (seen[j + 1] ?? 0) - (seen[i] ?? 0) <= reach) j++;
			if (j - i > (best[1] ?? 0) - (best[0] ?? 0)) best = [i, j];
		}
		return ((seen[best[0] ?? 0] ?? 0) + (seen[best[1] ?? 0] ?? 0)) / 2;
	}

	zoomOut(centre?: number): void {
		this.zoomBy(1 / ZOOM_STEP, centre);
	}

	/** Move the window by a share of its span: positive later, negative earlier. */
	panBy(fraction: number): void {
		const d = fraction * this.span;
		this.setWindow(this.window.start + d, this.window.end + d);
	}

	/**
	 * Pan so the window starts `px` pixels (of a plot `widthPx` wide) later than `start`: a
	 * drag that began with the window at `start` and has moved `px` to the left.
	 */
	panToPixels(start: number, px: number, widthPx: number): void {
		if (!(widthPx > 0)) return;
		const s = start + (px / widthPx) * this.span;
		this.setWindow(s, s + this.span);
	}

	/** Back to the opening window. */
	reset(): void {
		this.setWindow(this.initial.start, this.initial.end);
	}

	/** The whole domain, every year of the data. */
	showAll(): void {
		this.setWindow(this.domain.start, this.domain.end);
	}

	/** The wheel was turned without a modifier: say how to zoom, for a moment. */
	hintWheel(ms = 2500): void {
		this.wheelHint = true;
		clearTimeout(this.#hintTimer);
		this.#hintTimer = setTimeout(() => (this.wheelHint = false), ms);
	}

	// --- the selected period (the filter window) -------------------------------------------

	/** The selected period as a window, open ends at the domain's ends; null when none is selected. */
	get selectionWindow(): TimeWindow | null {
		const { from, to } = this.selection;
		if (!from && !to) return null;
		const start = from ? Math.max(dayStart(from), this.domain.start) : this.domain.start;
		const end = to ? Math.min(dayStart(to) + DAY, this.domain.end) : this.domain.end;
		return end > start ? { start, end } : null;
	}

	/**
	 * Select a brushed stretch and return the filter window it makes: whole days, or whole
	 * months or years when one pixel of the brush (`msPerPx`) spans weeks or months, so a drag
	 * from "about 2015" to "about 2019" selects 2015-01-01 to 2019-12-31. Kept inside the
	 * domain; a stretch reaching a domain end leaves that end open.
	 */
	select(start: number, end: number, msPerPx = 0): Selection {
		const snap = snapInterval(msPerPx);
		let a = Math.max(this.domain.start, Math.min(start, end));
		let b = Math.min(this.domain.end, Math.max(start, end));
		if (snap) {
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- temporaries for date arithmetic, not state
			a = snap.round(new Date(a)).getTime();
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- temporaries for date arithmetic, not state
			b = Math.max(snap.offset(new Date(a), 1).getTime(), snap.round(new Date(b)).getTime());
		}
		const days = windowDays({ start: a, end: Math.max(b, a + DAY) });
		const domainDays = windowDays(this.domain);
		this.selection = {
			from: days.from <= domainDays.from ? null : days.from,
			to: days.to >= domainDays.to ? null : days.to
		};
		return this.selection;
	}

	/**
	 * Select a period typed as days (either may be empty for an open end). Returns the
	 * selection, or the reason it was refused.
	 */
	selectDays(from: string | null, to: string | null): Selection | string {
		const isDay = (d: string) =>
			/^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(dayStart(d)) && dayOf(dayStart(d)) === d;
		const f = from?.trim() || null;
		const t = to?.trim() || null;
		if (f && !isDay(f)) return `“${f}” is not a date (YYYY-MM-DD)`;
		if (t && !isDay(t)) return `“${t}” is not a date (YYYY-MM-DD)`;
		if (f && t && f > t) return 'The period ends before it starts';
		this.selection = { from: f, to: t };
		return this.selection;
	}

	clearSelection(): Selection {
		this.selection = NO_SELECTION;
		return this.selection;
	}

	// --- lanes -------------------------------------------------------------------------------

	isExpanded(lane: string): boolean {
		return this.expanded.includes(lane);
	}

	toggleLane(lane: string): void {
		this.expanded = this.isExpanded(lane) ? this.expanded.filter((l) => l !== lane) : [...this.expanded, lane];
	}

	// --- keys --------------------------------------------------------------------------------

	/** Act on a key; true when it was the timeline's (the caller then prevents its default). */
	handleKey(key: string, shift = false): boolean {
		switch (key) {
			case '+':
			case '=':
				this.zoomIn();
				return true;
			case '-':
			case '_':
			case '−':
				this.zoomOut();
				return true;
			case 'ArrowLeft':
				this.panBy(-(shift ? PAN_STEP_LARGE : PAN_STEP));
				return true;
			case 'ArrowRight':
				this.panBy(shift ? PAN_STEP_LARGE : PAN_STEP);
				return true;
			case 'Home':
				this.reset();
				return true;
			case '0':
				this.showAll();
				return true;
			default:
				return false;
		}
	}

	// --- axis and d3-zoom --------------------------------------------------------------------

	/** Ticks for the visible window drawn `widthPx` wide: decades, years, months, weeks or days. */
	ticks(widthPx: number): AxisTicks {
		return axisTicks(this.window, widthPx);
	}

	/**
	 * The d3-zoom transform that shows the visible window, when the zoom's base scale maps
	 * the whole domain onto the pixels x0..x1.
	 */
	zoomTransform(x0: number, x1: number): ZoomTransform {
		const full = this.domain.end - this.domain.start;
		const k = full / this.span;
		const base = x0 + ((this.window.start - this.domain.start) / full) * (x1 - x0);
		return { k, x: x0 - k * base };
	}

	/** Show what a d3-zoom transform shows over a base scale of the domain on x0..x1. */
	applyZoomTransform(t: ZoomTransform, x0: number, x1: number): void {
		const full = this.domain.end - this.domain.start;
		const at = (px: number) => this.domain.start + (((px - t.x) / t.k - x0) / (x1 - x0)) * full;
		this.setWindow(at(x0), at(x1));
	}
}
