import { error, json } from '@sveltejs/kit';
import { toCsv } from '$lib/data/csv.ts';
import { chartView, isChartId } from '$lib/data/views/index.ts';
import { exportFilename, today } from '$lib/export/filename.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { busy } from '$lib/server/pool/busy.ts';
import { QueueFullError } from '$lib/server/pool/pool.ts';
import { rasterPool } from '$lib/server/pool/raster.ts';
import { EXPORT_FORMATS, parseExportParams, type ExportFormat } from '$lib/server/export/params.ts';
import { figurePng, FigureTooSmall, permalinkOf, renderFigure } from '$lib/server/export/render.ts';
import type { RequestHandler } from './$types';

/**
 * /export/<chart>.<svg|png|csv|json>?<filters>&width&height&scale&theme
 * The figure or the data behind a chart, exactly as the page shows it under those filters.
 */
export const GET: RequestHandler = async ({ params, request, url }) => {
	const m = /^([a-z-]+)\.([a-z]+)$/.exec(params.file);
	const [, chart = '', format = ''] = m ?? [];
	if (!isChartId(chart)) error(404, `No chart "${chart || params.file}"`);
	if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
		error(404, `No format "${format}" for ${chart}: use ${EXPORT_FORMATS.join(', ')}`);
	}
	const ds = getDataset();
	const parsed = parseExportParams(url.searchParams, ds.series.map((s) => s.id));
	if (!parsed.ok) error(400, parsed.message);
	const { filters, width, height, scale, theme } = parsed.params;
	const day = today();
	const base = exportFilename(chart, filters, day, format);
	const name = format === 'png' && scale !== 1 ? base.replace(/\.png$/, `@${scale}x.png`) : base;
	const headers = {
		'content-disposition': `inline; filename="${name}"`,
		'cache-control': 'public, max-age=300',
		'x-dataset-version': ds.version,
		'access-control-allow-origin': '*'
	};

	if (format === 'csv' || format === 'json') {
		const view = chartView(ds, chart, filters);
		if ((format as ExportFormat) === 'json') {
			return json(
				{
					chart,
					title: view.title,
					subtitle: view.subtitle,
					filters,
					permalink: permalinkOf(url.origin, chart, filters),
					datasetVersion: ds.version,
					documents: view.documents,
					columns: view.table.columns,
					rows: view.table.rows
				},
				{ headers }
			);
		}
		const { columns, rows } = view.table;
		return new Response(toCsv(columns.map((c) => c.key), rows.map((r) => columns.map((c) => r[c.key] ?? null))), {
			headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' }
		});
	}

	// Drawing the figure is work too: a full exporter refuses before doing it.
	const refused = format === 'png' ? rasterPool().refusal() : null;
	if (refused) return busy(refused);
	let fig;
	try {
		fig = await renderFigure(ds, chart, filters, { width, height, theme, origin: url.origin, date: day, embedFonts: format === 'svg' });
	} catch (e) {
		if (e instanceof FigureTooSmall) error(400, e.message);
		throw e;
	}
	if (format === 'svg') {
		return new Response(fig.svg, {
			headers: {
				...headers,
				'content-type': 'image/svg+xml; charset=utf-8',
				// Opened on its own, the file may run nothing and load nothing.
				'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"
			}
		});
	}
	try {
		return new Response(new Uint8Array(await figurePng(fig, scale, request.signal)), { headers: { ...headers, 'content-type': 'image/png' } });
	} catch (e) {
		if (e instanceof QueueFullError) return busy(e);
		// The client left while its image waited: nobody to answer (499, as nginx logs it).
		if (request.signal.aborted) return new Response(null, { status: 499 });
		throw e;
	}
};


export const prerender = false;
