/**
 * How the lending chart encodes series: each series in its own colour and shape, keyed by its
 * id (src/lib/data/encoding.ts), whether it is drawn as bars or as comparison marks, so a
 * series looks the same under every filter and in every export.
 */
import type { LendingSeries } from '../../data/views/lending.ts';
import type { LegendItem } from '../common/legend.ts';
import type { Shape } from '../common/symbols.ts';
import { seriesEncoding } from '../../data/encoding.ts';
import { seriesPaint } from '../theme.ts';

export interface SeriesEncoding {
	/** Its colour (encoding.ts), and the class that paints it in the theme (theme.ts). */
	readonly fill: string;
	readonly paint: string;
	/** The shape of a comparison mark; bars have none. */
	readonly shape: Shape | null;
}

export function encodeSeries(series: readonly LendingSeries[]): Map<string, SeriesEncoding> {
	return new Map(
		series.map((s) => {
			const e = seriesEncoding(s.id);
			return [s.id, { fill: e.colour, paint: seriesPaint(s.id), shape: s.role === 'bars' ? null : e.shape }];
		})
	);
}

export function legendItems(series: readonly LendingSeries[], enc: Map<string, SeriesEncoding>): LegendItem[] {
	return series.map((s) => {
		const e = enc.get(s.id);
		return {
			key: s.id,
			label: s.role === 'bars' ? `Bars: ${s.scope}` : s.scope,
			mark: e?.shape ?? 'bar',
			paint: e?.paint ?? seriesPaint(s.id),
			note: s.description
		};
	});
}
