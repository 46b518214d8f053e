/**
 * Response compression, negotiated by the app itself since `npm start` puts no proxy in
 * front of it: brotli or gzip (Node's zlib) for text, chosen from Accept-Encoding with
 * `negotiator` (the parser Express uses). Static files come precompressed from the build.
 */
import Negotiator from 'negotiator';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip';
const ENCODINGS: Encoding[] = ['br', 'gzip'];

/** Below this, compression saves too little to be worth a round through zlib. */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[\w.+-]+\+(json|xml))|image\/svg\+xml)/;

/** The encoding to send for a request's Accept-Encoding, or null for none. */
export function negotiateEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	// negotiator 1.0 breaks ties by the server's preference (brotli first); its type
	// definitions predate that option.
	const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }) as unknown as {
		encoding(available: string[], options: { preferred: string[] }): string | undefined;
	};
	const best = negotiator.encoding(ENCODINGS, { preferred: ENCODINGS });
	return best === 'br' || best === 'gzip' ? best : null;
}

export function isCompressible(contentType: string | null): boolean {
	return !!contentType && COMPRESSIBLE.test(contentType);
}

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Compressed off the main thread (zlib's thread pool). Brotli at quality 5: close to its best
 * ratio for HTML at a small fraction of the time of its default, 11.
 */
export async function compress(body: Uint8Array, encoding: Encoding): Promise<Uint8Array> {
	if (encoding === 'br') {
		return br(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 5,
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		});
	}
	return gz(body, { level: 6 });
}

/** Adds an encoding to a Vary header, keeping what it already named. */
export function varyOnEncoding(vary: string | null): string {
	const names = (vary ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	return names.some((n) => n.toLowerCase() === 'accept-encoding' || n === '*')
		? names.join(', ')
		: [...names, 'Accept-Encoding'].join(', ');
}
