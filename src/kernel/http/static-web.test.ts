// The built web app as a browser receives it: compressed the way it asked for, hashed assets
// cached for a year, index.html revalidated — a returning user downloads nothing twice (ADR 032).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, registerStaticWeb, REVALIDATE, sendWebIndex } from './static-web.ts';

const SCRIPT = `export const board = ${JSON.stringify('card '.repeat(2000))};\n`;
const PAGE = `<!doctype html><title>Conveyor</title>${'<!-- padding -->'.repeat(100)}`;

let root: string;
let app: FastifyInstance;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'conveyor-static-'));
  await mkdir(join(root, 'assets'));
  const files: Record<string, string> = {
    'index.html': PAGE,
    'assets/board-page-Ab12Cd34.js': SCRIPT,
  };
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(root, name), text);
    await writeFile(join(root, `${name}.br`), brotliCompressSync(text));
    await writeFile(join(root, `${name}.gz`), gzipSync(text));
  }
  app = Fastify();
  expect(await registerStaticWeb(app, root)).toBe(true);
  // As the server does (server.ts): any other GET is a client-side route.
  app.setNotFoundHandler((_request, reply) => sendWebIndex(reply, root));
  await app.ready();
});

afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('the built web app as served', () => {
  const asset = '/assets/board-page-Ab12Cd34.js';

  it('sends brotli to a browser that accepts it, else gzip, else the file itself', async () => {
    const br = await get(asset, 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 10);

    const gz = await get(asset, 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get(asset);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.payload).toBe(SCRIPT);
  });

  it('lets the browser keep a hashed asset for a year without asking again', async () => {
    for (const encoding of ['br', 'gzip', undefined]) {
      expect((await get(asset, encoding)).headers['cache-control']).toBe(IMMUTABLE);
    }
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('has the browser check index.html every time, so a new build is picked up at once', async () => {
    for (const url of ['/', '/index.html', '/board']) {
      const page = await get(url, 'br');
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe(REVALIDATE);
      expect(page.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(page.rawPayload).toString()).toBe(PAGE);
    }
    expect(REVALIDATE).toBe('no-cache');
  });
});
