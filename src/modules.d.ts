// Types for the small packages used by the image export (PNG chunks, font subsetting).
declare module 'png-chunks-extract' {
	export interface Chunk {
		name: string;
		data: Uint8Array;
	}
	export default function extract(data: Uint8Array): Chunk[];
}
declare module 'png-chunk-text' {
	const text: {
		decode(data: Uint8Array): { keyword: string; text: string };
	};
	export default text;
}
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; preserveNameIds?: number[] }
	): Promise<Buffer>;
}
