import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loginThroughForm, SCREENSHOTS } from './fixtures.ts';

// Issue 17 item 5, "Read true": report defaults show data when the workspace has any, and chart
// labels and legends are never cut in any language. The shared e2e server is empty, so this spec
// starts its own beside it (e2e/monday-server.ts, as read-true.spec.ts does): the small demo
// company built up to last Monday 08:00 UTC, served with a clock that starts there.

const PORT = Number(process.env.E2E_MONDAY_PORT ?? 3124);
const BASE = `http://localhost:${PORT}`;

let server: ChildProcess | undefined;
let admin = { email: '', password: '' };

test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  // While working on the charts: `E2E_DEMO_SIGN_IN="<e-mail> <password>"` reuses a demo server
  // already listening on E2E_MONDAY_PORT instead of building the demo again.
  const reuse = process.env.E2E_DEMO_SIGN_IN?.split(' ');
  if (reuse?.length === 2) {
    admin = { email: reuse[0]!, password: reuse[1]! };
    return;
  }
  server = spawn('node', ['--import', 'tsx', 'e2e/monday-server.ts', String(PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = await new Promise<string>((resolve, reject) => {
    let out = '';
    server!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('ready '));
      if (line) resolve(line);
    });
    server!.on('exit', (code) => reject(new Error(`the demo server stopped (${code}): ${out}`)));
  });
  const [, email, password] = ready.split(' ');
  admin = { email: email!, password: password! };
});

test.afterAll(() => {
  if (server?.pid) process.kill(server.pid, 'SIGTERM');
});

/** The reports that draw a chart, by address, and the name of the chart that must appear. */
const CHARTED = [
  '/reports/funnel',
  '/reports/velocity',
  '/reports/loss-reasons',
  '/reports/sources',
  '/reports/forecast',
  '/reports/what-if',
] as const;

/**
 * What is cut on the page's charts: a text ellipsed (ECharts' "…" or "..."), drawn outside its
 * chart's box, overlapping another text of the chart, or a legend that pages ("1/2": some of its
 * entries are hidden). Each as "<chart>: <problem>: <text>".
 */
async function cutChartTexts(page: Page): Promise<string[]> {
  return page.locator('main [role="img"]:has(svg)').evaluateAll((charts) =>
    charts.flatMap((chart) => {
      const name = chart.getAttribute('aria-label') ?? '?';
      const box = chart.getBoundingClientRect();
      const texts = [...chart.querySelectorAll<SVGTextElement>('svg text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0);
      const problems: string[] = [];
      for (const { text, r } of texts) {
        if (/…|\.\.\./.test(text)) problems.push(`ellipsed: ${text}`);
        if (/^\d+\/\d+$/.test(text.trim())) problems.push(`legend pages: ${text}`);
        if (
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1
        )
          problems.push(`outside: ${text}`);
      }
      // Two texts overlap when their boxes share more than a pixel both ways.
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i]!.r;
          const b = texts[j]!.r;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) problems.push(`overlap: ${texts[i]!.text} / ${texts[j]!.text}`);
        }
      }
      return problems.map((p) => `${name}: ${p}`);
    }),
  );
}

/** A field of an answer by its dotted path (`won.count`). */
function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) =>
        v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : null,
      value,
    );
}
const num = (value: unknown, path: string) => Number(at(value, path) ?? 0);
const list = (value: unknown, path: string) => {
  const found = at(value, path);
  return Array.isArray(found) ? (found as unknown[]) : [];
};

async function signIn(page: Page) {
  await loginThroughForm(page, admin.email, admin.password);
  // Password hashing is slow on purpose, and slower on a busy machine.
  await expect(page.getByRole('navigation')).toBeVisible({ timeout: 60_000 });
}

async function setLocale(page: Page, locale: 'en' | 'pl' | 'ru') {
  const answer = await page.request.fetch('/api/v1/me', {
    method: 'PATCH',
    data: { locale },
    headers: { Origin: BASE },
  });
  expect(answer.status()).toBeLessThan(300);
}

