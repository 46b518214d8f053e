#!/usr/bin/env node
/**
 * Serve the built app (after `npm run build`). Permalinks, snippets and oEmbed name the
 * site's own address: set ORIGIN when it is served elsewhere than http://localhost:PORT.
 *
 * SvelteKit's handler runs behind a server of our own so that every answer, static files
 * included, says nosniff, and so that an oversized request is refused before any work:
 * a request line over 8 KiB gets 414, a request line and headers over 16 KiB get 431.
 */
import { createServer } from 'node:http';

export const REQUEST_LIMITS = { requestLineBytes: 8 * 1024, headerBytes: 16 * 1024 };

const port = Number(process.env.PORT ?? '3000');
const host = process.env.HOST ?? '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${port}`;
const { handler } = await import('../build/handler.js');

function refuse(res, status, text) {
	res.writeHead(status, {
		'content-type': 'text/plain; charset=utf-8',
		'x-content-type-options': 'nosniff',
		connection: 'close'
	});
	res.end(`${text}\n`);
}

const server = createServer({ maxHeaderSize: REQUEST_LIMITS.headerBytes }, (req, res) => {
	res.setHeader('x-content-type-options', 'nosniff');
	if ((req.url ?? '').length > REQUEST_LIMITS.requestLineBytes) {
		return refuse(res, 414, `The address is longer than ${REQUEST_LIMITS.requestLineBytes} bytes.`);
	}
	handler(req, res, () => refuse(res, 404, 'Not found.'));
});

// Node's parser refuses oversized headers itself; answer in words rather than drop the line.
server.on('clientError', (err, socket) => {
	if (!socket.writable) return socket.destroy();
	const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
	const [status, text] = tooLarge
		? [431, `Request Header Fields Too Large: the most is ${REQUEST_LIMITS.headerBytes} bytes.`]
		: [400, 'Bad Request'];
	socket.end(
		`HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
			`content-type: text/plain; charset=utf-8\r\nx-content-type-options: nosniff\r\nconnection: close\r\n\r\n${text}\n`
	);
});

server.listen(port, host, () => console.log(`Lending Lens on ${process.env.ORIGIN}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => process.exit(0), 5000).unref();
	});
}
