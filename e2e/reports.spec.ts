import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ADMIN, expect, test } from './fixtures.ts';

// The reports in the browser. Runs after foundation.spec.ts (the b2b-classic workspace in PLN,
// Europe/Warsaw) as its administrator. Its history is scripted through the API in a pipeline of
// its own with two salespeople of its own, so every number asserted here is known by hand:
//   Alder (Rita, 1000): Discovery → Proposal → Contract → won
//   Birch (Rita, 2000): Discovery → Proposal → lost "Budget cut"
//   Cedar (Rita, 3000): Discovery, expected to close yesterday, no next step, a call done today
//   Dune  (Mark, 4000): Discovery → lost "Budget cut"
//   Elm   (Mark, 5000): Discovery → Proposal, expected in 20 days, a call overdue by 3 hours

interface Id {
  id: string;
}

/** The texts of a table row's cells (the row header excluded), found by its header. */
async function cells(table: Locator, header: string | RegExp): Promise<string[]> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
  // Intl puts no-break spaces in money ("PLN 15,000", "15 000 zł"): compare with plain ones.
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.replace(/\s/g, ' '));
}

/** Picks an option of a Mantine select by its label. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function downloadOf(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return download;
}

/** The local date `days` from today in Warsaw (the workspace's zone), YYYY-MM-DD. */
function warsawDate(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(at);
}

