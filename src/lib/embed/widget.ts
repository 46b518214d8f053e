/**
 * The widget side of the embed protocol: report the content's height to the host page on
 * load and on every change of size. It posts only its height and chart name.
 */
import { resizeMessage } from './protocol.ts';

export function reportHeight(root: HTMLElement, chart: string): () => void {
	if (window.parent === window) return () => {};
	let last = -1;
	const send = () => {
		const style = getComputedStyle(root);
		const height = Math.ceil(root.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
		if (height === last) return;
		last = height;
		// The host checks our origin; we cannot know the host's, and send nothing private.
		window.parent.postMessage(resizeMessage(chart, height), '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(root);
	window.addEventListener('load', send);
	send();
	return () => {
		observer.disconnect();
		window.removeEventListener('load', send);
	};
}
