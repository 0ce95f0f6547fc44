import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { join } from 'node:path';
import { ADMIN, expect, SCREENSHOTS, test } from './fixtures.ts';

// Sources → revenue and what-if (after foundation.spec.ts, as its administrator). The data is
// scripted through the API under a medium of its own, so other journeys' leads and deals in the
// same workspace do not change what is asserted: four web-form leads, two of them converted
// into deals of a pipeline of their own (one won for 1,000), one disqualified.

interface Me {
  workspace: { currency: string };
}

test('sources and what-if journey', async ({ page, login, snap, api }) => {
  const medium = `web_${Date.now().toString(36)}`;
  const source = `Inbound · ${medium}`;
  let pipelineId = '';
  let money: (value: number) => string = String;

  await test.step('scripted leads and deals through the API', async () => {
    await login(ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const me = await api<Me>('GET', '/me');
    money = (value) =>
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency: me.workspace.currency,
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      }).format(value);
    const pipeline = await api<{ id: string }>('POST', '/pipelines', {
      name: `What-if ${medium}`,
      stages: [
        { name: 'Talk', probability: 20 },
        { name: 'Sign', probability: 80 },
      ],
    });
    pipelineId = pipeline.id;
    const lead = async (name: string) =>
      (
        await api<{ id: string }>('POST', '/leads', {
          name,
          source: { channel: 'inbound', medium },
        })
      ).id;
    const qualified = async (name: string, value: number) => {
      const id = await lead(name);
      await api('POST', `/leads/${id}/status`, { status: 'sql' });
      const converted = await api<{ deal: { id: string } }>('POST', `/leads/${id}/convert`, {
        pipelineId,
        value,
      });
      return converted.deal.id;
    };
    const won = await qualified('Olga Sources', 1000);
    await api('POST', `/deals/${won}/win`, {});
    await qualified('Piotr Sources', 500);
    await api('POST', `/leads/${await lead('Rita Sources')}/status`, { status: 'contacted' });
    const dqReasons = await api<{ items: { id: string }[] }>('GET', '/disqualification-reasons');
    await api('POST', `/leads/${await lead('Sam Sources')}/disqualify`, {
      reasonId: dqReasons.items[0]!.id,
    });
    await page.reload(); // the app loaded its pipelines before this one existed
  });

  const row = () => page.getByRole('row', { name: new RegExp(`^${source}`) });

  await test.step('the sources report follows the medium from lead to revenue', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('tab', { name: 'Sources' }).click();
    await expect(page).toHaveURL(/\/reports\/sources/);
    await expect(page.getByRole('heading', { name: 'Sources → revenue' })).toBeVisible();
    // This month whole, so a month's cost counts in full.
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'This month' }).click();
    await expect(page.getByRole('radio', { name: 'Medium' })).toBeChecked();
    const cells = row().getByRole('cell');
    await expect(cells.nth(0)).toHaveText('4'); // leads
    const count = (i: number) => cells.nth(i).locator('p').first();
    await expect(count(3)).toHaveText('2'); // deals: the two SQL leads converted
    await expect(count(4)).toHaveText('1'); // won
    await expect(cells.nth(5)).toHaveText(money(1000));
    await expect(cells.nth(7)).toHaveText('—'); // no cost yet
  });

  await test.step('a manager enters the month’s cost and sees cost per lead', async () => {
    await page.getByRole('button', { name: 'Enter a cost' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enter a monthly cost' });
    await dialog.getByRole('combobox', { name: 'Channel' }).click();
    await page.getByRole('option', { name: 'Inbound' }).click();
    await dialog.getByLabel('Medium').fill(medium);
    await dialog.getByRole('textbox', { name: 'Amount' }).fill('800');
    await snap('reports-sources-cost-form');
    await dialog.getByRole('button', { name: 'Save cost' }).click();
    await expect(dialog).toBeHidden();
    const cells = row().getByRole('cell');
    await expect(cells.nth(7)).toHaveText(money(800)); // cost
    await expect(cells.nth(8)).toHaveText(money(200)); // per lead: 800 ÷ 4
    await expect(cells.nth(9)).toHaveText(money(800)); // per won deal
    await expect(cells.nth(10)).toHaveText('1.25×'); // 1,000 ÷ 800
    await expect(
      page.getByRole('table', { name: 'Monthly costs' }).getByRole('row', { name: source }),
    ).toContainText(money(800));
    await expect(page.getByRole('img', { name: 'Revenue and cost of each source' })).toBeVisible();
    await snap('reports-sources');
  });

  await test.step('the sources CSV holds the same row', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sources-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<Record<string, string | number | null>>(
      readFileSync(await download.path(), 'utf8'),
      { header: true, dynamicTyping: true, skipEmptyLines: true },
    ).data;
    const mine = rows.find((r) => r.Medium === medium);
    expect(mine).toMatchObject({
      Row: 'Source',
      Channel: 'Inbound',
      Leads: 4,
      SQL: 2,
      Deals: 2,
      Won: 1,
      Revenue: 1000,
      Cost: 800,
      'Cost per lead': 200,
      'Return on cost': 1.25,
    });
  });

  await test.step('what-if: more leads from the medium, more projected revenue', async () => {
    await page.getByRole('tab', { name: 'What-if' }).click();
    await expect(page).toHaveURL(/\/reports\/what-if/);
    await page.getByRole('combobox', { name: 'Pipeline' }).click();
    await page.getByRole('option', { name: `What-if ${medium}` }).click();
    const revenue = page.getByRole('listitem', { name: 'Revenue, next 6 months' });
    await expect(revenue).toBeVisible();
    const slider = page.getByRole('slider', { name: `Leads per week from ${source}` });
    await expect(slider).toBeVisible();
    const before = await revenue.locator('p').nth(1).innerText();
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(revenue.locator('p').nth(1)).not.toHaveText(before);
    const amount = (text: string) => Number(text.replace(/[^\d]/g, ''));
    expect(amount(await revenue.locator('p').nth(1).innerText())).toBeGreaterThan(amount(before));
    await expect(page.getByRole('button', { name: 'Reset 1 change' })).toBeEnabled();
    await expect(page.getByRole('list', { name: 'Which button to press' })).toBeVisible();
    await snap('reports-what-if');
    // The page's sticky header covers part of a full-page picture: the chart on its own too.
    const chart = page.getByRole('img', {
      name: 'Revenue per month: measured baseline and projection',
    });
    await chart.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await chart.screenshot({ path: join(SCREENSHOTS, 'reports-what-if-chart.png') });
  });

  await test.step('the pages speak Polish and Russian', async () => {
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await expect(page.getByRole('heading', { name: 'Symulacja' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Który przycisk nacisnąć' })).toBeVisible();
    await snap('reports-what-if-pl');
    await page.getByRole('tab', { name: 'Źródła' }).click();
    await expect(page.getByRole('heading', { name: 'Źródła → przychód' })).toBeVisible();
    await page.getByRole('button', { name: 'Język: Polski' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { name: 'Источники → выручка' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Затраты по месяцам' })).toBeVisible();
    await snap('reports-sources-ru');
    await page.getByRole('button', { name: 'Язык: Русский' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Sources → revenue' })).toBeVisible();
  });
});
