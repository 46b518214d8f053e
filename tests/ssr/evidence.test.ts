/**
 * The evidence pages rendered on the server from a dataset whose text carries markup: every
 * title, quote and document passage must come out as text, never as HTML, and the highlighted
 * document must still mark the passage and anchor it.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data/build.ts';
import { recordView } from '../../src/lib/data/record-view.ts';
import { documentView } from '../../src/lib/data/sources.ts';
import type { DataFile } from '../../src/lib/data/types.ts';
import RecordView from '../../src/lib/evidence/RecordView.svelte';
import SourcePage from '../../src/routes/(site)/sources/[id]/+page.svelte';
import { readDataFiles } from '../../src/lib/server/data-files.ts';

const HOSTILE = 'The ministry said <script>alert("x")</script> & <b>closed</b> it.';

/** The minimal fixture, with markup in a document, a quote, a title and a catalogue address. */
function hostileDataset() {
	const files: DataFile[] = readDataFiles('tests/fixtures/minimal').map((f) => {
		if (f.path === 'documents/news.txt') return { ...f, text: `${f.text}${HOSTILE}\n` };
		if (f.path === 'records/events.yaml') {
			return {
				...f,
				text: f.text
					.replace(
						'title: The ministry closes the bridge',
						`title: 'The ministry <img src=x onerror=alert(1)> closes the bridge'`
					)
					.replace(
						'      date: 2019-02\n',
						`      date: 2019-02\n    - document: news\n      quote: 'said <script>alert("x")</script> & <b>closed</b>'\n`
					)
			};
		}
		return f;
	});
	return buildDataset(files, { version: 'test' });
}

const strip = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

describe('evidence pages escape record text', () => {
	let ds: ReturnType<typeof buildDataset>;
	try {
		ds = hostileDataset();
	} catch (e) {
		// A validation failure would hide the point of the test: show its problems.
		throw new Error(
			`fixture did not build: ${(e as { problems?: unknown }).problems ? JSON.stringify((e as { problems: unknown }).problems) : e}`,
			{ cause: e }
		);
	}

	it('renders a record page with markup in its title and quotes as text', () => {
		const record = recordView(ds, 'bridge-closed');
		expect(record).toBeDefined();
		const body = strip(render(RecordView, { props: { record: record! } }).body);
		expect(body).toContain('The ministry &lt;img src=x onerror=alert(1)> closes the bridge');
		expect(body).toContain('said &lt;script>alert("x")&lt;/script> &amp; &lt;b>closed&lt;/b>');
		expect(body).not.toMatch(/<script|<img|<b>/);
		expect(body).toContain('href="/sources/news#q-bridge-closed-2"');
	});

	it('renders the document with the hostile passage highlighted, as text', () => {
		const view = documentView(ds, 'news');
		expect(view).toBeDefined();
		const body = strip(render(SourcePage, { props: { data: { view: view! } } as never }).body);
		expect(body).not.toMatch(/<script|<img|<b>/);
		expect(body).toMatch(
			/<mark id="q-bridge-closed-2"[^>]*><a href="\/records\/bridge-closed"[^>]*>said &lt;script>alert\("x"\)&lt;\/script> &amp; &lt;b>closed&lt;\/b><\/a><\/mark>/
		);
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('never gets a catalogue address that is not http(s): the dataset refuses it', () => {
		const files = readDataFiles('tests/fixtures/minimal').map((f) =>
			f.path === 'documents/index.yaml'
				? { ...f, text: f.text.replace('https://example.org/news', 'javascript:alert(1)') }
				: f
		);
		expect(() => buildDataset(files, { version: 'test' })).toThrow(
			/documents\/index.yaml:7 \(record news, field url\): must be an http or https address/
		);
	});
});
