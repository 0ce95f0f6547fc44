import { ADMIN, expect, test } from './fixtures.ts';

// The global search (issue 17 item 4): Ctrl-K opens it anywhere in the signed-in app, typing
// finds a deal by its company's name, the arrows and Enter open it. In the suite it runs after
// foundation.spec.ts as its administrator; alone, it sets the workspace up itself.
test('global search journey', async ({ page, login, snap, api, request }) => {
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('combobox', { name: 'Search deals, companies, contacts and leads' });
  const title = 'Kashubian Ferries — fleet tracking';

  await test.step('sign in, with a company and its deal made through the API', async () => {
    const setup = await request.get('/api/v1/setup');
    if ((await setup.json()).setupRequired) {
      const created = await request.post('/api/v1/setup', {
        data: { ...ADMIN, locale: 'en', timezone: 'Europe/Warsaw', currency: 'PLN', template: 'b2b-classic' },
      }); // prettier-ignore
      expect(created.status()).toBe(201);
    }
    await login(ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const company = await api<{ id: string }>('POST', '/companies', { name: 'Kashubian Ferries' });
    const pipelines = await api<{ items: { id: string }[] }>('GET', '/pipelines');
    await api('POST', '/deals', {
      title,
      pipelineId: pipelines.items[0]?.id,
      companyId: company.id,
    });
  });

  await test.step('Ctrl-K opens the search, which says what it finds', async () => {
    await page.keyboard.press('Control+k');
    await expect(box).toBeFocused();
    await expect(dialog).toContainText('Finds deals, companies, contacts and leads');
  });

  await test.step('a word that matches nothing says what to try instead', async () => {
    await box.fill('zzqx');
    await expect(dialog.getByRole('status')).toContainText('Nothing matches “zzqx”');
  });

  await test.step("the company's name finds the company, then its deal; Enter opens the deal", async () => {
    await box.fill('kashubian');
    const results = dialog.getByRole('listbox', { name: 'Search results' });
    await expect(results.getByRole('option')).toHaveText([
      /Company\s*Kashubian Ferries/,
      new RegExp(`Deal\\s*${title}\\s*Kashubian Ferries`),
    ]);
    await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await snap('search-results');
    await box.press('ArrowDown');
    await expect(results.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  });

  await test.step('in Polish and Russian it says the same, and finds the deal by its words', async () => {
    for (const [language, dialogName, noMatch] of [
      ['Polski', 'Szukaj', 'Nic nie pasuje do „zzqx”'],
      ['Русский', 'Поиск', 'Ничего не найдено по запросу «zzqx»'],
    ] as const) {
      await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
      await page.getByRole('menuitem', { name: language }).click();
      await page.keyboard.press('Control+k');
      const translated = page.getByRole('dialog', { name: dialogName });
      await translated.getByRole('combobox').fill('zzqx');
      await expect(translated.getByRole('status')).toContainText(noMatch);
      await translated.getByRole('combobox').fill('tracking fleet');
      await expect(translated.getByRole('option')).toHaveCount(1);
      await snap(`search-${language === 'Polski' ? 'pl' : 'ru'}`);
      await page.keyboard.press('Escape');
      await expect(translated).toBeHidden();
    }
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });
});
