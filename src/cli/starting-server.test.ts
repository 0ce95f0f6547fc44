// While the server starts, its port already answers: the browser gets the progress page in its
// language, the API a 503 problem with Retry-After; then the real server takes the port over.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StartUpProgress } from './start-up-progress.ts';
import { languageOf, overallPercent } from './starting-page.ts';
import { listenWhileStarting, type StartingServer } from './starting-server.ts';

let open: StartingServer | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

async function startingOn(progress: StartUpProgress) {
  open = await listenWhileStarting(progress, { port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${open.port}`;
}

/** A demo half built, the database open. */
async function halfwayDemo(): Promise<StartUpProgress> {
  const progress = new StartUpProgress();
  progress.plan('database');
  progress.plan('demo');
  await progress.track('database', async () => {});
  void progress.track('demo', () => new Promise(() => {}));
  progress.update('demo', 50, 100);
  return progress;
}

describe('the starting server', () => {
  it('answers the API with 503 starting_up and Retry-After, whatever the method', async () => {
    const base = await startingOn(await halfwayDemo());
    for (const [method, path] of [
      ['GET', '/api/v1/me'],
      ['POST', '/api/v1/auth/login'],
      ['PATCH', '/api/v1/deals/x'],
    ] as const) {
      const answer = await fetch(`${base}${path}`, {
        method,
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(await answer.json()).toMatchObject({ status: 503, code: 'starting_up' });
    }
  });

  it("shows a page the browser's language, with the steps and the progress so far", async () => {
    const base = await startingOn(await halfwayDemo());
    const page = async (language: string) => {
      const answer = await fetch(`${base}/board`, { headers: { 'Accept-Language': language } });
      expect(answer.status).toBe(503);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.headers.get('content-security-policy')).toContain("script-src 'nonce-");
      return answer.text();
    };
    const english = await page('en-GB,en;q=0.9');
    expect(english).toContain('<h1>Building the demo…</h1>');
    expect(english).toContain('Opening the database — done');
    expect(english).toContain('Building the demo company: two years of a sales team — 50 %');
    expect(english).toContain('aria-valuenow="57"');
    expect(await page('pl-PL,pl;q=0.9,en;q=0.5')).toContain(
      '<h1>Budowanie wersji demonstracyjnej…</h1>',
    );
    expect(await page('ru')).toContain('<h1>Создаём демо…</h1>');
  });

  it('tells the page how far the start is, as JSON', async () => {
    const base = await startingOn(await halfwayDemo());
    const answer = await fetch(`${base}/starting/progress`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-conveyor-starting')).toBe('true');
    expect(await answer.json()).toMatchObject({
      steps: [
        { key: 'database', state: 'done' },
        { key: 'demo', state: 'running', percent: 50 },
      ],
      percent: 57,
    });
  });

  it('frees its port when closed, for the real server', async () => {
    const progress = new StartUpProgress();
    const first = await listenWhileStarting(progress, { port: 0, host: '127.0.0.1' });
    await fetch(`http://127.0.0.1:${first.port}/`);
    await first.close();
    open = await listenWhileStarting(progress, { port: first.port, host: '127.0.0.1' });
    expect(open.port).toBe(first.port);
  });
});

describe('the starting page', () => {
  it("picks the browser's first language Conveyor speaks, English otherwise", () => {
    expect(languageOf('pl-PL,pl;q=0.9,en-US;q=0.8')).toBe('pl');
    expect(languageOf('de-DE,ru;q=0.7,en;q=0.5')).toBe('ru');
    expect(languageOf('en;q=0.1,ru;q=0.9')).toBe('ru');
    expect(languageOf('de')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('xx-ĄĘ;q=2')).toBe('en');
  });

  it('fills one bar from the steps, the demo weighing most', () => {
    expect(overallPercent([])).toBe(0);
    expect(
      overallPercent([
        { key: 'database', state: 'done', percent: null },
        { key: 'web', state: 'running', percent: null },
        { key: 'demo', state: 'waiting', percent: null },
      ]),
    ).toBe(11);
  });
});

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('conveyor serve', () => {
  let dataDir = '';
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers within 15 s of its start, then hands the port to the app', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'conveyor-start-'));
    const port = await freePort();
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ['bin/conveyor.js', 'serve', '--empty', '--port', String(port), '--data-dir', dataDir],
      { stdio: 'ignore' },
    );
    try {
      const answers: number[] = [];
      let firstAt = 0;
      while (Date.now() - started < 60_000) {
        const answer = await fetch(`http://127.0.0.1:${port}/api/v1/setup`).catch(() => null);
        if (answer) {
          firstAt ||= Date.now();
          answers.push(answer.status);
          if (answer.status === 503)
            expect(await answer.json()).toMatchObject({ code: 'starting_up' });
          if (answer.status === 200) break;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(firstAt - started).toBeLessThan(15_000);
      // Only "starting" answers, then the app's own: never a refused connection in between.
      expect(answers.at(-1)).toBe(200);
      expect(answers.every((status) => status === 503 || status === 200)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});
