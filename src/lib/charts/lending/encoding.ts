/**
 * How the lending chart encodes series: the bar series in the first palette colour, each
 * comparison series in its own colour and shape, so series differ for readers who cannot
 * tell the colours apart and in greyscale prints.
 */
import type { LendingSeries } from '../../data/views/lending.ts';
import type { LegendItem } from '../common/legend.ts';
import type { Shape } from '../common/symbols.ts';
import { PALETTE } from '../theme.ts';

export interface SeriesEncoding {
	readonly fill: string;
	/** The shape of a comparison mark; bars have none. */
	readonly shape: Shape | null;
}

const COMPARISON_SHAPES: readonly Shape[] = ['diamond', 'circle', 'triangle', 'square', 'star', 'wye'];

export function encodeSeries(series: readonly LendingSeries[]): Map<string, SeriesEncoding> {
	const out = new Map<string, SeriesEncoding>();
	let i = 0;
	for (const s of series) {
		if (s.role === 'bars') out.set(s.id, { fill: PALETTE[0], shape: null });
		else {
			out.set(s.id, {
				fill: PALETTE[1 + (i % (PALETTE.length - 1))] ?? PALETTE[1],
				shape: COMPARISON_SHAPES[i % COMPARISON_SHAPES.length] ?? 'circle'
			});
			i += 1;
		}
	}
	return out;
}

export function legendItems(series: readonly LendingSeries[], enc: Map<string, SeriesEncoding>): LegendItem[] {
	return series.map((s) => {
		const e = enc.get(s.id);
		return {
			key: s.id,
			label: s.role === 'bars' ? `Bars: ${s.scope}` : s.scope,
			mark: e?.shape ?? 'bar',
			fill: e?.fill ?? PALETTE[0],
			note: s.description
		};
	});
}
