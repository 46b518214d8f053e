/**
 * The timeline's layout in pixels, for the real dataset at the widths and windows a reader
 * meets: nothing hides anything else, nothing leaves the figure, dense rows fold into "+N"
 * markers that account for every item, and narrow screens put lane names above lanes.
 */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/lib/data/filters.ts';
import { timelineView } from '../../src/lib/data/views/timeline.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';
import { DETAIL_SPAN, layoutTimeline, MAX_ROWS, textWidth, type PlaceMark } from '../../src/lib/timeline/layout.ts';
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
				for (const [c, d] of rows.get(m.row) ?? [])
					expect(b <= c || a >= d, `${m.item.id} overlaps in ${lane.id}`).toBe(true);
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
		const open = layoutTimeline(view, { width: 1280, window, expanded: ['diplomatic'] }).lanes.find(
			(l) => l.id === 'diplomatic'
		)!;
		expect(open.folds).toEqual([]);
		expect(open.marks).toHaveLength(15);
		expect(open.expanded).toBe(true);
	});

	it('keeps one item of every distinct date in view before repeats', () => {
		const lane = layoutTimeline(view, { width: 1280, window: WINDOWS['opening window'] }).lanes.find(
			(l) => l.id === 'lending'
		)!;
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

describe('labels: whole, or a number in the key', () => {
	describe.each(Object.entries(WINDOWS))('%s', (_, window) => {
		it.each(WIDTHS)(
			'at %dpx every mark shows its words whole or its number, and the key has each number once',
			(width) => {
				for (const figure of [false, true]) {
					const l = layoutTimeline(view, { width, window, figure });
					const numbers = l.key.map((k) => k.n);
					expect(numbers).toEqual(numbers.map((_, i) => i + 1));
					for (const m of l.lanes.flatMap((x) => x.marks)) {
						if (m.key === null) expect(m.label).toBe(m.item.label);
						else {
							expect(m.label).toBe(String(m.key));
							expect(l.key.find((k) => k.n === m.key)).toMatchObject({ id: m.item.id });
							expect(l.key.find((k) => k.n === m.key)?.text).toContain(m.item.label);
						}
					}
					for (const e of l.eras)
						expect(e.key === null ? e.label.replace(/ →$/, '') : l.key.find((k) => k.n === e.key)?.id).toBe(
							e.key === null ? e.era.label : e.era.id
						);
				}
			}
		);
	});

	it('puts the key under the legend in a static figure, inside its width, and counts it in the height', () => {
		const l = layoutTimeline(view, { width: 390, window: WINDOWS['opening window'], figure: true });
		expect(l.key.length).toBeGreaterThan(0);
		expect(l.keyLines.length).toBeGreaterThan(0);
		for (const line of l.keyLines) {
			expect(line.y).toBeGreaterThan(Math.max(...l.legend.map((e) => e.y)));
			expect(line.y).toBeLessThan(l.height);
			expect(line.x + textWidth(line.text)).toBeLessThanOrEqual(390);
		}
		// On a page the key is a list under the chart, not part of the drawing.
		expect(layoutTimeline(view, { width: 390, window: WINDOWS['opening window'] }).keyLines).toEqual([]);
	});
});

describe('static figures', () => {
	it('count folded rows in words instead of "+N" controls, naming what they are', () => {
		const l = layoutTimeline(view, { width: 1200, window: WINDOWS['opening window'], figure: true, maxRows: 1 });
		for (const lane of l.lanes) {
			expect(lane.folds).toEqual([]);
			const counted = lane.more?.items.length ?? 0;
			expect(lane.marks.length + counted).toBe(lane.visible);
			if (lane.more)
				expect(lane.more.text).toBe(
					`${counted} more ${counted === 1 ? ({ lending: 'loan claim', sanctions: 'sanctions measure' }[lane.id as 'lending'] ?? `${lane.id} event`) : ({ lending: 'loan claims', sanctions: 'sanctions measures' }[lane.id as 'lending'] ?? `${lane.id} events`)}, listed at the permalink`
				);
		}
		expect(l.lanes.find((x) => x.id === 'lending')?.more?.text).toMatch(
			/^\d+ more loan claims, listed at the permalink$/
		);
	});
});

describe('periods longer than the window', () => {
	it('are cut at both ends in a week of April 2019, and say their whole period', () => {
		const l = layoutTimeline(view, { width: 1280, window: daysWindow('2019-04-01', '2019-04-07') });
		const lending = l.lanes.find((x) => x.id === 'lending')!;
		const multiYear = lending.marks.filter((m) => m.item.start.slice(0, 4) !== m.item.end.slice(0, 4));
		expect(multiYear.length).toBeGreaterThanOrEqual(8);
		for (const m of multiYear) {
			// Every one starts years before the week; those that end after it are cut at both ends.
			expect(m.cutStart).toBe(true);
			expect(m.cutEnd).toBe(m.item.end > '2019-04-07');
			// The words (drawn or in the key) give the period, not the week.
			expect(m.item.label).toMatch(/\d{4}–\d{4}|past decade/);
		}
	});

	it('are not cut when the window holds them', () => {
		const l = layoutTimeline(view, { width: 1280, window: WINDOWS['full extent'] });
		const m = l.lanes.find((x) => x.id === 'lending')!.marks.find((x) => x.item.id === 'clfd-2018-ven')!;
		expect([m.cutStart, m.cutEnd]).toEqual([false, false]);
	});
});

describe('targets', () => {
	it.each([360, 390])(
		'at %dpx every mark takes a finger over at least 24x24 px, and no two such areas in a row overlap',
		(width) => {
			for (const window of Object.values(WINDOWS)) {
				const l = layoutTimeline(view, { width, window });
				for (const lane of l.lanes) {
					for (const m of lane.marks) {
						expect(m.hitX1 - m.hitX0).toBeGreaterThanOrEqual(24 - 1e-9);
						expect(m.rowHeight).toBeGreaterThanOrEqual(24);
						expect(m.hitX0).toBeGreaterThanOrEqual(0);
						for (const o of lane.marks) {
							if (o !== m && o.row === m.row)
								expect(o.hitX1 <= m.hitX0 || o.hitX0 >= m.hitX1, `${m.item.id} and ${o.item.id}`).toBe(true);
						}
					}
				}
			}
		}
	);
});
