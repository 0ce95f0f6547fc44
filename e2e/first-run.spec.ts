import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

// First run on a server of its own (the shared one is set up by foundation.spec.ts): set-up →
// the new workspace opens on its first steps → a deal made on the board ticks "first deals" →
// put away, the app opens on My day, and the checklist stays in the menu.
const PORT = Number(process.env.E2E_PORT ?? 3123) + 1;
const BASE = `http://localhost:${PORT}`;
let server: ChildProcess | null = null;
let dataDir = '';

test.use({ baseURL: BASE });

test.beforeAll(async () => {
  // A start on a busy machine (tsx, PGlite's first open, the migrations) can take a while.
  test.setTimeout(240_000);
  dataDir = mkdtempSync(join(tmpdir(), 'conveyor-e2e-first-run-'));
  // playwright.config.ts has built the web app for the shared server already.
  server = spawn(
    process.execPath,
    ['bin/conveyor.js', 'serve', '--empty', '--port', String(PORT), '--data-dir', dataDir],
    { stdio: 'ignore' },
  );
  const started = Date.now();
  for (;;) {
    const answer = await fetch(`${BASE}/api/v1/setup`).catch(() => null);
    if (answer?.status === 200) break;
    if (Date.now() - started > 200_000) throw new Error('the first-run server did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

test('first run: set-up opens the first steps, which tick themselves', async ({ page, snap }) => {
  test.setTimeout(240_000);
  const dialog = page.getByRole('dialog');
  const steps = page.getByRole('list', { name: 'First steps' });
  const step = (name: string) => steps.getByRole('listitem', { name });

  await test.step('set-up lands on the first steps, nothing ticked', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/setup$/);
    await page.getByLabel('Workspace name').fill('Northwind Start');
    await page.getByLabel('Your name').fill('Nina Admin');
    await page.getByLabel('E-mail').fill('nina@northwind-start.test');
    await page.getByRole('textbox', { name: 'Password' }).fill('correct horse battery');
    await page.getByRole('radio', { name: 'Classic B2B sales' }).check();
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await dialog.getByRole('button', { name: 'I have saved it' }).click();
    await expect(page).toHaveURL(/\/first-steps$/);
    await expect(page.getByRole('heading', { name: 'First steps' })).toBeVisible();
    await expect(page.getByTestId('first-steps-progress')).toHaveText('0 of 4 done');
    for (const name of ['Invite the team', 'Check the pipeline', 'Add your first deals']) {
      await expect(step(name)).toContainText('To do');
    }
    await snap('first-run-checklist-new');
  });

  await test.step('a deal made on the board ticks "first deals"', async () => {
    await step('Add your first deals').getByRole('link', { name: 'Open the board' }).click();
    await expect(page).toHaveURL(/\/board$/);
    await expect(page.getByText('No deals yet')).toBeVisible();
    await snap('first-run-board-empty');
    await page.getByRole('button', { name: 'New deal' }).first().click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Baltic Freight — pilot');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('navigation').getByRole('link', { name: 'First steps' }).click();
    await expect(step('Add your first deals')).toContainText('Done');
    await expect(step('Invite the team')).toContainText('To do');
  });

  await test.step('opening the map and the pipeline settings ticks them', async () => {
    await page.goto('/map');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto('/settings/pipelines');
    await expect(page.getByRole('navigation')).toBeVisible();
    await page.goto('/first-steps');
    await expect(step('See the process map')).toContainText('Done');
    await expect(step('Check the pipeline')).toContainText('Done');
    await expect(page.getByTestId('first-steps-progress')).toHaveText('3 of 4 done');
    await snap('first-run-checklist-ticked');
  });

  await test.step('put away, the app opens on My day — the team view, with hints', async () => {
    await page.getByRole('button', { name: 'Put away' }).click();
    await expect(page).toHaveURL(/\/my-day$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/my-day$/);
    await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('Everyone');
    // The new deal has no next step yet; the empty lists say what to do.
    await expect(page.getByRole('region', { name: 'Deals without a next step' })).toContainText(
      'Baltic Freight — pilot',
    );
    await expect(page.getByRole('region', { name: 'Overdue' })).toContainText(
      'Plan calls and meetings on your deals',
    );
    await snap('first-run-my-day');
    await page.getByRole('navigation').getByRole('link', { name: 'First steps' }).click();
    await expect(page.getByRole('button', { name: 'Show at start again' })).toBeVisible();
  });
});
