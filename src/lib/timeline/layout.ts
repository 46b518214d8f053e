/**
 * Where everything on the timeline goes, in pixels, for a width and a visible window:
 * lanes stacked top to bottom, each item in the first sub-row where it hides nothing, labels
 * where they fit, and rows beyond a lane's limit folded into "+N" markers that open the
 * lane. A label is drawn whole or not at all: a mark with no room for its words carries a
 * number, and the key under the chart gives the words. In a static figure nothing is a
 * control: the folded rows become a written count. Pure arithmetic, no DOM: text widths are
 * the shared server-safe estimates.
 */
import { textWidth as estimate, wrapText } from '../charts/common/text.ts';
import { countPhrase } from '../data/words.ts';
import type { TimelineEra, TimelineItem, TimelineLaneId, TimelineView } from '../data/views/timeline.ts';
import { DAY, dayStart, type TimeWindow } from './time.ts';

/** Below this width, lane labels sit above their lanes instead of beside them. */
export const COMPACT_WIDTH = 600;
/** Height of a row: on wide screens (a mouse), and below COMPACT_WIDTH (a finger). */
export const ROW = 18;
export const TOUCH_ROW = 24;
/** The least width and height a mark takes a tap or click over below COMPACT_WIDTH (WCAG 2.2 target size). */
export const TOUCH_TARGET = 24;
export const MARK_HEIGHT = 12;
export const POINT_RADIUS = 5;
export const FONT_SIZE = 11;
/** Rows a lane shows before folding the rest into "+N" markers (unless opened). */
export const MAX_ROWS = 4;
/** Zoomed in to this span or less, lanes show every row: the reader has come for the detail. */
export const DETAIL_SPAN = 62 * DAY;
const GAP = 4;
const MIN_SPAN_PX = 6;
const GUTTER = 116;
const HEADER = 16;
const LANE_GAP = 10;
/** Height of the eras' label band, and the gap under it. */
const ERA_BAND = 16;
const ERA_GAP = 4;
export const AXIS_HEIGHT = 40;
const RIGHT = 12;
const LEGEND_ROW = 18;

/** Estimated width of a label, erring wide so a label judged to fit does fit. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
	return Math.ceil(estimate(text, fontSize));
}

export interface PlaceMark {
	readonly item: TimelineItem;
	readonly row: number;
	/** Left and right of the mark, cut to the plot. */
	readonly x0: number;
	readonly x1: number;
	/** For points: the centre. */
	readonly cx: number;
	/** Top of the mark. */
	readonly y: number;
	/** The mark runs on past the left or right of the plot. */
	readonly cutStart: boolean;
	readonly cutEnd: boolean;
	/** Top and height of the row the mark sits in. */
	readonly rowY: number;
	readonly rowHeight: number;
	/** Left and right of the area that takes a pointer (at least TOUCH_TARGET wide below COMPACT_WIDTH). */
	readonly hitX0: number;
	readonly hitX1: number;
	/**
	 * Drawn label: the item's words whole, or its number in the key (`key`) when they have no
	 * room; `inside` when it sits on the span itself.
	 */
	readonly label: string | null;
	readonly key: number | null;
	readonly labelX: number;
	/** The label reads rightwards from labelX (`start`) or ends at it (`end`, left of the mark). */
	readonly anchor: 'start' | 'end';
	readonly inside: boolean;
}

/** Items folded away at the lane's limit: a marker that opens the lane. */
export interface FoldMark {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly text: string;
	readonly items: readonly TimelineItem[];
}

export interface LaneLayout {
	readonly id: TimelineLaneId;
	readonly label: string;
	/** Top of the lane's first row, and the height of its rows. */
	readonly y: number;
	readonly height: number;
	/** Where the lane's name is drawn (baseline). */
	readonly labelX: number;
	readonly labelY: number;
	readonly rows: number;
	readonly marks: readonly PlaceMark[];
	readonly folds: readonly FoldMark[];
	/** In a static figure, the written count that stands for the folded items ("19 more loan claims…"). */
	readonly more: {
		readonly x: number;
		readonly y: number;
		readonly text: string;
		readonly items: readonly TimelineItem[];
	} | null;
	/** The lane has more rows than MAX_ROWS, so it can be opened or folded. */
	readonly foldable: boolean;
	readonly expanded: boolean;
	/** How many of its items lie in the visible window. */
	readonly visible: number;
}