/** Opens a report with its defaults and waits until its charts have drawn their texts. */
async function openCharted(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main [role="img"] svg text').first()).toBeVisible({
    timeout: 60_000,
  });
  // Every chart of the page drawn (a page may have two), and the fonts settled.
  await page.waitForTimeout(500);
}

test('every report opened with its defaults shows the demo’s data', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page);
  await setLocale(page, 'en');
  // Each report as the page asks for it (its default filters), and what "has data" means for it.
  const reports: { path: string; api: string; shows: (a: unknown) => boolean; kind?: string }[] = [
    { path: '/reports/funnel', api: 'funnel', shows: (a) => num(a, 'won.count') > 0 },
    {
      path: '/reports/funnel',
      api: 'lead-funnel',
      kind: 'Leads',
      shows: (a) => list(a, 'steps').some((s) => at(s, 'step') === 'won' && num(s, 'reached') > 0),
    },
    {
      path: '/reports/velocity',
      api: 'velocity',
      shows: (a) => list(a, 'stages').some((s) => num(s, 'count') > 0),
    },
    {
      path: '/reports/stuck',
      api: 'stuck',
      shows: (a) =>
        num(a, 'totals.stuck') + num(a, 'totals.withoutNextStep') > 0 ||
        num(a, 'totals.overdueActivities') > 0,
    },
    { path: '/reports/loss-reasons', api: 'loss-reasons', shows: (a) => num(a, 'total.count') > 0 },
    { path: '/reports/forecast', api: 'forecast', shows: (a) => num(a, 'total.count') > 0 },
    {
      path: '/reports/people',
      api: 'people',
      shows: (a) => list(a, 'people').some((p) => num(p, 'won.count') > 0),
    },
    {
      path: '/reports/sources',
      api: 'sources',
      // Not "return 0×" for every channel: some channel won, and paid back some of its cost.
      shows: (a) =>
        num(a, 'total.won') > 0 &&
        list(a, 'rows').some((r) => num(r, 'won') > 0 && num(r, 'returnOnCost') > 0),
    },
    {
      path: '/reports/what-if',
      api: 'what-if',
      // What-if measures what the other reports count: deals won, and a win rate above 0.
      shows: (a) => num(a, 'measured.won.count') > 0 && num(a, 'winRate.baseline') > 0,
    },
  ];
  for (const report of reports) {
    await test.step(`${report.api} with its defaults`, async () => {
      const answered = page.waitForResponse(
        (r) => new URL(r.url()).pathname === `/api/v1/reports/${report.api}` && r.ok(),
        { timeout: 60_000 },
      );
      await page.goto(report.path);
      if (report.kind) await page.getByRole('radiogroup').getByText(report.kind).click();
      const answer: unknown = await (await answered).json();
      expect(report.shows(answer), `${report.api}: ${JSON.stringify(answer).slice(0, 400)}`).toBe(
        true,
      );
      await expect(page.getByText('Nothing to show')).toHaveCount(0);
      // What-if's two ways of saying its measured win rate is 0 %.
      await expect(page.getByText(/Nothing was won|has been won yet/)).toHaveCount(0);
    });
  }
});

for (const width of [1440, 1024]) {
  test(`report charts are whole at ${width} px in en, pl and ru`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width, height: 900 });
    await signIn(page);
    for (const locale of ['en', 'pl', 'ru'] as const) {
      await setLocale(page, locale);
      for (const path of CHARTED) {
        await test.step(`${path} in ${locale}`, async () => {
          await openCharted(page, path);
          expect(await cutChartTexts(page)).toEqual([]);
          if (locale !== 'en' && width === 1440) {
            await page.screenshot({
              path: join(SCREENSHOTS, `reports-${path.split('/').at(-1)}-${locale}.png`),
              fullPage: true,
            });
          }
        });
      }
    }
  });
}
