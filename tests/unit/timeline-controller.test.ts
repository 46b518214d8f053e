/**
 * The timeline controller without a DOM: zoom, pan, clamping, reset, the selected period
 * (brush and date fields) as `from`/`to`, the keys, the tick density for a span, and the
 * d3-zoom transform round trip.
 */
import { describe, expect, it, vi } from 'vitest';
import { snapInterval, TimelineController } from '../../src/lib/timeline/TimelineController.svelte.ts';
import { axisTicks, DAY, dayOf, daysWindow, tickDensity, windowDays } from '../../src/lib/timeline/time.ts';

const DOMAIN = { start: '1980-01-01', end: '2021-12-31' };
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const make = (initial?: { start: string; end: string }) => new TimelineController({ domain: DOMAIN, initial });
const days = (c: TimelineController) => windowDays(c.window);

describe('the window', () => {
	it('opens on the whole domain, or the days asked for', () => {
		expect(days(make())).toEqual({ from: '1980-01-01', to: '2021-12-31' });
		expect(days(make({ start: '2014-01-01', end: '2019-12-31' }))).toEqual({ from: '2014-01-01', to: '2019-12-31' });
	});

	it('zooms in and out by a factor around the middle, or around a given instant', () => {
		const c = make({ start: '2019-01-01', end: '2019-12-31' });
		const span = c.span;
		c.zoomIn();
		expect(c.span).toBeCloseTo(span / 2);
		expect((c.window.start + c.window.end) / 2).toBeCloseTo((ms('2019-01-01') + ms('2020-01-01')) / 2);
		c.zoomOut();
		expect(c.span).toBeCloseTo(span);
		// Around 1 Apr, a quarter of the way in: it stays a quarter of the way in.
		const at = ms('2019-04-01');
		const share = (at - c.window.start) / c.span;
		c.zoomBy(4, at);
		expect((at - c.window.start) / c.span).toBeCloseTo(share);
		expect(c.span).toBeCloseTo(span / 4);
	});

	it.each([
		['zoomed in past three days', (c: TimelineController) => c.zoomBy(1e6), 3 * DAY],
		['zoomed out past the domain', (c: TimelineController) => c.zoomBy(1e-6), ms('2022-01-01') - ms('1980-01-01')]
	])('clamps the span when %s', (_, act, span) => {
		const c = make({ start: '2019-04-01', end: '2019-04-30' });
		act(c);
		expect(c.span).toBeCloseTo(span);
		expect(c.window.start).toBeGreaterThanOrEqual(c.domain.start);
		expect(c.window.end).toBeLessThanOrEqual(c.domain.end);
	});

	it('pans by a share of the span and stops at the ends, keeping its length', () => {
		const c = make({ start: '2010-01-01', end: '2010-12-31' });
		const span = c.span;
		c.panBy(0.5);
		expect(dayOf(c.window.start)).toBe('2010-07-02');
		c.panBy(-100);
		expect(days(c).from).toBe('1980-01-01');
		expect(c.span).toBeCloseTo(span);
		c.panBy(100);
		expect(days(c).to).toBe('2021-12-31');
		expect(c.span).toBeCloseTo(span);
	});

	it('resets to the opening window and shows all years on request', () => {
		const c = make({ start: '2014-01-01', end: '2019-12-31' });
		c.zoomIn();
		c.panBy(0.3);
		c.reset();
		expect(days(c)).toEqual({ from: '2014-01-01', to: '2019-12-31' });
		c.showAll();
		expect(days(c)).toEqual({ from: '1980-01-01', to: '2021-12-31' });
		expect(c.canZoomOut).toBe(false);
		expect(c.canZoomIn).toBe(true);
	});

	it('keeps a window asked for outside the domain inside it', () => {
		// It keeps its length in days: 1970-1975 has one leap day, 1980-1985 two.
		const c = make({ start: '1970-01-01', end: '1975-12-31' });
		expect(days(c)).toEqual({ from: '1980-01-01', to: '1985-12-30' });
	});
});