export interface EraLayout {
	readonly era: TimelineEra;
	readonly x0: number;
	readonly x1: number;
	/** The era's name (or its number in the key); beside the band (ending at labelX) when the band is too narrow. */
	readonly label: string;
	readonly key: number | null;
	readonly labelX: number;
	readonly anchor: 'start' | 'end';
	readonly cutEnd: boolean;
}

export type LegendSymbol = 'text' | 'sector' | 'span' | 'point' | 'band' | 'as-reported' | 'era';
export interface LegendEntry {
	readonly symbol: LegendSymbol;
	/** The sector a swatch shows, for colour. */
	readonly key: string | null;
	readonly label: string;
	readonly x: number;
	readonly y: number;
}

/** A mark or era whose words are not drawn on the chart: its number and its words. */
export interface KeyEntry {
	readonly n: number;
	readonly id: string;
	readonly text: string;
	/** When it was, as the evidence dates it. */
	readonly date: string;
}

export interface TimelineLayout {
	readonly width: number;
	readonly height: number;
	readonly compact: boolean;
	/** The plot's left and right edges, and the top and bottom of the lanes. */
	readonly x0: number;
	readonly x1: number;
	readonly top: number;
	readonly bottom: number;
	readonly eraY: number | null;
	/** Height of the eras' label band (a target a finger can hit below COMPACT_WIDTH). */
	readonly eraHeight: number;
	readonly eras: readonly EraLayout[];
	readonly lanes: readonly LaneLayout[];
	/** Top of the axis, under the lanes. */
	readonly axisY: number;
	readonly legend: readonly LegendEntry[];
	/** Height of a row. */
	readonly row: number;
	/** Every numbered mark and era, in number order. */
	readonly key: readonly KeyEntry[];
	/** In a static figure, the key drawn under the legend, line by line (baselines). */
	readonly keyLines: readonly { readonly x: number; readonly y: number; readonly text: string }[];
}

export interface LayoutOptions {
	readonly width: number;
	readonly window: TimeWindow;
	/** Lanes shown with every row. */
	readonly expanded?: readonly string[];
	/** Rows a folded lane shows. Default MAX_ROWS, or every row when zoomed to DETAIL_SPAN or less. */
	readonly maxRows?: number;
	/**
	 * A static figure: folded items are a written count, not a control, and the key is drawn
	 * under the legend (on a page it is a list under the chart).
	 */
	readonly figure?: boolean;
}

interface Box {
	item: TimelineItem;
	x0: number;
	x1: number;
	cx: number;
	cutStart: boolean;
	cutEnd: boolean;
	/** The area that takes a pointer. */
	hitX0: number;
	hitX1: number;
}

/** Horizontal extent of the plot for a figure width. */
export function plotRange(width: number): { x0: number; x1: number; compact: boolean } {
	const compact = width < COMPACT_WIDTH;
	return { x0: compact ? 8 : GUTTER, x1: Math.max((compact ? 8 : GUTTER) + 40, width - RIGHT), compact };
}

