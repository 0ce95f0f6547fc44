import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const WEB_DIST = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export function webIsBuilt(): boolean {
  return existsSync(`${WEB_DIST}/index.html`);
}

/** Serves the built single-page app; unknown non-API paths get index.html (client-side routes). */
export async function registerStaticWeb(app: FastifyInstance): Promise<boolean> {
  if (!webIsBuilt()) return false;
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: 'index.html' });
  return true;
}
