/**
 * The timeline's layout in pixels, for the real dataset at the widths and windows a reader
 * meets: nothing hides anything else, nothing leaves the figure, dense rows fold into "+N"
 * markers that account for every item, and narrow screens put lane names above lanes.
 */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/lib/data/filters.ts';
import { timelineView } from '../../src/lib/data/views/timeline.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { DETAIL_SPAN, fitText, layoutTimeline, MAX_ROWS, textWidth, type PlaceMark } from '../../src/lib/timeline/layout.ts';
import { daysWindow } from '../../src/lib/timeline/time.ts';

const ds = loadDatasetFromDir('data');
const view = timelineView(ds, NO_FILTERS);
const WINDOWS = {
	'full extent': daysWindow('1980-01-01', '2021-12-31'),
	'opening window': daysWindow('2014-01-01', '2019-12-31'),
	'week of 8 Apr 2019': daysWindow('2019-04-08', '2019-04-14')
};
const WIDTHS = [360, 390, 768, 1280, 1440];

/** A mark's horizontal extent with its label, when the label is beside it. */
function extent(m: PlaceMark): [number, number] {
	if (!m.label || m.inside) return [m.x0, m.x1];
	const w = textWidth(m.label);
	return m.anchor === 'end' ? [Math.min(m.x0, m.labelX - w), m.x1] : [m.x0, Math.max(m.x1, m.labelX + w)];
}

describe.each(Object.entries(WINDOWS))('%s', (_, window) => {
	it.each(WIDTHS)('at %dpx nothing in a lane overlaps and nothing leaves the figure', (width) => {
		const l = layoutTimeline(view, { width, window });
		expect(l.height).toBeGreaterThan(0);
		for (const lane of l.lanes) {
			const rows = new Map<number, [number, number][]>();
			for (const m of lane.marks) {
				const [a, b] = extent(m);
				expect(a).toBeGreaterThanOrEqual(0);
				expect(b).toBeLessThanOrEqual(width);
				for (const [c, d] of rows.get(m.row) ?? []) expect(b <= c || a >= d, `${m.item.id} overlaps in ${lane.id}`).toBe(true);
				rows.set(m.row, [...(rows.get(m.row) ?? []), [a, b]]);
			}
			for (const f of lane.folds) expect(f.x + f.width).toBeLessThanOrEqual(l.x1);
			// Every item in view is either drawn or counted in a marker.
			expect(lane.marks.length + lane.folds.reduce((n, f) => n + f.items.length, 0)).toBe(lane.visible);
		}
		// Lanes stack without overlapping each other.
		for (let i = 1; i < l.lanes.length; i++) {
			const prev = l.lanes[i - 1]!;
			expect(l.lanes[i]!.y).toBeGreaterThan(prev.y + prev.height);
		}
	});
});

describe('rows', () => {
	it(`folds rows past ${MAX_ROWS} into markers, and shows them all when the lane is opened`, () => {
		const window = WINDOWS['full extent'];
		const folded = layoutTimeline(view, { width: 1280, window }).lanes.find((l) => l.id === 'diplomatic')!;
		expect(folded.foldable).toBe(true);
		expect(folded.rows).toBe(MAX_ROWS + 1);
		expect(folded.folds.length).toBeGreaterThan(0);
		const open = layoutTimeline(view, { width: 1280, window, expanded: ['diplomatic'] }).lanes.find((l) => l.id === 'diplomatic')!;
		expect(open.folds).toEqual([]);
		expect(open.marks).toHaveLength(15);
		expect(open.expanded).toBe(true);
	});

	it('keeps one item of every distinct date in view before repeats', () => {
		const lane = layoutTimeline(view, { width: 1280, window: WINDOWS['opening window'] }).lanes.find((l) => l.id === 'lending')!;
		const shown = new Set(lane.marks.map((m) => `${m.item.start}/${m.item.end}`));
		expect(shown).toContain('2005-01-01/2017-12-31');
		expect(shown).toContain('2009-04-18/2019-04-17');
		expect(shown).toContain('2000-01-01/2021-12-31');
	});

	it(`shows every row with labels when zoomed to ${DETAIL_SPAN / 86_400_000} days or less`, () => {
		const l = layoutTimeline(view, { width: 1280, window: WINDOWS['week of 8 Apr 2019'] });
		const diplomatic = l.lanes.find((x) => x.id === 'diplomatic')!;
		expect(diplomatic.folds).toEqual([]);
		expect(diplomatic.marks.length).toBe(diplomatic.visible);
		expect(diplomatic.marks.filter((m) => m.label).length).toBeGreaterThanOrEqual(diplomatic.marks.length - 2);
		expect(l.lanes.find((x) => x.id === 'military')!.marks.map((m) => m.label)).toContain(
			'At a White House meeting, Bolton orders the Pentagon to draw up military plans for Venezuela'
		);
	});

	it('fits a lower row limit when asked', () => {
		const l = layoutTimeline(view, { width: 1280, window: WINDOWS['full extent'], maxRows: 1 });
		expect(l.lanes.every((x) => x.rows <= 2)).toBe(true);
	});
});

describe('narrow and wide', () => {
	it('puts lane names above lanes below 600px and beside them above', () => {
		const narrow = layoutTimeline(view, { width: 360, window: WINDOWS['opening window'] });
		expect(narrow.compact).toBe(true);
		for (const lane of narrow.lanes) expect(lane.labelY).toBeLessThan(lane.y);
		const wide = layoutTimeline(view, { width: 1280, window: WINDOWS['opening window'] });
		expect(wide.compact).toBe(false);
		for (const lane of wide.lanes) expect(lane.labelX + textWidth(lane.label, 12)).toBeLessThan(wide.x0);
	});

	it('keeps the legend inside the figure', () => {
		for (const width of WIDTHS) {
			const l = layoutTimeline(view, { width, window: WINDOWS['opening window'] });
			for (const e of l.legend) {
				expect(e.x + 18 + textWidth(e.label)).toBeLessThanOrEqual(width);
				expect(e.y).toBeLessThan(l.height);
			}
		}
	});

	it('names an era beside its band when the band is too narrow', () => {
		const era = layoutTimeline(view, { width: 390, window: WINDOWS['full extent'] }).eras[0]!;
		expect(era.anchor).toBe('end');
		expect(era.label.length).toBeGreaterThan(10);
	});
});

describe('text', () => {
	it.each([
		['Political', 100, 'Political'],
		['Juan Guaidó swears himself in', 80, 'Juan Guaidó s…'],
		['Juan', 10, '']
	])('fits "%s" into %dpx as "%s"', (text, px, expected) => {
		expect(fitText(text, px)).toBe(expected);
		if (expected) expect(textWidth(expected)).toBeLessThanOrEqual(px);
	});
});
