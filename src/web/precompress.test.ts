// The build's compressed copies: each decompresses to its file, and only text worth it gets one.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { precompress } from './precompress.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

it('writes a brotli and a gzip copy of every text file worth compressing', async () => {
  dir = await mkdtemp(join(tmpdir(), 'conveyor-precompress-'));
  await mkdir(join(dir, 'assets'));
  const script = `export const cards = ${JSON.stringify('deal '.repeat(1000))};`;
  await writeFile(join(dir, 'assets/board-page-Ab12.js'), script);
  await writeFile(join(dir, 'assets/index-Cd34.css'), `.card{color:red}`.repeat(200));
  await writeFile(join(dir, 'assets/tiny-Ef56.js'), 'export{}');
  await writeFile(join(dir, 'assets/logo-Gh78.png'), Buffer.alloc(4096, 7));

  await precompress(dir);

  expect((await readdir(join(dir, 'assets'))).sort()).toEqual([
    'board-page-Ab12.js',
    'board-page-Ab12.js.br',
    'board-page-Ab12.js.gz',
    'index-Cd34.css',
    'index-Cd34.css.br',
    'index-Cd34.css.gz',
    'logo-Gh78.png',
    'tiny-Ef56.js',
  ]);
  const file = join(dir, 'assets/board-page-Ab12.js');
  expect(brotliDecompressSync(await readFile(`${file}.br`)).toString()).toBe(script);
  expect(gunzipSync(await readFile(`${file}.gz`)).toString()).toBe(script);
});
