/**
 * Where the sanctions chart puts things at a given width: each lane as tall as its crowded
 * moments need (marks closer than their size are dodged, Plot-style, instead of hiding one
 * another), and every mark's position. Pure, so the server and the browser agree.
 */
import { scaleUtc, type ScaleTime } from 'd3';
import type { SanctionLane, SanctionMark, SanctionsView } from '../../data/views/sanctions.ts';
import { dodge } from '../common/dodge.ts';

export interface PlacedLane extends SanctionLane {
	/** Top of the lane and the y of its centre line, in chart-area pixels. */
	readonly top: number;
	readonly centre: number;
	readonly height: number;
}

export interface PlacedMark {
	readonly mark: SanctionMark;
	/** Centre of the mark (the middle of its date). */
	readonly x: number;
	readonly y: number;
	/** Extent of the date, for dates less precise than a day. */
	readonly x0: number;
	readonly x1: number;
}

export interface SanctionsLayout {
	readonly lanes: readonly PlacedLane[];
	readonly marks: readonly PlacedMark[];
	/** Height of the band above the lanes for the cumulative count (0 when not drawn). */
	readonly cumulativeHeight: number;
	/** Total height of the chart area. */
	readonly height: number;
}

export const MARK_SIZE = 12;
const STEP = MARK_SIZE + 1;
const LANE_PAD = 8;
const CUMULATIVE = 56;

/** Dates as UTC midnights, so every time zone draws the same chart. */
export const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The x scale over the view's domain (end day inclusive). */
export function timeScale(view: SanctionsView, width: number): ScaleTime<number, number> {
	const [from, to] = view.domain;
	const end = utcDay(to);
	end.setUTCDate(end.getUTCDate() + 1);
	return scaleUtc()
		.domain([utcDay(from), end])
		.range([0, width]);
}

export function layoutSanctions(view: SanctionsView, x: ScaleTime<number, number>): SanctionsLayout {
	const cumulativeHeight = view.measures > 1 ? CUMULATIVE : 0;
	const lanes: PlacedLane[] = [];
	const marks: PlacedMark[] = [];
	let top = cumulativeHeight;
	for (const lane of view.lanes) {
		const inLane = view.marks.filter((m) => m.sector === lane.sector);
		const spans = inLane.map((m) => {
			const x0 = x(utcDay(m.start));
			const end = utcDay(m.end);
			end.setUTCDate(end.getUTCDate() + 1);
			const x1 = x(end);
			return { m, x0, x1, x: (x0 + x1) / 2 };
		});
		const levels = dodge(
			spans.map((s) => s.x),
			STEP,
			'both'
		);
		const min = Math.min(0, ...levels);
		const max = Math.max(0, ...levels);
		const height = (max - min + 1) * STEP + 2 * LANE_PAD;
		const centre = top + LANE_PAD + (0 - min) * STEP + STEP / 2;
		lanes.push({ ...lane, top, centre, height });
		spans.forEach((s, i) => marks.push({ mark: s.m, x: s.x, y: centre + (levels[i] ?? 0) * STEP, x0: s.x0, x1: s.x1 }));
		top += height;
	}
	return { lanes, marks, cumulativeHeight, height: top };
}
