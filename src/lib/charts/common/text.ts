/**
 * Text measurement without a DOM, so the server lays out labels exactly as the browser does
 * after hydration. Widths are estimated per character class for a humanist sans-serif
 * (Source Sans 3, with Helvetica and Arial as fallbacks); the estimates err wide, so a label
 * judged to fit does fit.
 */

const NARROW = new Set("ijlrtf.,:;'’|!()[] ");
const WIDE = new Set('mwMW@%—');

/** Estimated rendered width of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.3;
		else if (WIDE.has(ch)) em += 0.85;
		else if (ch >= 'A' && ch <= 'Z') em += 0.64;
		else if (ch >= '0' && ch <= '9') em += 0.56;
		else em += 0.53;
	}
	return em * fontSize;
}

/** Break `text` into lines no wider than `maxWidth` (a word longer than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && textWidth(candidate, fontSize) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}
