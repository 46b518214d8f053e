/**
 * Record text is untrusted: a figure built from records whose names carry markup shows that
 * markup as text, in the SVG and in its metadata.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data/build.ts';
import { NO_FILTERS } from '../../src/lib/data/query.ts';
import { readDataFiles } from '../../src/lib/server/data-files.ts';
import { renderFigure } from '../../src/lib/server/export/render.ts';

const files = readDataFiles('tests/fixtures/minimal').map((f) => {
	if (f.path === 'records/series.yaml')
		return { ...f, text: f.text.replace('short: News', `short: '<script>alert("series")</script>'`) };
	if (f.path === 'documents/index.yaml')
		return {
			...f,
			text: f.text.replace('title: Lenders and sanctions', `title: '<img src=x onerror=alert(1)> & "co"'`)
		};
	if (f.path === 'records/events.yaml')
		return {
			...f,
			text: f.text.replace('title: The paper reports the loans', `title: '</text><script>alert(2)</script>'`)
		};
	return f;
});
const ds = buildDataset(files, { version: 'test' });
const options = { width: 900, height: 600, theme: 'light' as const, origin: 'http://lens.test' };

describe('exported figures escape record text', () => {
	it.each(['lending-by-country', 'timeline'] as const)('%s', { timeout: 60_000 }, async (chart) => {
		const { svg } = await renderFigure(ds, chart, NO_FILTERS, options);
		// No element comes from record text: every "<" in it is written as &lt;.
		expect(svg).not.toMatch(/<(?:script|img)\b/i);
		expect(svg).not.toContain('</text><script>');
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;'); // source line and metadata
		if (chart === 'lending-by-country')
			expect(svg).toMatch(/&lt;script>alert\("series"\)&lt;\/script>|&lt;script&gt;alert\(&quot;series&quot;\)/);
		if (chart === 'timeline') expect(svg).toMatch(/&lt;\/text>&lt;script>alert\(2\)&lt;\/script>/);
	});
});
