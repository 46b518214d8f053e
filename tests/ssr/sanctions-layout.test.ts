import { describe, expect, it } from 'vitest';
import { dodge } from '../../src/lib/charts/common/dodge.ts';
import { layoutSanctions, MARK_SIZE, timeScale } from '../../src/lib/charts/sanctions/layout.ts';
import { timeTick } from '../../src/lib/charts/sanctions/time-format.ts';
import { NO_FILTERS } from '../../src/lib/data/filters.ts';
import { sanctionsView } from '../../src/lib/data/views/sanctions.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

describe('dodge', () => {
	it.each([
		{ xs: [], gap: 10, direction: 'both', expected: [] },
		{ xs: [0, 20, 40], gap: 10, direction: 'both', expected: [0, 0, 0] },
		{ xs: [0, 5, 8, 30], gap: 10, direction: 'both', expected: [0, -1, 1, 0] },
		{ xs: [0, 5, 8, 30], gap: 10, direction: 'down', expected: [0, 1, 2, 0] },
		{ xs: [8, 0, 5], gap: 10, direction: 'down', expected: [2, 0, 1] },
		{ xs: [0, 10], gap: 10, direction: 'both', expected: [0, 0] }
	] as const)('$xs with gap $gap ($direction) → $expected', ({ xs, gap, direction, expected }) => {
		expect(dodge(xs, gap, direction)).toEqual(expected);
	});
});

describe('timeTick', () => {
	it.each([
		['2019-01-01', '2019'],
		['2019-04-01', 'Apr'],
		['2019-04-05', '5 Apr']
	])('%s → %s', (iso, label) => {
		expect(timeTick(new Date(`${iso}T00:00:00Z`))).toBe(label);
	});
});

describe('layoutSanctions', () => {
	const view = sanctionsView(loadDatasetFromDir('data'), NO_FILTERS);

	it.each([360, 640, 1280])('keeps marks in one lane at least a mark apart at %i px', (width) => {
		const layout = layoutSanctions(view, timeScale(view, width));
		expect(layout.marks).toHaveLength(view.marks.length);
		for (const lane of layout.lanes) {
			const inLane = layout.marks.filter((m) => m.mark.sector === lane.sector);
			for (const a of inLane) {
				expect(a.y - MARK_SIZE / 2).toBeGreaterThanOrEqual(lane.top);
				expect(a.y + MARK_SIZE / 2).toBeLessThanOrEqual(lane.top + lane.height);
				for (const b of inLane) {
					if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MARK_SIZE);
				}
			}
		}
	});

	it('stacks lanes under the cumulative band and grows them where marks crowd', () => {
		const narrow = layoutSanctions(view, timeScale(view, 200));
		const wide = layoutSanctions(view, timeScale(view, 1200));
		expect(narrow.lanes[0]?.top).toBe(narrow.cumulativeHeight);
		expect(narrow.height).toBeGreaterThan(wide.height);
		narrow.lanes
			.slice(1)
			.forEach((l, i) => expect(l.top).toBe((narrow.lanes[i]?.top ?? 0) + (narrow.lanes[i]?.height ?? 0)));
	});

	it('places a dated measure at the middle of its day', () => {
		const x = timeScale(view, 1826);
		const layout = layoutSanctions(view, x);
		const first = layout.marks.find((m) => m.mark.id === 'eo-13692');
		expect(first?.x0).toBeCloseTo(x(new Date('2015-03-08T00:00:00Z')));
		expect(first?.x1).toBeCloseTo(x(new Date('2015-03-09T00:00:00Z')));
	});
});
