import { error } from '@sveltejs/kit';
import { chartDefinition } from '$lib/charts/registry.ts';
import { toCsv } from '$lib/data/csv.ts';
import { datasetChoices } from '$lib/data/filters.ts';
import { filtersToQuery } from '$lib/data/query.ts';
import { exportFilename, today } from '$lib/export/filename.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { busy } from '$lib/server/pool/busy.ts';
import { QueueFullError } from '$lib/server/pool/pool.ts';
import { rasterPool } from '$lib/server/pool/raster.ts';
import { exportCache } from '$lib/server/export/cache.ts';
import { EXPORT_FORMATS, parseExportParams } from '$lib/server/export/params.ts';
import {
	figureOutlineSvg,
	figurePng,
	FigureTooSmallError,
	permalinkOf,
	renderFigure
} from '$lib/server/export/render.ts';
import type { RequestHandler } from './$types';

const CONTENT_TYPES = {
	svg: 'image/svg+xml; charset=utf-8',
	png: 'image/png',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json'
} as const;

/**
 * /export/<chart>.<svg|png|csv|json>?<filters>&width&height&scale&theme&text
 * The figure or the data behind a chart, exactly as the page shows it under those filters.
 * The bytes depend only on the dataset version and the normalised parameters: they are made
 * once, kept in memory, and validated by a strong ETag.
 */
export const GET: RequestHandler = async ({ params, url, request }) => {
	const m = /^([a-z-]+)\.([a-z]+)$/.exec(params.file);
	const [, chart = '', format = ''] = m ?? [];
	const def = chartDefinition(chart);
	if (!def) error(404, `No chart "${chart || params.file}"`);
	if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
		error(404, `No format "${format}" for ${chart}: use ${EXPORT_FORMATS.join(', ')}`);
	}
	const fmt = format as (typeof EXPORT_FORMATS)[number];
	const ds = getDataset();
	const choices = datasetChoices(ds);
	const parsed = parseExportParams(url.searchParams, choices.series, choices.crsSectors);
	if (!parsed.ok) error(400, parsed.message);
	const { filters, width, height, growTo, scale, theme, text } = parsed.params;
	const outline = fmt === 'svg' && text === 'outline';
	const base = exportFilename(def.id, filters, today(), fmt);
	const name =
		fmt === 'png' && scale !== 1
			? base.replace(/\.png$/, `@${scale}x.png`)
			: outline
				? base.replace(/\.svg$/, '_outline.svg')
				: base;
	const headers: Record<string, string> = {
		'content-disposition': `inline; filename="${name}"`,
		'cache-control': 'public, max-age=300',
		'x-dataset-version': ds.version,
		'access-control-allow-origin': '*'
	};
	// Opened on its own, an SVG file may run nothing and load nothing.
	if (fmt === 'svg')
		headers['content-security-policy'] = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";
	// Everything the bytes depend on, each parameter in one normal form.
	const figure =
		fmt === 'svg' || fmt === 'png'
			? `|${width}x${height}-${growTo}|${fmt === 'png' ? scale : 1}|${theme}${outline ? '|outline' : ''}`
			: '';
	const key = `${ds.version}|${url.origin}|${def.id}.${fmt}|${filtersToQuery(filters)}${figure}`;

	const make = async (): Promise<Uint8Array> => {
		if (fmt === 'csv' || fmt === 'json') {
			const view = def.view(ds, filters);
			const { columns, rows } = view.table;
			if (fmt === 'csv')
				return new TextEncoder().encode(
					toCsv(
						columns.map((c) => c.key),
						rows.map((r) => columns.map((c) => r[c.key] ?? null))
					)
				);
			const body = {
				chart: def.id,
				title: view.title,
				subtitle: view.subtitle,
				filters,
				permalink: permalinkOf(url.origin, def.id, filters),
				datasetVersion: ds.version,
				documents: view.documents,
				columns,
				rows
			};
			return new TextEncoder().encode(JSON.stringify(body));
		}
		try {
			const fig = await renderFigure(ds, def.id, filters, {
				width,
				height,
				growTo,
				theme,
				origin: url.origin,
				embedFonts: fmt === 'svg' && !outline
			});
			if (outline) return new TextEncoder().encode(await figureOutlineSvg(fig, request.signal));
			return fmt === 'svg' ? new TextEncoder().encode(fig.svg) : await figurePng(fig, scale, request.signal);
		} catch (e) {
			if (e instanceof FigureTooSmallError) error(400, e.message);
			throw e;
		}
	};
	// Drawing a figure is work too: a full exporter refuses an image it would have to draw.
	const refused = (fmt === 'png' || outline) && !exportCache.has(key) ? rasterPool().refusal() : null;
	if (refused) return busy(refused);
	try {
		return await exportCache.respond(
			request,
			key,
			async () => ({ body: await make(), contentType: CONTENT_TYPES[fmt] }),
			headers
		);
	} catch (e) {
		if (e instanceof QueueFullError) return busy(e);
		// The client left while its image waited: nobody to answer (499, as nginx logs it).
		if (request.signal.aborted) return new Response(null, { status: 499 });
		throw e;
	}
};

export const prerender = false;