function boxOf(item: TimelineItem, x: (ms: number) => number, left: number, right: number, minHit: number): Box | null {
	const start = dayStart(item.start);
	const end = dayStart(item.end) + DAY;
	let box: Omit<Box, 'hitX0' | 'hitX1'>;
	if (item.shape === 'point') {
		const cx = x((start + end) / 2);
		// Only marks a reader can see are drawn (and so take focus): a point whose centre is
		// outside the plot would show a sliver at best.
		if (cx < left || cx > right) return null;
		box = { item, x0: cx - POINT_RADIUS, x1: cx + POINT_RADIUS, cx, cutStart: false, cutEnd: false };
	} else {
		let a = x(start);
		let b = x(end);
		if (b - a < MIN_SPAN_PX) {
			const mid = (a + b) / 2;
			a = mid - MIN_SPAN_PX / 2;
			b = mid + MIN_SPAN_PX / 2;
		}
		if (b <= left || a >= right) return null;
		box = {
			item,
			x0: Math.max(a, left),
			x1: Math.min(b, right),
			cx: (a + b) / 2,
			cutStart: a < left,
			cutEnd: b > right
		};
	}
	// A narrow mark takes a finger over a wider area around it, kept inside the figure.
	const extra = Math.max(0, (minHit - (box.x1 - box.x0)) / 2);
	const hitX0 = Math.max(0, box.x0 - extra);
	return { ...box, hitX0, hitX1: Math.max(box.x1 + extra, hitX0 + minHit) };
}

interface Label {
	label: string | null;
	labelX: number;
	anchor: 'start' | 'end';
	inside: boolean;
	/** No room for the words: the mark carries its number in the key. */
	keyed: boolean;
}

interface Placed extends Label {
	box: Box;
	row: number;
}

/** Room the arrow at a span's cut end takes on the span. */
export const CUT_ARROW = 9;

/** Room a mark's number takes beside it. */
const KEY_WIDTH = Math.ceil(estimate('99', FONT_SIZE));

/**
 * Where an item's label goes: on the span if it fits there whole; else (with `withLabels`)
 * beside the mark, on the roomier side or on `side`; else the mark carries its number in the key.
 */
function placeLabel(
	box: Box,
	withLabels: boolean,
	maxLabel: number,
	left: number,
	right: number,
	side?: 'start' | 'end'
): Label {
	const text = box.item.label;
	const span = box.item.shape !== 'point';
	// Room on the span, clear of the arrows at its cut ends.
	const inset = 4 + (box.cutStart ? CUT_ARROW : 0);
	const room = box.x1 - box.x0 - 8 - (box.cutStart ? CUT_ARROW : 0) - (box.cutEnd ? CUT_ARROW : 0);
	if (span && textWidth(text) <= room)
		return { label: text, labelX: box.x0 + inset, anchor: 'start', inside: true, keyed: false };
	const pad = span ? 4 : POINT_RADIUS + 3;
	const after = span ? box.x1 + pad : box.cx + pad;
	const before = span ? box.x0 - pad : box.cx - pad;
	const roomAfter = right - after;
	const roomBefore = before - left;
	if (withLabels) {
		const need = textWidth(text);
		const sides: ('start' | 'end')[] = side
			? [side]
			: roomAfter >= need || roomAfter >= roomBefore
				? ['start', 'end']
				: ['end', 'start'];
		for (const s of sides) {
			if (need <= Math.min(maxLabel, s === 'start' ? roomAfter : roomBefore)) {
				return { label: text, labelX: s === 'start' ? after : before, anchor: s, inside: false, keyed: false };
			}
		}
	}
	if (span && KEY_WIDTH <= room)
		return { label: null, labelX: box.x0 + inset, anchor: 'start', inside: true, keyed: true };
	const onLeft = side ? side === 'end' : roomAfter < KEY_WIDTH && roomBefore > roomAfter;
	return { label: null, labelX: onLeft ? before : after, anchor: onLeft ? 'end' : 'start', inside: false, keyed: true };
}

const overlaps = (a: number, b: number, row: readonly { a: number; b: number }[]) =>
	!row.every((o) => b + GAP <= o.a || a >= o.b + GAP);

/** The horizontal extent of a mark, its label (or number) and the area it takes a pointer over. */
function extent(box: Box, l: Label): { a: number; b: number } {
	const w = l.inside ? 0 : l.keyed ? KEY_WIDTH : l.label ? textWidth(l.label) : 0;
	return {
		a: Math.min(box.hitX0, l.anchor === 'end' ? Math.min(box.x0, l.labelX - w) : box.x0),
		b: Math.max(box.hitX1, l.anchor === 'start' ? Math.max(box.x1, l.labelX + w) : box.x1)
	};
}

