import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Harness from './fixtures/TooltipHarness.svelte';

const info = {
	id: 'x',
	href: '/records/x',
	title: 'Venezuela <img src=x onerror=alert(1)>',
	value: '$62 billion',
	date: 'Feb 2019',
	quote: '</blockquote><script>alert("quote")</script>',
	source: 'A & B',
	evidenceCount: 3
};

describe('Tooltip', () => {
	it('shows value, date, quote and source, and escapes record text', () => {
		const body = render(Harness, { props: { info } }).body.replace(/<!--[\s\S]*?-->/g, '');
		expect(body).toContain('Venezuela &lt;img src=x onerror=alert(1)>');
		expect(body).toContain('&lt;/blockquote>&lt;script>alert("quote")&lt;/script>');
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<img');
		expect(body).toContain('Feb 2019');
		expect(body).toContain('A &amp; B, and 2 more sources');
	});
});