describe('the selected period', () => {
	it('turns a brushed stretch into whole days, leaving an end open at the domain edge', () => {
		const c = make();
		expect(c.select(ms('2019-04-08') + 3600_000, ms('2019-04-14') + 5 * 3600_000)).toEqual({
			from: '2019-04-08',
			to: '2019-04-14'
		});
		expect(c.select(ms('2019-04-14'), ms('2019-04-08'))).toEqual({ from: '2019-04-08', to: '2019-04-13' });
		expect(c.select(ms('1975-01-01'), ms('2000-01-01'))).toEqual({ from: null, to: '1999-12-31' });
		expect(c.select(ms('2015-01-01'), ms('2030-01-01'))).toEqual({ from: '2015-01-01', to: null });
		expect(c.selectionWindow).toEqual({ start: ms('2015-01-01'), end: ms('2022-01-01') });
	});

	it.each([
		[0, null],
		[DAY, null],
		[14 * DAY, 'month'],
		[40 * DAY, 'year']
	])('snaps a brush where a pixel spans %d ms to %s', (perPx, unit) => {
		const s = snapInterval(perPx);
		expect(s === null ? null : s.floor(new Date(ms('2019-04-17'))).getUTCMonth() === 0 ? 'year' : 'month').toBe(unit);
	});

	it('snaps a coarse brush to months or years', () => {
		const c = make();
		expect(c.select(ms('2014-12-26'), ms('2019-12-24'), 14 * DAY)).toEqual({ from: '2015-01-01', to: '2019-12-31' });
		expect(c.select(ms('2014-11-20'), ms('2019-10-02'), 40 * DAY)).toEqual({ from: '2015-01-01', to: '2019-12-31' });
	});

	it.each([
		['2019-04-08', '2019-04-14', { from: '2019-04-08', to: '2019-04-14' }],
		['2019-04-08', '', { from: '2019-04-08', to: null }],
		['', '', { from: null, to: null }],
		['2019-02-30', '', '“2019-02-30” is not a date (YYYY-MM-DD)'],
		['April', '', '“April” is not a date (YYYY-MM-DD)'],
		['2019-04-14', '2019-04-08', 'The period ends before it starts']
	])('takes typed days %s to %s', (from, to, expected) => {
		const c = make();
		expect(c.selectDays(from, to)).toEqual(expected);
	});

	it('clears the period', () => {
		const c = new TimelineController({ domain: DOMAIN, selection: { from: '2019-01-01', to: null } });
		expect(c.selectionWindow).toEqual({ start: ms('2019-01-01'), end: ms('2022-01-01') });
		expect(c.clearSelection()).toEqual({ from: null, to: null });
		expect(c.selectionWindow).toBeNull();
	});
});

describe('keys', () => {
	const start = { start: '2010-01-01', end: '2011-12-31' };
	it.each([
		['+', false, (c: TimelineController, span: number) => expect(c.span).toBeCloseTo(span / 2)],
		['=', false, (c: TimelineController, span: number) => expect(c.span).toBeCloseTo(span / 2)],
		['-', false, (c: TimelineController, span: number) => expect(c.span).toBeCloseTo(span * 2)],
		[
			'ArrowRight',
			false,
			(c: TimelineController, span: number) => expect(c.window.start).toBeCloseTo(ms('2010-01-01') + span * 0.1)
		],
		[
			'ArrowLeft',
			true,
			(c: TimelineController, span: number) => expect(c.window.start).toBeCloseTo(ms('2010-01-01') - span * 0.5)
		],
		['0', false, (c: TimelineController) => expect(days(c)).toEqual({ from: '1980-01-01', to: '2021-12-31' })]
	])('%s (shift %s) acts on the window', (key, shift, check) => {
		const c = make(start);
		const span = c.span;
		expect(c.handleKey(key, shift)).toBe(true);
		check(c, span);
	});

	it('Home resets after zooming and panning; other keys are left alone', () => {
		const c = make(start);
		c.handleKey('+');
		c.handleKey('ArrowRight');
		expect(c.handleKey('Home')).toBe(true);
		expect(days(c)).toEqual({ from: '2010-01-01', to: '2011-12-31' });
		expect(c.handleKey('a')).toBe(false);
		expect(c.handleKey('Enter')).toBe(false);
	});
});

describe('tick density', () => {
	it.each([
		['forty-two years, wide', '1980-01-01', '2021-12-31', 1072, 'year', 2],
		['forty-two years, narrow', '1980-01-01', '2021-12-31', 344, 'year', 5],
		['forty-two years, very narrow', '1980-01-01', '2021-12-31', 200, 'decade', 1],
		['six years', '2014-01-01', '2019-12-31', 1072, 'month', 3],
		['two years', '2018-01-01', '2019-12-31', 1072, 'month', 1],
		['three months', '2019-02-01', '2019-04-30', 1072, 'week', 1],
		['one week', '2019-04-08', '2019-04-14', 1072, 'day', 1],
		['one week, narrow', '2019-04-08', '2019-04-14', 280, 'day', 2]
	])('%s', (_, a, b, width, unit, step) => {
		const w = daysWindow(a, b);
		expect(tickDensity(w.end - w.start, width)).toEqual({ unit, step });
	});

	it('labels the week of 8 April 2019 by weekday, with the month beneath', () => {
		const t = axisTicks(daysWindow('2019-04-08', '2019-04-14'), 1072);
		expect(t.ticks.map((x) => x.label)).toEqual([
			'Mon 8',
			'Tue 9',
			'Wed 10',
			'Thu 11',
			'Fri 12',
			'Sat 13',
			'Sun 14',
			'Mon 15'
		]);
		expect(t.context.map((x) => x.label)).toEqual(['April 2019']);
	});

	it('names the year beneath month ticks, and nothing beneath years', () => {
		const months = axisTicks(daysWindow('2018-06-01', '2019-05-31'), 1072);
		expect(months.ticks[0]?.label).toBe('Jun');
		expect(months.context.map((x) => x.label)).toEqual(['2018', '2019']);
		expect(axisTicks(daysWindow('1980-01-01', '2021-12-31'), 1072).context).toEqual([]);
	});
});