/**
 * First-fit into rows: each item goes to the first row where it (and its label, with
 * `withLabels`, else its number) overlaps nothing. Items dated exactly like an earlier one go
 * last, so when rows run out it is the repeats that fold away and every distinct date stays
 * in view. Without `withLabels`, words replace numbers afterwards wherever their row has room.
 */
function stack(
	boxes: readonly Box[],
	withLabels: boolean,
	maxLabel: number,
	left: number,
	right: number
): { placed: Placed[]; rows: number } {
	const seen = new Set<string>();
	const firsts: Box[] = [];
	const repeats: Box[] = [];
	for (const box of boxes) {
		const key = `${box.item.start}/${box.item.end}/${box.item.shape}`;
		(seen.has(key) ? repeats : firsts).push(box);
		seen.add(key);
	}
	const rows: { a: number; b: number }[][] = [];
	const placed: Placed[] = [];
	for (const box of [...firsts, ...repeats]) {
		const l = placeLabel(box, withLabels, maxLabel, left, right);
		const { a, b } = extent(box, l);
		let row = rows.findIndex((r) => !overlaps(a, b, r));
		if (row < 0) {
			row = rows.length;
			rows.push([]);
		}
		rows[row]?.push({ a, b });
		placed.push({ box, row, ...l });
	}
	if (!withLabels) {
		for (const p of placed) {
			if (!p.keyed) continue;
			const mine = extent(p.box, p);
			const others = (rows[p.row] ?? []).filter((o) => o.a !== mine.a || o.b !== mine.b);
			const preferred = placeLabel(p.box, true, maxLabel, left, right);
			const candidates = [
				preferred,
				placeLabel(p.box, true, maxLabel, left, right, preferred.anchor === 'start' ? 'end' : 'start')
			];
			const fits = candidates.find((l) => !l.keyed && !overlaps(extent(p.box, l).a, extent(p.box, l).b, others));
			if (fits) {
				Object.assign(p, fits);
				rows[p.row] = [...others, extent(p.box, fits)];
			}
		}
	}
	return { placed, rows: rows.length };
}

