/**
 * The host-page script (served as /embed.js): resizes Lending Lens iframes to their content
 * and turns placeholders into iframes. No framework, no dependencies; it reads nothing from
 * the host page beyond its own placeholders.
 *
 *   <div data-lending-lens="lending-by-country?country=VEN"></div>
 *   <iframe data-lending-lens-frame src="https://…/embed/lending-by-country"></iframe>
 *   <script async src="https://…/embed.js"></script>
 *
 * `hostMain` is serialised with Function.prototype.toString, so it must not refer to anything
 * outside itself; the message check is passed in the same way.
 */
export function hostMain(origin: string, isResizeMessage: (data: unknown) => boolean): void {
	const w = window as unknown as Record<string, unknown>;
	const KEY = '__lendingLensHost';
	const frames: HTMLIFrameElement[] = [];

	const adopt = (frame: HTMLIFrameElement) => {
		if (frames.indexOf(frame) < 0) frames.push(frame);
		frame.style.width = '100%';
		frame.style.border = '0';
		frame.setAttribute('scrolling', 'no');
	};

	const scan = () => {
		const placeholders = document.querySelectorAll<HTMLElement>('[data-lending-lens]:not([data-lending-lens-done])');
		for (const el of Array.from(placeholders)) {
			const spec = el.getAttribute('data-lending-lens') || '';
			// "<chart>?<query>": a chart name of letters and hyphens, then an optional query.
			const m = /^([a-z-]{1,40})(\?[^#\s"'<>]*)?$/.exec(spec);
			el.setAttribute('data-lending-lens-done', '');
			if (!m) continue;
			const frame = document.createElement('iframe');
			// Ask for the chart at the width it will have (less the widget's padding), so the
			// widget need not redraw itself once loaded.
			const width = Math.round(el.clientWidth - 24);
			const query = (m[2] || '') + (width >= 240 ? `${m[2] ? '&' : '?'}w=${width}` : '');
			frame.src = `${origin}/embed/${m[1]}${query}`;
			frame.title = el.getAttribute('data-title') || 'Lending Lens chart';
			frame.loading = 'lazy';
			frame.style.height = `${el.getAttribute('data-height') || 480}px`;
			frame.setAttribute('data-lending-lens-frame', '');
			el.textContent = '';
			el.appendChild(frame);
		}
		const found = document.querySelectorAll<HTMLIFrameElement>('iframe[data-lending-lens-frame]');
		for (const f of Array.from(found)) {
			if (f.src.indexOf(`${origin}/embed/`) === 0) adopt(f);
		}
	};

	if (w[KEY]) {
		// Loaded twice (one snippet per chart): the first copy does the work.
		(w[KEY] as () => void)();
		return;
	}
	w[KEY] = scan;

	window.addEventListener('message', (event: MessageEvent) => {
		if (event.origin !== origin || !isResizeMessage(event.data)) return;
		for (const frame of frames) {
			if (frame.contentWindow === event.source) {
				frame.style.height = `${(event.data as { height: number }).height}px`;
			}
		}
	});

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
}

/** The script text for a given app origin. */
export function hostScript(origin: string, isResizeMessage: (data: unknown) => boolean): string {
	return `/* Lending Lens embed host: resizes chart iframes. */\n(${hostMain.toString()})(${JSON.stringify(origin)}, ${isResizeMessage.toString()});\n`;
}