describe('lanes and d3-zoom', () => {
	it('opens and folds a lane', () => {
		const c = make();
		c.toggleLane('diplomatic');
		expect(c.isExpanded('diplomatic')).toBe(true);
		c.toggleLane('diplomatic');
		expect(c.isExpanded('diplomatic')).toBe(false);
	});

	it('gives the d3-zoom transform for the window, and shows what a transform shows', () => {
		const c = make({ start: '2014-01-01', end: '2019-12-31' });
		const t = c.zoomTransform(116, 1188);
		expect(t.k).toBeCloseTo((ms('2022-01-01') - ms('1980-01-01')) / c.span);
		const other = make();
		other.applyZoomTransform(t, 116, 1188);
		expect(other.window.start).toBeCloseTo(c.window.start, -3);
		expect(other.window.end).toBeCloseTo(c.window.end, -3);
		expect(make().zoomTransform(116, 1188)).toEqual({ k: 1, x: 0 });
	});
});

describe('touch and wheel', () => {
	it('pans with a finger: a drag of a quarter of the plot to the left moves a quarter of the span later', () => {
		const c = make({ start: '2019-01-01', end: '2019-12-31' });
		const { start } = c.window;
		const span = c.span;
		c.panToPixels(start, 250, 1000);
		expect(c.window.start).toBeCloseTo(start + span / 4);
		expect(c.span).toBeCloseTo(span);
		// Measured from where the drag began, not added up move by move.
		c.panToPixels(start, 0, 1000);
		expect(c.window.start).toBe(start);
		c.panToPixels(start, 10, 0);
		expect(c.window.start).toBe(start);
	});

	it('shows the wheel hint for a moment, and the window does not change', () => {
		vi.useFakeTimers();
		try {
			const c = make();
			const w = c.window;
			c.hintWheel(1000);
			expect(c.wheelHint).toBe(true);
			vi.advanceTimersByTime(600);
			c.hintWheel(1000);
			vi.advanceTimersByTime(600);
			expect(c.wheelHint).toBe(true);
			vi.advanceTimersByTime(500);
			expect(c.wheelHint).toBe(false);
			expect(c.window).toEqual(w);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('where the buttons zoom', () => {
	it('zooms around the selected period when it is in view', () => {
		const c = make({ start: '2018-01-01', end: '2019-12-31' });
		c.selectDays('2019-04-08', '2019-04-14');
		c.zoomIn();
		expect(c.window.start).toBeLessThan(ms('2019-04-08'));
		expect(c.window.end).toBeGreaterThan(ms('2019-04-15'));
		expect(c.span).toBeCloseTo((ms('2020-01-01') - ms('2018-01-01')) / 2);
	});

	it('zooms around the densest stretch of data in view, never an empty one', () => {
		const c = new TimelineController({
			domain: DOMAIN,
			initial: { start: '2010-01-01', end: '2019-12-31' },
			marks: [ms('2010-06-01'), ms('2019-03-01'), ms('2019-04-01'), ms('2019-04-10'), ms('2019-05-01')]
		});
		c.zoomIn();
		c.zoomIn();
		c.zoomIn();
		for (const d of ['2019-03-01', '2019-05-01']) {
			expect(c.window.start).toBeLessThan(ms(d));
			expect(c.window.end).toBeGreaterThan(ms(d));
		}
	});

	it('zooms around the middle when nothing is in view', () => {
		const c = new TimelineController({
			domain: DOMAIN,
			initial: { start: '2000-01-01', end: '2001-12-31' },
			marks: [ms('2019-04-01')]
		});
		const mid = (c.window.start + c.window.end) / 2;
		c.zoomIn();
		expect((c.window.start + c.window.end) / 2).toBeCloseTo(mid, -3);
	});
});