export function layoutTimeline(view: TimelineView, options: LayoutOptions): TimelineLayout {
	const { width, window } = options;
	const { x0, x1, compact } = plotRange(width);
	const row = compact ? TOUCH_ROW : ROW;
	const minHit = compact ? TOUCH_TARGET : 0;
	const span = window.end - window.start;
	const x = (ms: number) => x0 + ((ms - window.start) / span) * (x1 - x0);
	const maxLabel = Math.min(480, (x1 - x0) * 0.6);
	const expanded = options.expanded ?? [];
	// A figure may fold a lane down to its written count alone (Timeline.svelte); a page shows a row at least.
	const maxRows = Math.max(options.figure ? 0 : 1, options.maxRows ?? (span <= DETAIL_SPAN ? Infinity : MAX_ROWS));

	let y = 4;
	const eraY = view.eras.length ? y : null;
	const eraHeight = compact ? TOUCH_TARGET : ERA_BAND;
	if (eraY !== null) y += eraHeight + ERA_GAP;
	const top = y;

	const keyed: { n: number; id: string; text: string; date: string }[] = [];
	const numbered = (id: string, text: string, date: string) => {
		keyed.push({ n: keyed.length + 1, id, text, date });
		return keyed.length;
	};

	const eras: EraLayout[] = view.eras.flatMap((era): EraLayout[] => {
		const a = x(dayStart(era.start));
		const b = x(dayStart(era.end) + DAY);
		if (b < x0 || a > x1) return [];
		const left = Math.max(a, x0);
		const right = Math.min(b, x1);
		const inside = right - left - 8;
		const before = left - 4 - x0;
		const base = { era, x0: left, x1: right, cutEnd: b > x1 };
		if (textWidth(era.label) <= inside)
			return [{ ...base, label: era.label, key: null, labelX: left + 4, anchor: 'start' }];
		// Beside the band, pointing at it; else its number, in the band or beside it.
		if (textWidth(`${era.label} →`) <= before)
			return [{ ...base, label: `${era.label} →`, key: null, labelX: left - 4, anchor: 'end' }];
		const n = numbered(era.id, era.label, era.info.date);
		return [
			KEY_WIDTH <= inside
				? { ...base, label: String(n), key: n, labelX: left + 4, anchor: 'start' }
				: { ...base, label: `${n} →`, key: n, labelX: left - 4, anchor: 'end' }
		];
	});

	const lanes: LaneLayout[] = view.lanes.map((lane, index) => {
		if (index > 0) y += LANE_GAP;
		const labelY = compact ? y + HEADER - 4 : y + row / 2 + 4;
		if (compact) y += HEADER;
		const boxes = lane.items.flatMap((item) => boxOf(item, x, x0, x1, minHit) ?? []);
		const plain = stack(boxes, false, maxLabel, x0, x1);
		const labelled = stack(boxes, true, maxLabel, x0, x1);
		const chosen = labelled.rows <= Math.max(plain.rows + 1, 1) ? labelled : plain;
		const isOpen = expanded.includes(lane.id);
		const limit = isOpen ? Infinity : maxRows;
		const shown = chosen.rows > limit ? plain : chosen;
		const kept = shown.placed.filter((p) => p.row < limit).sort((p, q) => p.box.x0 - q.box.x0 || p.row - q.row);
		const folded = shown.placed.filter((p) => p.row >= limit);
		const rowsDrawn = Math.min(shown.rows, limit) + (folded.length ? 1 : 0);
		const laneTop = y;
		const marks: PlaceMark[] = kept.map((p) => {
			const key = p.keyed ? numbered(p.box.item.id, p.box.item.label, p.box.item.info.date) : null;
			return {
				item: p.box.item,
				row: p.row,
				x0: p.box.x0,
				x1: p.box.x1,
				cx: p.box.cx,
				y: laneTop + p.row * row + (row - MARK_HEIGHT) / 2,
				rowY: laneTop + p.row * row,
				rowHeight: row,
				hitX0: p.box.hitX0,
				hitX1: p.box.hitX1,
				cutStart: p.box.cutStart,
				cutEnd: p.box.cutEnd,
				label: key === null ? p.label : String(key),
				key,
				labelX: p.labelX,
				anchor: p.anchor,
				inside: p.inside
			};
		});
		const foldY = laneTop + Math.min(shown.rows, limit) * row + (row - MARK_HEIGHT) / 2;
		const more =
			options.figure && folded.length
				? {
						x: x0 + 4,
						y: foldY + MARK_HEIGHT / 2 + 4,
						text: `${countPhrase(folded.length, `more ${lane.noun[0]}`, `more ${lane.noun[1]}`)}, listed at the permalink`,
						items: folded.map((p) => p.box.item)
					}
				: null;
		const folds = options.figure ? [] : foldMarks(folded, foldY, x1);
		const height = Math.max(1, rowsDrawn) * row;
		y += height;
		return {
			id: lane.id,
			label: lane.label,
			y: laneTop,
			height,
			labelX: compact ? x0 : 8,
			labelY,
			rows: rowsDrawn,
			marks,
			folds,
			more,
			foldable: shown.rows > maxRows,
			expanded: isOpen,
			visible: boxes.length
		};
	});

	const bottom = Math.max(y, top + row);
	const axisY = bottom + 4;
	const legendTop = axisY + AXIS_HEIGHT;
	const legend = legendEntries(view, width, 8, legendTop);
	const legendBottom = legend.length ? Math.max(...legend.map((l) => l.y)) + 10 : legendTop;
	const key = keyed.map((k) => ({ ...k, text: k.text.includes(k.date) ? k.text : `${k.text} (${k.date})` }));
	const keyLines = options.figure ? keyText(key, 8, width - 8, legendBottom + 8) : [];
	const height = (keyLines.length ? (keyLines.at(-1)?.y ?? 0) + 6 : legendBottom) + 4;
	return {
		width,
		height,
		compact,
		x0,
		x1,
		top,
		bottom,
		eraY,
		eraHeight,
		eras,
		lanes,
		axisY,
		legend,
		row,
		key,
		keyLines
	};
}

