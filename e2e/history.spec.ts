import { ADMIN, expect, test } from './fixtures.ts';

// The deal card's history. Runs after foundation.spec.ts (files run in name order on one
// worker) as its administrator, on a deal of its own made through the API.
test('deal history journey', async ({ page, login, snap, api }) => {
  const dialog = page.getByRole('dialog');
  const title = 'Vistula Logistics — 30 seats';
  const history = page.getByRole('region', { name: 'Notes, files and history' });

  await test.step('open a new deal of our own in English', async () => {
    await login(ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const pipelines = await api<{ items: { id: string }[] }>('GET', '/pipelines');
    const deal = await api<{ id: string }>('POST', '/deals', {
      title,
      pipelineId: pipelines.items[0]?.id,
      value: 9000,
    });
    await page.goto(`/deals/${deal.id}`);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(history).toContainText(`${ADMIN.name} created the deal in Identification`);
  });

  await test.step('move forward over an unmet gate with a written override', async () => {
    const path = page.getByRole('navigation', { name: 'Stage path' });
    await path.getByRole('button', { name: 'Qualification — ahead' }).click();
    await expect(
      dialog.getByRole('heading', { name: 'Before moving to Qualification' }),
    ).toBeVisible();
    await dialog
      .getByRole('textbox', { name: 'Reason for the override' })
      .fill('Client signed by phone');
    await dialog.getByRole('button', { name: 'Override' }).click();
    await expect(dialog).toBeHidden();
    await expect(path.getByRole('button', { name: 'Qualification — current stage' })).toBeVisible();
    await expect(history).toContainText(`Override by ${ADMIN.name}: “Client signed by phone”`);
    await expect(history).toContainText(
      'Skipped: Decision maker recorded, First call held, Next contact date in the calendar',
    );
    await expect(history).toContainText(
      `${ADMIN.name} moved it from Identification to Qualification — under a minute in Identification`,
    );
  });

  await test.step('a ticked check can be unticked', async () => {
    const check = page
      .getByRole('list', { name: 'Exit criteria' })
      .getByRole('checkbox', { name: 'Budget known' });
    await check.click();
    await expect(check).toBeChecked();
    await expect(check).toBeEnabled();
    await check.click();
    await expect(check).not.toBeChecked();
    await page.reload();
    await expect(
      page
        .getByRole('list', { name: 'Exit criteria' })
        .getByRole('checkbox', { name: 'Budget known' }),
    ).not.toBeChecked();
  });

  await test.step('edit the value, win (over the remaining gates), reopen', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    await dialog.getByRole('textbox', { name: 'Value' }).fill('15000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(history).toContainText(`${ADMIN.name} changed the value`);

    // Winning and reopening name the version the user saw, as a move does: a deal changed
    // meanwhile is refused (412), not closed on stale facts.
    const sent = (action: string) =>
      page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/${action}`));
    await page.getByRole('button', { name: 'Win', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Comment' }).fill('Contract signed on site');
    const win = sent('win');
    await dialog.getByRole('button', { name: 'Win', exact: true }).click();
    expect((await win).headers()['if-match']).toMatch(/^"\d+"$/);
    await expect(dialog.getByRole('heading', { name: 'Before winning' })).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reason for the override' }).fill('Board approved');
    await dialog.getByRole('button', { name: 'Override' }).click();
    await expect(dialog).toBeHidden();
    await expect(history).toContainText(`${ADMIN.name} won the deal`);
    await expect(history).toContainText('“Contract signed on site”');
    await expect(history).toContainText(`Override by ${ADMIN.name}: “Board approved”`);

    const reopen = sent('reopen');
    await page.getByRole('button', { name: 'Reopen' }).click();
    expect((await reopen).headers()['if-match']).toMatch(/^"\d+"$/);
    await expect(history).toContainText(`${ADMIN.name} reopened the won deal`);
    await expect(page.getByRole('button', { name: 'Win', exact: true })).toBeVisible();
    // Let the notifications close so they do not cover the card in the pictures.
    await expect(page.getByText(`“${title}” reopened`)).toBeHidden({ timeout: 10_000 });
    await snap('deal-history-en');
  });

  await test.step('the history in Polish and Russian, then back to English', async () => {
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    const historia = page.getByRole('region', { name: 'Historia' });
    await expect(historia).toContainText(`Pominięcie kryteriów (${ADMIN.name}): „Board approved”`);
    await expect(historia).toContainText(
      `${ADMIN.name}: przeniesienie z „Identification” do „Qualification” — niecała minuta`,
    );
    await snap('deal-history-pl');
    await page.getByRole('button', { name: 'Język: Polski' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    const istoriya = page.getByRole('region', { name: 'История' });
    await expect(istoriya).toContainText(`${ADMIN.name}: выигранная сделка снова открыта`);
    await expect(istoriya).toContainText('Пропущено: Decision maker recorded');
    await snap('deal-history-ru');
    await page.getByRole('button', { name: 'Язык: Русский' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
