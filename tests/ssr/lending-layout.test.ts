import { describe, expect, it } from 'vitest';
import { layoutLegend } from '../../src/lib/charts/common/legend.ts';
import { symbolPath, SHAPES } from '../../src/lib/charts/common/symbols.ts';
import { textWidth, wrapText } from '../../src/lib/charts/common/text.ts';
import { encodeSeries } from '../../src/lib/charts/lending/encoding.ts';
import { NO_FILTERS } from '../../src/lib/data/filters.ts';
import { lendingView } from '../../src/lib/data/views/lending.ts';
import { loadDatasetFromDir } from '../../src/lib/server/data-files.ts';

describe('textWidth and wrapText', () => {
	it('estimates wider for capitals and wide letters than for narrow ones', () => {
		expect(textWidth('', 13)).toBe(0);
		expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
		expect(textWidth('Venezuela', 26)).toBeCloseTo(2 * textWidth('Venezuela', 13));
	});

	it.each([
		['Dominican Republic', 200, ['Dominican Republic']],
		['Dominican Republic', 80, ['Dominican', 'Republic']],
		['Supercalifragilistic', 20, ['Supercalifragilistic']],
		['  spaced   out  ', 500, ['spaced out']]
	])('wraps %j at %i px', (text, width, lines) => {
		expect(wrapText(text, width, 13)).toEqual(lines);
	});
});

describe('layoutLegend', () => {
	const o = { width: 300, fontSize: 10, swatch: 20, lineHeight: 16, gap: 10 };
	it('flows short items on one line', () => {
		const l = layoutLegend([{ label: 'One' }, { label: 'Two' }], o);
		expect(l.items.map((i) => [i.x > 0, i.y])).toEqual([
			[false, 0],
			[true, 0]
		]);
		expect(l.height).toBe(16);
	});

	it('breaks the line before an item that does not fit and wraps an item longer than the width', () => {
		const long = 'AidData 2000–2021: committed 2000–2021, constant 2021 US$, with more words to wrap';
		const l = layoutLegend([{ label: 'Short' }, { label: long }, { label: 'After' }], o);
		expect(l.items[1]?.y).toBe(16);
		expect(l.items[1]?.lines.length).toBeGreaterThan(1);
		expect(l.items[2]?.y).toBe(16 + 16 * (l.items[1]?.lines.length ?? 0));
		for (const item of l.items)
			for (const line of item.lines) expect(item.x + o.swatch + textWidth(line, 10)).toBeLessThanOrEqual(300);
	});
});

describe('symbols and series encoding', () => {
	it('draws every shape', () => {
		for (const s of SHAPES) expect(symbolPath(s, 10)).toMatch(/^M/);
	});

	it('gives every comparison series its own colour and shape', () => {
		const v = lendingView(loadDatasetFromDir('data'), NO_FILTERS);
		const enc = encodeSeries(v.series);
		expect(enc.get('wsws-2019-article')?.shape).toBeNull();
		const comparisons = v.series.filter((s) => s.role === 'comparison').map((s) => enc.get(s.id));
		expect(new Set(comparisons.map((e) => e?.fill)).size).toBe(comparisons.length);
		expect(new Set(comparisons.map((e) => e?.shape)).size).toBe(comparisons.length);
	});
});
