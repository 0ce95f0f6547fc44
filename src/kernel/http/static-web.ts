import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** Vite names every built asset by its content's hash: a name never changes its content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets: the browser must ask (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

export function webIsBuilt(root = WEB_DIST): boolean {
  return existsSync(`${root}/index.html`);
}

/** Whether a served file is one of Vite's hashed assets (under `assets/`), by its path on disk. */
function isHashedAsset(root: string, file: string): boolean {
  return file.startsWith(`${root}${sep}assets${sep}`) || file.startsWith(`${root}/assets/`);
}

/**
 * Serves the built single-page app; unknown non-API paths get index.html (client-side routes).
 * The build writes a brotli and a gzip copy beside every text file (src/web/precompress.ts);
 * the one the browser accepts is sent with its Content-Encoding, so nothing is compressed per
 * request. Hashed assets are cached for a year; index.html is revalidated every time (ADR 032).
 */
export async function registerStaticWeb(app: FastifyInstance, root = WEB_DIST): Promise<boolean> {
  if (!webIsBuilt(root)) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: 'index.html',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, file: string) => {
      reply.header('cache-control', isHashedAsset(root, file) ? IMMUTABLE : REVALIDATE);
    },
  });
  return true;
}

/**
 * index.html for a client-side route (/board, /deals/…) or `/`: the app's not-found handler sends
 * it for any GET outside /api/, compressed and revalidated like the file itself.
 */
export function sendWebIndex(reply: FastifyReply, root = WEB_DIST) {
  return reply.type('text/html').sendFile('index.html', root);
}
