/**
 * One full garbage collection of the server's own heap, for when a burst of exports is over.
 *
 * While images stream, the server's heap fills with short-lived garbage (each answer's
 * figure, its SVG text, the messages to and from the workers) and V8 grows the heap to hold
 * it; once the burst stops, nothing allocates, so nothing prompts V8 to collect and give the
 * pages back, and the process stayed some 30 MB above its idle size (bench/load.mjs). One
 * collection when the last export worker has ended returns them; it costs a few tens of
 * milliseconds, once, at a moment when no image is being drawn.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function collectGarbage(): void {
	if (!gc) {
		// Node offers no other way to ask for a collection without a start-up flag.
		setFlagsFromString('--expose-gc');
		gc = runInNewContext('gc') as () => void;
	}
	gc();
}
