import { error, json } from '@sveltejs/kit';
import { toCsv } from '$lib/data/csv.ts';
import { chartDefinition } from '$lib/charts/registry.ts';
import { exportFilename, today } from '$lib/export/filename.ts';
import { getDataset } from '$lib/server/dataset.ts';
import { EXPORT_FORMATS, parseExportParams, type ExportFormat } from '$lib/server/export/params.ts';
import { figurePng, FigureTooSmallError, permalinkOf, renderFigure } from '$lib/server/export/render.ts';
import type { RequestHandler } from './$types';

/**
 * /export/<chart>.<svg|png|csv|json>?<filters>&width&height&scale&theme
 * The figure or the data behind a chart, exactly as the page shows it under those filters.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const m = /^([a-z-]+)\.([a-z]+)$/.exec(params.file);
	const [, chart = '', format = ''] = m ?? [];
	const def = chartDefinition(chart);
	if (!def) error(404, `No chart "${chart || params.file}"`);
	if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
		error(404, `No format "${format}" for ${chart}: use ${EXPORT_FORMATS.join(', ')}`);
	}
	const ds = getDataset();
	const parsed = parseExportParams(url.searchParams, ds.series.map((s) => s.id));
	if (!parsed.ok) error(400, parsed.message);
	const { filters, width, height, scale, theme } = parsed.params;
	const day = today();
	const base = exportFilename(def.id, filters, day, format);
	const name = format === 'png' && scale !== 1 ? base.replace(/\.png$/, `@${scale}x.png`) : base;
	const headers = {
		'content-disposition': `inline; filename="${name}"`,
		'cache-control': 'public, max-age=300',
		'x-dataset-version': ds.version,
		'access-control-allow-origin': '*'
	};

	if (format === 'csv' || format === 'json') {
		const view = def.view(ds, filters);
		if ((format as ExportFormat) === 'json') {
			return json(
				{
					chart: def.id,
					title: view.title,
					subtitle: view.subtitle,
					filters,
					permalink: permalinkOf(url.origin, def.id, filters),
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

	let fig;
	try {
		fig = await renderFigure(ds, def.id, filters, { width, height, theme, origin: url.origin, embedFonts: format === 'svg' });
	} catch (e) {
		if (e instanceof FigureTooSmallError) error(400, e.message);
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
	return new Response(new Uint8Array(await figurePng(fig, scale)), { headers: { ...headers, 'content-type': 'image/png' } });
};

export const prerender = false;