/** The key as lines of text: entries run on one after another, an entry never split across lines unless it is longer than one. */
function keyText(
	key: readonly KeyEntry[],
	left: number,
	right: number,
	top: number
): { x: number; y: number; text: string }[] {
	const lines: string[] = [];
	const max = right - left;
	const sep = ' · ';
	for (const k of key) {
		const entry = `${k.n} ${k.text}`;
		const last = lines.at(-1);
		if (last !== undefined && textWidth(last + sep + entry) <= max) lines[lines.length - 1] = last + sep + entry;
		else if (textWidth(entry) <= max) lines.push(entry);
		else lines.push(...wrapText(entry, max, FONT_SIZE));
	}
	return lines.map((text, i) => ({ x: left, y: top + 12 + i * 15, text }));
}

/** Folded items that lie near each other share one marker. */
function foldMarks(folded: readonly Placed[], y: number, right: number): FoldMark[] {
	const sorted = [...folded].sort((a, b) => a.box.x0 - b.box.x0);
	const groups: { x: number; end: number; items: TimelineItem[] }[] = [];
	for (const p of sorted) {
		const last = groups[groups.length - 1];
		const chipEnd = (g: { x: number; items: unknown[] }) => g.x + textWidth(`+${g.items.length + 1}`) + 12;
		if (last && p.box.x0 <= Math.max(last.end, chipEnd(last)) + GAP) {
			last.items.push(p.box.item);
			last.end = Math.max(last.end, p.box.x1);
		} else {
			groups.push({ x: p.box.x0, end: p.box.x1, items: [p.box.item] });
		}
	}
	return groups.map((g) => {
		const text = `+${g.items.length}`;
		const w = textWidth(text) + 10;
		return { x: Math.min(g.x, right - w), y, width: w, text, items: g.items };
	});
}

function legendEntries(view: TimelineView, width: number, left: number, top: number): LegendEntry[] {
	const wanted: { symbol: LegendSymbol; key: string | null; label: string }[] = [];
	const shapes = new Set(view.lanes.flatMap((l) => l.items.map((i) => i.shape)));
	if (shapes.has('point')) wanted.push({ symbol: 'point', key: null, label: 'a day' });
	if (shapes.has('span')) wanted.push({ symbol: 'span', key: null, label: 'a week, month, year or range' });
	if (shapes.has('band')) wanted.push({ symbol: 'band', key: null, label: 'a decade' });
	if (shapes.has('as-reported'))
		wanted.push({ symbol: 'as-reported', key: null, label: 'period in words, counted back from publication' });
	if (view.eras.length) wanted.push({ symbol: 'era', key: null, label: 'era' });
	for (const s of view.sectors) wanted.push({ symbol: 'sector', key: s, label: s.replace(/-/g, ' ') });

	const out: LegendEntry[] = [];
	let x = left;
	let y = top + 12;
	let sectorsStarted = false;
	for (const w of wanted) {
		const lead = w.symbol === 'sector' && !sectorsStarted ? 'Sanctions by first sector: ' : '';
		const need = 18 + textWidth(lead + w.label) + 14;
		if (x > left && (x + need > width - 8 || (lead && x > left))) {
			x = left;
			y += LEGEND_ROW;
		}
		if (lead) {
			sectorsStarted = true;
			out.push({ symbol: 'text', key: null, label: lead.trim(), x, y });
			x += textWidth(lead) + 4;
		}
		out.push({ ...w, x, y });
		x += 18 + textWidth(w.label) + 14;
	}
	return out;
}
