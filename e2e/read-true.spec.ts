import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loginThroughForm, SCREENSHOTS } from './fixtures.ts';

// Issue 17, "Done when": on the demo on a Monday (the clock set in the test), no lamp is red only
// because the week has just begun, and no percentage lamp reads above 100 %. The shared e2e
// server is empty and runs on the real clock, so this spec starts its own beside it
// (e2e/monday-server.ts): the small demo company built up to last Monday 08:00 UTC, served with
// a clock that starts there.

const PORT = Number(process.env.E2E_MONDAY_PORT ?? 3124);
const BASE = `http://localhost:${PORT}`;

interface Lamp {
  id: string;
  name: string;
  metric: Record<string, unknown>;
  thresholds: { direction: string };
}
interface Reading {
  lampId: string;
  week: string;
  value: number | null;
  status: string;
  partial: boolean;
}

let server: ChildProcess | undefined;
let admin = { email: '', password: '' };

test.use({ baseURL: BASE });

test.beforeAll(async () => {
  test.setTimeout(900_000);
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
    server!.on('exit', (code) => reject(new Error(`the Monday server stopped (${code}): ${out}`)));
  });
  const [, email, password] = ready.split(' ');
  admin = { email: email!, password: password! };
});

test.afterAll(() => {
  if (server?.pid) process.kill(server.pid, 'SIGTERM');
});

/** Every percentage written on the page, as numbers ("43%", "43 %"). */
async function percentages(page: Page): Promise<number[]> {
  const text = await page.locator('main').innerText();
  return [...text.matchAll(/(\d+(?:[.,]\d+)?)\s?%/g)].map((m) => Number(m[1]!.replace(',', '.')));
}

test('on a Monday the demo lamps read true', async ({ page }) => {
  test.setTimeout(180_000);
  const snapView = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  };
  await loginThroughForm(page, admin.email, admin.password);
  await expect(page.getByRole('navigation')).toBeVisible();

  const get = async <T>(path: string): Promise<T> => {
    const answer = await page.request.get(`/api/v1${path}`);
    expect(answer.status(), path).toBe(200);
    return (await answer.json()) as T;
  };
  const map = await get<{ groups: { lamps: Lamp[] }[] }>('/process-map');
  const lamps = map.groups.flatMap((g) => g.lamps);
  const { weeks, readings } = await get<{ weeks: string[]; readings: Reading[] }>(
    '/lamps/readings',
  );
  const thisWeek = weeks.at(-1)!;
  const partial = readings.filter((r) => r.partial);

  await test.step('the API: the week just begun is never red for what it has not counted yet', () => {
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((r) => r.week === thisWeek)).toBe(true);
    const red = partial.filter((r) => r.status === 'red');
    // A partial reading may be red only when the rest of the week cannot save it: a state
    // read now, or a lower-is-better count already past amber. None is a higher-is-better count.
    for (const r of red) {
      const lamp = lamps.find((l) => l.id === r.lampId)!;
      const grows = 'count' in lamp.metric || 'sum' in lamp.metric;
      const final =
        'state' in lamp.metric || (grows && lamp.thresholds.direction === 'lower_is_better');
      expect(final, `${lamp.name} is red on Monday`).toBe(true);
    }
  });

  await test.step('the API: no share above 100 % in any week', () => {
    const ratios = new Set(lamps.filter((l) => 'ratio' in l.metric).map((l) => l.id));
    expect(ratios.size).toBeGreaterThan(0);
    for (const r of readings.filter((x) => ratios.has(x.lampId) && x.value !== null)) {
      expect(r.value, `${r.lampId} ${r.week}`).toBeLessThanOrEqual(1);
    }
  });

  await test.step('the lamp review opens on the last closed week', async () => {
    await page.goto('/lamps');
    const picker = page.getByRole('group', { name: 'Week' });
    // Thirteen weeks of a two-year demo are read at once: give the first answer time.
    await expect(picker.getByRole('button', { name: 'Last closed week' })).toBeDisabled({
      timeout: 60_000,
    });
    await expect(picker).not.toContainText('in progress');
    await expect(
      page.getByRole('img', { name: /: (Green|Amber|Red|No data)$/ }).first(),
    ).toBeVisible({ timeout: 60_000 });
    for (const share of await percentages(page)) expect(share).toBeLessThanOrEqual(100);
    await snapView('read-true-lamps-monday');
  });

  await test.step('the week in progress is marked, and its unfinished counts are not red', async () => {
    const picker = page.getByRole('group', { name: 'Week' });
    await picker.getByRole('button', { name: 'Next week' }).click();
    await expect(picker).toContainText('in progress');
    await expect(page.getByRole('img', { name: /: In progress$/ }).first()).toBeVisible();
    for (const r of partial.filter((x) => x.status !== 'red')) {
      const name = lamps.find((l) => l.id === r.lampId)!.name;
      await expect(page.getByRole('img', { name: `${name}: Red`, exact: true })).toHaveCount(0);
    }
    for (const share of await percentages(page)) expect(share).toBeLessThanOrEqual(100);
    await snapView('read-true-lamps-in-progress');
  });

  await test.step('the map opens on the last closed week, no share above 100 %', async () => {
    await page.goto('/map');
    await expect(page.getByText(/^Week \d+ · from [^·]+$/)).toBeVisible({ timeout: 60_000 });
    for (const share of await percentages(page)) expect(share).toBeLessThanOrEqual(100);
    await snapView('read-true-map-monday');
  });
});

/** The texts on the map's group cards that are cut: clamped to fewer lines, or ellipsed. */
async function cutMapTexts(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node').evaluateAll((cards) =>
    cards.flatMap((card) =>
      [...card.querySelectorAll<HTMLElement>('p, span, div')]
        .filter((el) => el.children.length === 0 && (el.textContent ?? '').trim() !== '')
        .filter(
          (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
        )
        .map((el) => el.textContent ?? ''),
    ),
  );
}

// Issue 17, "Done when": map labels not cut at 1440 px in any language. The template map in
// each language (its own workspace, made here on this throw-away server) at 1440 px wide.
test('the map’s names and lamp labels are whole at 1440 px in en, pl and ru', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginThroughForm(page, admin.email, admin.password);
  await expect(page.getByRole('navigation')).toBeVisible();
  const send = async (method: 'POST' | 'PATCH', path: string, data: unknown) => {
    const answer = await page.request.fetch(`/api/v1${path}`, {
      method,
      data,
      headers: { Origin: BASE },
    });
    expect(answer.status(), `${method} ${path}`).toBeLessThan(300);
    return (await answer.json()) as { workspace: { id: string } };
  };
  for (const locale of ['en', 'pl', 'ru'] as const) {
    for (const template of ['b2b-classic', 'end-to-end'] as const) {
      await test.step(`${template} in ${locale}`, async () => {
        const { workspace } = await send('POST', '/workspaces', {
          name: `Map ${template} ${locale}`,
          locale,
          timezone: 'Europe/Warsaw',
          currency: 'PLN',
          template,
        });
        await send('POST', '/me/workspace', { workspaceId: workspace.id });
        await send('PATCH', '/me', { locale });
        await page.goto('/map');
        await expect(page.getByRole('application')).toBeVisible({ timeout: 60_000 });
        await expect(page.locator('.react-flow__node').first()).toBeVisible();
        expect(await cutMapTexts(page)).toEqual([]);
        await page.waitForTimeout(300);
        await page.screenshot({
          path: join(SCREENSHOTS, `map-1440-${template}-${locale}.png`),
          fullPage: true,
        });
      });
    }
  }
});