test('reports journey', async ({ page, login, snap, api }) => {
  test.setTimeout(240_000);
  page.setDefaultTimeout(20_000);
  let pipelineId = '';
  const deals: Record<string, string> = {};
  const people = { rita: 'Rita Reports', mark: 'Mark Metrics' };

  await test.step('a scripted history in a pipeline of its own', async () => {
    await login(ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const rita = await api<Id>('POST', '/users', {
      email: 'rita.reports@acme.test',
      name: people.rita,
      role: 'member',
      salesRoles: ['closer'],
    });
    const mark = await api<Id>('POST', '/users', {
      email: 'mark.metrics@acme.test',
      name: people.mark,
      role: 'member',
      salesRoles: ['closer'],
    });
    const pipeline = await api<{ id: string; stages: Id[] }>('POST', '/pipelines', {
      name: 'Report journey',
      stages: [
        { name: 'Discovery', probability: 20 },
        { name: 'Proposal', probability: 50 },
        { name: 'Contract', probability: 80 },
      ],
    });
    pipelineId = pipeline.id;
    const [, proposal, contract] = pipeline.stages.map((s) => s.id);
    const reason = await api<Id>('POST', '/lost-reasons', {
      name: 'Budget cut (journey)',
      standard: 'The customer lost the budget for the purchase',
    });
    const deal = async (title: string, ownerId: string, value: number, extra = {}) => {
      deals[title] = (
        await api<Id>('POST', '/deals', { title, pipelineId, ownerId, value, ...extra })
      ).id;
      return deals[title];
    };
    // Moves skip the next-step rule with a manager's written reason: the history is scripted.
    const override = { reason: 'Scripted history' };
    const move = (id: string, stageId: string) =>
      api('POST', `/deals/${id}/move`, { stageId, override });

    const alder = await deal('Alder — 10 seats', rita.id, 1000);
    await move(alder, proposal!);
    await move(alder, contract!);
    await api('POST', `/deals/${alder}/win`, { override });
    const birch = await deal('Birch — pilot', rita.id, 2000);
    await move(birch, proposal!);
    await api('POST', `/deals/${birch}/lose`, { lostReasonId: reason.id });
    const cedar = await deal('Cedar — renewal', rita.id, 3000, {
      expectedCloseDate: warsawDate(-1),
    });
    await api('POST', '/activities', {
      type: 'call',
      subject: 'Cedar: budget call',
      dealId: cedar,
      ownerId: rita.id,
      doneAt: new Date().toISOString(),
    });
    const dune = await deal('Dune — audit', mark.id, 4000);
    await api('POST', `/deals/${dune}/lose`, { lostReasonId: reason.id });
    const elm = await deal('Elm — rollout', mark.id, 5000, { expectedCloseDate: warsawDate(20) });
    await move(elm, proposal!);
    await api('POST', '/activities', {
      type: 'call',
      subject: 'Elm: call back',
      dealId: elm,
      ownerId: mark.id,
      dueAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    });
  });

  await test.step('the funnel: chart and table, in order or at any point, filters in the address', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
    await expect(page).toHaveURL(/\/reports\/funnel/);
    await expect(page.getByRole('heading', { name: 'Funnel', exact: true })).toBeVisible();
    await choose(page, 'Pipeline', 'Report journey');
    await expect(page).toHaveURL(new RegExp(`pipelineId=${pipelineId}`));
    await choose(page, 'Period', 'This month');
    const table = page.getByRole('table', { name: 'Funnel by stage' });
    await expect.poll(() => cells(table, 'Created')).toEqual(['5', '', '', 'PLN 15,000']);
    expect(await cells(table, 'Discovery')).toEqual(['5', '100%', '0', 'PLN 15,000']);
    expect(await cells(table, 'Proposal')).toEqual(['3', '60%', '2', 'PLN 8,000']);
    expect(await cells(table, 'Contract')).toEqual(['1', '33.3%', '2', 'PLN 1,000']);
    expect(await cells(table, 'Won')).toEqual(['1', '20%', '', 'PLN 1,000']);
    expect(await cells(table, 'Lost')).toEqual(['2', '40%', '', 'PLN 6,000']);
    await expect(page.getByRole('listitem', { name: 'Still open' })).toContainText('PLN 8,000');
    await expect(page.getByRole('img', { name: /^Funnel chart/ })).toBeVisible();
    await snap('reports-funnel-en');

    // Skipping a stage: Elm never reached Contract, Alder reached all; at any point is the same
    // here, so the toggle keeps the numbers.
    await page.getByText('Reached at any point').click();
    expect(await cells(table, 'Proposal')).toEqual(['3', '60%', '2', 'PLN 8,000']);

    await choose(page, 'Owner', people.rita);
    await expect.poll(() => cells(table, 'Created')).toEqual(['3', '', '', 'PLN 6,000']);
    expect(await cells(table, 'Proposal')).toEqual(['2', '66.7%', '1', 'PLN 3,000']);

    // The address reproduces the view, and another report keeps the filters.
    const url = page.url();
    expect(url).toMatch(/ownerId=/);
    await page.getByRole('tab', { name: 'Loss reasons' }).click();
    await expect(page).toHaveURL(/\/reports\/loss-reasons\?.*ownerId=/);
    await expect(page.getByRole('listitem', { name: 'Deals lost' })).toContainText('1');
    await page.goto(url);
    await expect.poll(() => cells(table, 'Created')).toEqual(['3', '', '', 'PLN 6,000']);

    await choose(page, 'Period', 'Last month');
    await expect(
      page.getByText('No deals were created in this pipeline in the period.'),
    ).toBeVisible();
  });

  await test.step('exports: CSV and XLSX of the same filters, read back', async () => {
    await page.goto(`/reports/funnel?pipelineId=${pipelineId}`);
    const table = page.getByRole('table', { name: 'Funnel by stage' });
    await expect.poll(() => cells(table, 'Created')).toEqual(['5', '', '', 'PLN 15,000']);

    const csv = await downloadOf(page, 'Export CSV');
    expect(csv.suggestedFilename()).toMatch(/^funnel-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<Record<string, string | number>>(
      readFileSync((await csv.path())!, 'utf8'),
      { header: true, dynamicTyping: true, skipEmptyLines: true },
    ).data;
    // Headers and row kinds in the reader's words; numbers stay plain numbers.
    expect(rows.map((r) => [r.Row, r.Reached, r.Value])).toEqual([
      ['Created', 5, 15000],
      ['Discovery', 5, 15000],
      ['Proposal', 3, 8000],
      ['Contract', 1, 1000],
      ['Won', 1, 1000],
      ['Lost', 2, 6000],
      ['Still open', 2, 8000],
    ]);

    const xlsx = await downloadOf(page, 'Export XLSX');
    expect(xlsx.suggestedFilename()).toMatch(/^funnel-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Row');
    expect(sheet.getRow(4).getCell(1).value).toBe('Proposal');
    expect(sheet.getRow(4).getCell(3).value).toBe(3);
    expect(sheet.getRow(4).getCell(5).value).toBe(0.6);
  });

  await test.step('velocity: stays per stage, cycle time, the bottleneck named', async () => {
    await page.goto(`/reports/velocity?pipelineId=${pipelineId}`);
    const table = page.getByRole('table', { name: 'Time in each stage' });
    // Alder, Birch and Elm moved on from Discovery and Dune was lost there. (The slowest
    // stage's header also says it is the bottleneck.)
    await expect.poll(async () => (await cells(table, /^Discovery/))[0]).toBe('4');
    // Birch was lost in Proposal, Alder moved on; Alder was won from Contract.
    expect((await cells(table, /^Proposal/))[0]).toBe('2');
    expect((await cells(table, /^Contract/))[0]).toBe('1');
    await expect(page.getByRole('listitem', { name: 'Time to won' })).toContainText('1 deal');
    await expect(page.getByRole('listitem', { name: 'Time to lost' })).toContainText('2 deals');
    await expect(page.getByText(/Deals wait longest in/)).toBeVisible();
    await snap('reports-velocity-en');
    await choose(page, 'Owner', people.mark);
    await expect.poll(async () => (await cells(table, /^Discovery/))[0]).toBe('2');
    await expect(page.getByRole('listitem', { name: 'Time to lost' })).toContainText('1 deal');
  });

  await test.step('stuck & hygiene: each count opens its deals, linked', async () => {
    await page.goto(`/reports/stuck?pipelineId=${pipelineId}`);
    const table = page.getByRole('table', { name: 'By person' });
    await expect.poll(() => cells(table, people.rita)).toEqual(['0', '1', '0']);
    expect(await cells(table, people.mark)).toEqual(['0', '0', '1']);
    await table.getByRole('button', { name: `No next step of ${people.rita}: 1` }).click();
    const list = page.getByRole('region', { name: `No next step of ${people.rita}` });
    await expect(list.getByRole('link', { name: 'Cedar — renewal' })).toBeVisible();
    await table.getByRole('button', { name: `Overdue activities of ${people.mark}: 1` }).click();
    const overdue = page.getByRole('region', { name: `Overdue activities of ${people.mark}` });
    await expect(overdue).toContainText('Elm: call back');
    await snap('reports-stuck-en');
    await overdue.getByRole('link', { name: 'Elm — rollout' }).click();
    await expect(page).toHaveURL(new RegExp(`/deals/${deals['Elm — rollout']}$`));
    await page.goBack();
    await choose(page, 'Owner', people.rita);
    await expect.poll(() => table.getByRole('rowheader').allInnerTexts()).toEqual([people.rita]);
  });

  await test.step('loss reasons: shares, value lost, the warning when one reason dominates', async () => {
    await page.goto(`/reports/loss-reasons?pipelineId=${pipelineId}`);
    const reasons = page.getByRole('table', { name: 'By reason' });
    await expect
      .poll(() => cells(reasons, 'Budget cut (journey)'))
      .toEqual(['2', '100%', 'PLN 6,000']);
    await expect(page.getByRole('alert').filter({ hasText: 'One reason dominates' })).toContainText(
      'Budget cut (journey) is behind 100% of the losses',
    );
    expect(await cells(page.getByRole('table', { name: 'By stage lost at' }), 'Proposal')).toEqual([
      '1',
      '50%',
      'PLN 2,000',
      'Budget cut (journey): 1',
    ]);
    await snap('reports-loss-reasons-en');
    await choose(page, 'Owner', people.mark);
    await expect
      .poll(() => cells(reasons, 'Budget cut (journey)'))
      .toEqual(['1', '100%', 'PLN 4,000']);
  });

  await test.step('forecast: weighted by month, past-due deals flagged and linked', async () => {
    await page.goto(`/reports/forecast?pipelineId=${pipelineId}`);
    // Cedar 3000 × 20% + Elm 5000 × 50%.
    await expect(page.getByRole('listitem', { name: 'Weighted' })).toContainText('PLN 3,100');
    await expect(page.getByRole('listitem', { name: 'Past expected close' })).toContainText('1');
    const pastDue = page.getByRole('table', { name: 'Open deals past their expected close date' });
    await expect(pastDue.getByRole('link', { name: 'Cedar — renewal' })).toBeVisible();
    expect(await cells(page.getByRole('table', { name: 'By owner' }), people.mark)).toEqual([
      '1',
      'PLN 5,000',
      'PLN 2,500',
    ]);
    await snap('reports-forecast-en');
    await choose(page, 'Owner', people.mark);
    await expect(page.getByRole('listitem', { name: 'Weighted' })).toContainText('PLN 2,500');
    await expect(page.getByText('No open deal is past its expected close date.')).toBeVisible();
  });

  await test.step('goals: set in Settings, measured in the People report', async () => {
    await page.goto('/settings/goals');
    await page.getByRole('button', { name: 'Set a goal' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Person' }).fill('Rita');
    await page.getByRole('option', { name: people.rita }).click();
    await dialog.getByRole('combobox', { name: 'What to count' }).click();
    await page.getByRole('option', { name: 'Deals won', exact: true }).click();
    await dialog.getByText('Month', { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Target' }).fill('1');
    await dialog.getByRole('button', { name: 'Save goal' }).click();
    await expect(dialog).toBeHidden();
    const goals = page.getByRole('table', { name: 'Goals' });
    await expect(goals.getByRole('row', { name: /Rita Reports/ })).toContainText('1 a month');
    await snap('reports-goals-settings-en');

    await page.goto(`/reports/people?pipelineId=${pipelineId}`);
    await choose(page, 'Period', 'This month');
    const table = page.getByRole('table', { name: 'Salespeople' });
    // Call, Meeting, E-mail, Task, All, Created, Won, Won value, Lost, Stuck, No next step.
    await expect
      .poll(async () => (await cells(table, people.rita)).slice(0, 11))
      .toEqual(['1', '0', '0', '0', '1', '3', '1', 'PLN 1,000', '1', '0', '1']);
    expect((await cells(table, people.mark)).slice(0, 11)).toEqual([
      '0',
      '0',
      '0',
      '0',
      '0',
      '2',
      '0',
      'PLN 0',
      '1',
      '0',
      '0',
    ]);
    // One deal won this month against a goal of one a month: met, whatever day it is.
    await expect(
      table.getByRole('progressbar', { name: `${people.rita}: Deals won 1 / 1, met` }),
    ).toHaveCount(1);
    await snap('reports-people-en');
    await choose(page, 'Owner', people.mark);
    await expect.poll(() => table.getByRole('rowheader').allInnerTexts()).toEqual([people.mark]);

    const csv = await downloadOf(page, 'Export CSV');
    const rows = Papa.parse<Record<string, string>>(readFileSync((await csv.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => [r.Name, r['Deals created'], r.Lost])).toEqual([
      [people.mark, '2', '1'],
    ]);
  });

  await test.step('the what-if tab, a refused period, the funnel in Polish and Russian', async () => {
    // The what-if page itself is driven in reports-sources.spec.ts.
    await page.getByRole('tab', { name: 'What-if' }).click();
    await expect(page.getByRole('heading', { name: 'What-if' })).toBeVisible();

    // A period the API refuses (pasted into the address) is shown as what is wrong with it.
    await page.goto('/reports/loss-reasons?from=2026-12-31&to=2026-01-01');
    await expect(
      page.getByRole('alert').filter({ hasText: 'The report could not be made' }),
    ).toContainText('From: After `to`');
    await expect(page.getByLabel('From', { exact: true })).toHaveAccessibleDescription(
      'After the end date',
    );

    await page.goto(`/reports/funnel?pipelineId=${pipelineId}`);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await expect(
      page.getByRole('heading', { name: 'Konwersja etapów', exact: true }),
    ).toBeVisible();
    const lejek = page.getByRole('table', { name: 'Konwersja według etapów' });
    await expect
      .poll(async () => (await cells(lejek, 'Proposal')).slice(0, 2))
      .toEqual(['3', '60%']);
    expect((await cells(lejek, 'Utworzone'))[3]).toBe('15 000 zł');
    await snap('reports-funnel-pl');

    await page.getByRole('button', { name: 'Język: Polski' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await expect(
      page.getByRole('heading', { name: 'Конверсия по этапам', exact: true }),
    ).toBeVisible();
    await page.getByRole('tab', { name: 'Скорость' }).click();
    await expect(page.getByText(/Дольше всего сделки ждут на этапе/)).toBeVisible();
    await snap('reports-velocity-ru');
    await page.getByRole('tab', { name: 'Конверсия' }).click();
    await snap('reports-funnel-ru');

    await page.getByRole('button', { name: 'Язык: Русский' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
