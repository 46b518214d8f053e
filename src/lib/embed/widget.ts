/**
 * The widget's script (served as /embed/widget.js). Embed pages are rendered on the server
 * and do not hydrate: this small script is all the JavaScript a widget loads. It
 *   - reports the content's height to the host page on load and on every change of size
 *     (the embed protocol, protocol.ts), posting only its height and chart name;
 *   - shows a mark's evidence (value, date, quote, source) on hover and focus, read from the
 *     mark's data attributes and set as text, never as markup;
 *   - redraws the chart at its frame's width (the server lays it out; see `w` in
 *     src/lib/server/embed-load.ts), whenever that width changes;
 *   - keeps the chart's own filter links (map countries) inside the widget.
 *
 * `widgetMain` is serialised with Function.prototype.toString, so it must not refer to
 * anything outside itself; the message builder is passed in the same way.
 */
import { resizeMessage } from './protocol.ts';

export function widgetMain(makeMessage: (chart: string, height: number) => unknown): void {
	const root = document.querySelector<HTMLElement>('[data-embed]');
	if (!root) return;
	const chart = root.getAttribute('data-embed') || '';

	if (window.parent !== window) {
		let last = -1;
		const send = () => {
			const style = getComputedStyle(root);
			const height = Math.ceil(
				root.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom)
			);
			if (height === last) return;
			last = height;
			// The host checks our origin; we cannot know the host's, and send nothing private.
			window.parent.postMessage(makeMessage(chart, height), '*');
		};
		new ResizeObserver(send).observe(root);
		window.addEventListener('load', send);
		send();
	}

	// Redraw the chart at the frame's width: the server lays it out for any width, so text
	// stays readable on a phone instead of being scaled down.
	let drawnAt = Number(root.querySelector('.chart-slot')?.getAttribute('data-width') || 0);
	let pending = 0;
	let timer = 0;
	const fit = () => {
		const slot = root.querySelector('.chart-slot');
		if (!slot) return;
		const pad = parseFloat(getComputedStyle(root).paddingLeft) + parseFloat(getComputedStyle(root).paddingRight);
		const width = Math.max(240, Math.min(2000, Math.round(root.clientWidth - pad)));
		if (Math.abs(width - drawnAt) < 16 || width === pending) return;
		pending = width;
		const url = new URL(location.href);
		url.searchParams.set('w', String(width));
		fetch(url.toString(), { credentials: 'same-origin' })
			.then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
			.then((html) => {
				if (pending !== width) return;
				const next = new DOMParser().parseFromString(html, 'text/html').querySelector('.chart-slot');
				const current = root.querySelector('.chart-slot');
				if (next && current) {
					current.replaceWith(document.adoptNode(next));
					drawnAt = width;
				}
			})
			.catch(() => {
				/* Keep the chart as drawn; it still scrolls sideways. */
			})
			.then(() => {
				if (pending === width) pending = 0;
			});
	};
	new ResizeObserver(() => {
		clearTimeout(timer);
		timer = window.setTimeout(fit, 120);
	}).observe(document.documentElement);
	fit();

	const tip = document.createElement('div');
	tip.className = 'll-tip';
	tip.setAttribute('role', 'tooltip');
	tip.hidden = true;
	root.appendChild(tip);
	let current: Element | null = null;

	const line = (tag: string, cls: string, text: string | null) => {
		if (!text) return;
		const el = document.createElement(tag);
		el.className = cls;
		el.textContent = text;
		tip.appendChild(el);
	};
	const show = (a: Element) => {
		current = a;
		tip.textContent = '';
		line('p', 'll-tip-title', a.getAttribute('data-title'));
		line('p', 'll-tip-value', a.getAttribute('data-value'));
		line('p', 'll-tip-date', a.getAttribute('data-date'));
		line('blockquote', 'll-tip-quote', a.getAttribute('data-quote'));
		line('p', 'll-tip-source', a.getAttribute('data-source'));
		tip.hidden = false;
		const box = a.getBoundingClientRect();
		const frame = root.getBoundingClientRect();
		const width = Math.min(280, frame.width - 16);
		tip.style.width = `${width}px`;
		tip.style.left = `${Math.max(8, Math.min(box.left - frame.left, frame.width - width - 8))}px`;
		// Below the mark if it fits in the frame, else above it (the last row's tooltip would be
		// cut at the iframe's edge), and never above the top of the frame.
		const below = box.bottom + 6;
		const above = box.top - 6 - tip.offsetHeight;
		const top = below + tip.offsetHeight <= window.innerHeight || above < 0 ? below : above;
		tip.style.top = `${Math.max(0, top - frame.top)}px`;
	};
	const hide = (a?: Element | null) => {
		if (!a || a === current) {
			tip.hidden = true;
			current = null;
		}
	};
	const markOf = (t: EventTarget | null) => (t instanceof Element ? t.closest('a[data-quote]') : null);
	root.addEventListener('pointerover', (e) => {
		const a = markOf(e.target);
		if (a) show(a);
	});
	root.addEventListener('pointerout', (e) => {
		const a = markOf(e.target);
		if (a && !a.contains(e.relatedTarget as Node | null)) hide(a);
	});
	root.addEventListener('focusin', (e) => {
		const a = markOf(e.target);
		if (a) show(a);
	});
	root.addEventListener('focusout', (e) => hide(markOf(e.target)));
	document.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') hide();
	});
	// Links to another view of this chart (a country on the map) stay in the widget; every
	// other link opens the full site in a new tab (the page's <base target="_blank">).
	root.addEventListener('click', (e) => {
		const a = e.target instanceof Element ? e.target.closest('a') : null;
		const href = a ? a.getAttribute('href') || '' : '';
		if (a && href.charAt(0) === '?') {
			e.preventDefault();
			const keep = new URLSearchParams(location.search);
			const next = new URLSearchParams(href.slice(1));
			for (const k of ['theme', 'title', 'controls', 'w']) {
				const v = keep.get(k);
				if (v !== null) next.set(k, v);
			}
			location.search = next.toString();
		}
	});
}

export function widgetScript(): string {
	return `/* Lending Lens widget: height reports and evidence tooltips. */\n(${widgetMain.toString()})(${resizeMessage.toString()});\n`;
}
