/** Reading PNG files in tests: the header's size and the tEXt chunks (provenance). */
export function pngInfo(buf: Buffer): { width: number; height: number; text: Record<string, string> } {
	if (buf.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
	const text: Record<string, string> = {};
	let at = 8;
	while (at < buf.length) {
		const len = buf.readUInt32BE(at);
		const type = buf.subarray(at + 4, at + 8).toString('latin1');
		if (type === 'tEXt') {
			const data = buf.subarray(at + 8, at + 8 + len);
			const nul = data.indexOf(0);
			text[data.subarray(0, nul).toString('latin1')] = data.subarray(nul + 1).toString('latin1');
		}
		at += 12 + len;
	}
	return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), text };
}
