import { ADMIN, expect, test } from './fixtures.ts';

// The workspace settings (after foundation.spec.ts, as its administrator): an exchange rate is
// added, and a deal in that currency then counts in the base currency — the lamp preview of
// won value shows it converted. The time zone is left alone: other journeys count its weeks.

interface Workspace {
  id: string;
  currency: string;
  settings: { exchangeRates: Record<string, number> };
}

test('workspace settings journey', async ({ page, login, snap, api }) => {
  const nav = page.getByRole('navigation');
  let workspace: Workspace;

  await test.step('an admin adds an exchange rate', async () => {
    await login(ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const me = await api<{ workspace: Workspace }>('GET', '/me');
    workspace = me.workspace;
    const foreign = workspace.currency === 'EUR' ? 'USD' : 'EUR';
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Workspace' }).click();
    await expect(page).toHaveURL(/\/settings\/workspace/);
    await expect(page.getByRole('textbox', { name: 'Workspace name' })).toHaveValue(
      ADMIN.workspaceName,
    );
    await page.getByRole('button', { name: 'Add a rate' }).click();
    const rate = page.getByRole('textbox', { name: `1 ${foreign} = … ${workspace.currency}` });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Every rate must be a number above zero')).toBeVisible();
    await rate.fill('4.25');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Workspace settings saved')).toBeVisible();
    await snap('workspace-settings-en');
    await page.reload();
    await expect(
      page.getByRole('textbox', { name: `1 ${foreign} = … ${workspace.currency}` }),
    ).toHaveValue('4.25');
  });

  await test.step('a deal in that currency counts converted', async () => {
    const foreign = workspace.currency === 'EUR' ? 'USD' : 'EUR';
    const after = await api<Workspace>('GET', `/workspaces/${workspace.id}`);
    expect(after.settings.exchangeRates).toEqual({ [foreign]: 4.25 });
    const pipeline = await api<{ id: string }>('POST', '/pipelines', {
      name: 'Export deals',
      stages: [{ name: 'Offer', probability: 50 }],
    });
    const before = await api<{ values: (number | null)[] }>('POST', '/metrics/preview', {
      metric: { sum: { event: 'deal.won', where: { pipelineId: pipeline.id } } },
    });
    expect(before.values.at(-1) ?? 0).toBe(0);
    const deal = await api<{ id: string }>('POST', '/deals', {
      title: 'Export order',
      pipelineId: pipeline.id,
      value: 1000,
      currency: foreign,
    });
    await api('POST', `/activities`, {
      type: 'call',
      subject: 'Follow-up',
      dealId: deal.id,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await api('POST', `/deals/${deal.id}/win`, {});
    const won = await api<{ values: (number | null)[] }>('POST', '/metrics/preview', {
      metric: { sum: { event: 'deal.won', where: { pipelineId: pipeline.id } } },
    });
    expect(won.values.at(-1)).toBe(4250);
  });

  await test.step('someone with two workspaces switches between them', async () => {
    await api('POST', '/workspaces', {
      name: 'Acme Export',
      locale: 'en',
      timezone: 'Europe/Warsaw',
      currency: 'EUR',
      template: 'empty',
    });
    await page.reload();
    const menu = page.getByRole('button', { name: `Account: ${ADMIN.name}` });
    const header = page.getByTestId('workspace-name');
    await expect(header).toHaveText(ADMIN.workspaceName);
    await menu.click();
    await page.getByRole('menuitem', { name: 'Acme Export' }).click();
    await expect(header).toHaveText('Acme Export');
    await expect(page).toHaveURL(/\/my-day/);
    await snap('workspace-switched-en');
    await menu.click();
    await page.getByRole('menuitem', { name: ADMIN.workspaceName }).click();
    await expect(header).toHaveText(ADMIN.workspaceName);
  });

  await test.step('the page reads in Polish', async () => {
    await page.goto('/settings/workspace');
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await expect(page.getByRole('tab', { name: 'Przestrzeń robocza' })).toBeVisible();
    await snap('workspace-settings-pl');
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });
});
