/**
 * One encoding per series, sector, event kind and kind of sanction, keyed by id: the same
 * colour and shape in every view, filter, page, export and embed. A colour never depends on
 * which series happen to be shown or in what order, so two exports of one chart under
 * different filters read side by side. Every series in data/records/series.yaml has its entry
 * here (a unit test checks it); a series that has none yet gets a colour and shape derived
 * from its id alone, so it too keeps them everywhere.
 *
 * Colours have at least 4.5:1 contrast on white; shapes double colour, so series differ for
 * readers who cannot tell the colours apart and in greyscale prints. Charts draw them: see
 * src/lib/charts (symbols.ts draws the shapes).
 */
import type { Creditor, FlowClass } from './tables/types.ts';
import type { EventKind, SanctionAction, Sector } from './types.ts';

export const MARK_SHAPES = ['circle', 'diamond', 'triangle', 'square', 'star', 'wye'] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

export interface Encoding {
	readonly colour: string;
	/** The shape of the series' marks where a chart draws symbols (comparison marks). */
	readonly shape: MarkShape;
}

/** Categorical palette, dark enough for 4.5:1 on white. */
export const PALETTE = ['#1f4e79', '#b8420f', '#2e7d32', '#7b1fa2', '#c62828', '#00695c', '#5d4037', '#ad1457', '#455a64'] as const;

/** Loan series, by id. */
export const SERIES_ENCODING: Readonly<Record<string, Encoding>> = {
	'wsws-2019-article': { colour: '#1f4e79', shape: 'star' },
	'clfd-2018': { colour: '#b8420f', shape: 'diamond' },
	'clfd-2019': { colour: '#2e7d32', shape: 'circle' },
	'clfd-later': { colour: '#00695c', shape: 'wye' },
	'aiddata-3': { colour: '#7b1fa2', shape: 'triangle' },
	'hrt-debt-stock': { colour: '#c62828', shape: 'square' }
};

/** A series' colour and shape: its entry, or (for a series not listed yet) one derived from its id. */
export function seriesEncoding(id: string): Encoding {
	const listed = SERIES_ENCODING[id];
	if (listed) return listed;
	// FNV-1a: a stable number from the id, the same on the server and in every browser.
	let h = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
	return { colour: PALETTE[h % PALETTE.length] ?? PALETTE[0], shape: MARK_SHAPES[(h >>> 8) % MARK_SHAPES.length] ?? 'circle' };
}

/** Sanctions by sector (a sanction takes the colour of its first sector). */
export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
	oil: '#1f4e79',
	mining: '#b8420f',
	banking: '#2e7d32',
	shipping: '#00695c',
	'government-debt': '#7b1fa2',
	'digital-currency': '#ad1457',
	government: '#c62828',
	officials: '#5d4037'
};

/** Events by kind. */
export const KIND_COLOURS: Readonly<Record<EventKind, string>> = {
	political: '#1f4e79',
	diplomatic: '#2e7d32',
	military: '#c62828',
	economic: '#b8420f',
	humanitarian: '#7b1fa2',
	media: '#455a64'
};

/** Sanctions by kind of measure: an executive order and a designation differ at a glance. */
export const ACTION_SHAPES: Readonly<Record<SanctionAction, MarkShape>> = {
	'executive-order': 'diamond',
	designation: 'circle'
};

/** The timeline's lending lane (dark amber, 5.9:1 on white; no series colour, since its marks come from every series). */
export const LENDING_COLOUR = '#8a5a00';

/** AidData's flow classes, stacked in the lending-over-time chart and keyed the same everywhere. */
export const FLOW_CLASS_COLOURS: Readonly<Record<FlowClass, string>> = {
	'oda-like': '#2e7d32',
	'oof-like': '#1f4e79',
	vague: '#5d4037'
};

/** Creditor groups of the World Bank's debt table: China's two in reds, every other creditor grey-blue. */
export const CREDITOR_COLOURS: Readonly<Record<Creditor, string>> = {
	'china-bilateral': '#c62828',
	'china-private': '#ad1457',
	other: '#455a64'
};

/** Creditor groups' point shapes, so the lines differ without colour. */
export const CREDITOR_SHAPES: Readonly<Record<Creditor, MarkShape>> = {
	'china-bilateral': 'circle',
	'china-private': 'diamond',
	other: 'square'
};
