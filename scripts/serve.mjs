#!/usr/bin/env node
/**
 * Serve the built app (after `npm run build`). Permalinks, snippets and oEmbed name the
 * site's own address: set ORIGIN when it is served elsewhere than http://localhost:PORT.
 */
const port = process.env.PORT ?? '3000';
process.env.PORT = port;
process.env.ORIGIN ??= `http://localhost:${port}`;
console.log(`Lending Lens on ${process.env.ORIGIN}`);
await import('../build/index.js');
