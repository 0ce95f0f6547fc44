import { ADMIN, expect, test } from './fixtures.ts';

// Notes, files and the timeline on the deal card. Runs after foundation.spec.ts (files run in
// name order on one worker; it sets up the workspace) as its administrator, on a deal of its own
// made through the API.
test('deal notes journey', async ({ page, login, snap, api }) => {
  const title = 'Baltic Freight — 12 seats';
  const timeline = page.getByRole('region', { name: 'Notes, files and history' });
  const colleague = `Piotr Kowalski ${Date.now() % 10_000}`;
  const colleagueEmail = `piotr-${Date.now()}@acme.test`;
  const colleaguePassword = 'piotr correct horse';
  let dealUrl = '';
  const inEnglish = async () => {
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  };

  await test.step('open a new deal of our own in English', async () => {
    await login(ADMIN.email, ADMIN.password);
    await inEnglish();
    await api('POST', '/users', {
      email: colleagueEmail,
      name: colleague,
      password: colleaguePassword,
      role: 'member',
      salesRoles: [],
    });
    const pipelines = await api<{ items: { id: string }[] }>('GET', '/pipelines');
    const deal = await api<{ id: string }>('POST', '/deals', {
      title,
      pipelineId: pipelines.items[0]?.id,
      value: 4200,
    });
    dealUrl = `/deals/${deal.id}`;
    await page.goto(dealUrl);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  });

  await test.step('write a note with bold text and a mention', async () => {
    const note = timeline.getByRole('textbox', { name: 'New note' });
    await note.fill('Budget approved');
    await note.press('ControlOrMeta+a');
    await timeline.getByRole('button', { name: 'Bold' }).click();
    await expect(note).toHaveValue('**Budget approved**');
    await note.press('End');
    await note.pressSequentially(' — ');
    await timeline.getByRole('button', { name: 'Mention' }).click();
    await page.getByRole('menuitem', { name: colleague }).click();
    await note.press('End');
    await note.pressSequentially('please send the offer');
    await timeline.getByRole('button', { name: 'Add note' }).click();
    await expect(note).toHaveValue('');
    await expect(timeline.locator('strong', { hasText: 'Budget approved' })).toBeVisible();
    await expect(timeline).toContainText(`@${colleague} please send the offer`);
    await expect(timeline).toContainText(`${ADMIN.name} wrote a note`);
  });

  await test.step('attach a small file and download it', async () => {
    const chooser = page.waitForEvent('filechooser');
    await timeline.getByRole('button', { name: 'Attach file' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'offer.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 offer'),
    });
    const link = timeline.getByRole('link', { name: 'Download offer.pdf' });
    await expect(link).toBeVisible();
    await expect(timeline).toContainText(`${ADMIN.name} attached a file`);
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toBe('offer.pdf');
  });

  await test.step('the timeline holds the note, the file and the deal’s history, newest first', async () => {
    const entries = timeline.locator('.mantine-Timeline-item');
    await expect(entries.nth(0)).toContainText('attached a file');
    await expect(entries.nth(1)).toContainText('wrote a note');
    await expect(entries.last()).toContainText('created the deal');
    await snap('deal-notes');
  });

  await test.step('the colleague finds the mention on their My day', async () => {
    await page.context().clearCookies();
    await login(colleagueEmail, colleaguePassword);
    await inEnglish();
    await page.goto('/my-day');
    const mentions = page.getByRole('region', { name: 'Mentions' });
    await expect(mentions).toContainText(`${ADMIN.name} mentioned you on ${title}`);
    await expect(mentions.locator('strong', { hasText: 'Budget approved' })).toBeVisible();
    await snap('my-day-mentions');
    await mentions.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    // Someone else's note: the colleague reads it but cannot change it.
    await expect(timeline.getByRole('button', { name: 'Edit note' })).toHaveCount(0);
    await page.context().clearCookies();
    await login(ADMIN.email, ADMIN.password);
    await page.goto(dealUrl);
  });

  await test.step('edit the note, then delete it', async () => {
    await timeline.getByRole('button', { name: 'Edit note' }).click();
    const editor = timeline.getByRole('textbox', { name: 'Edit note' });
    await expect(editor).toHaveValue(`**Budget approved** — @${colleague} please send the offer`);
    await editor.fill('Budget *approved* by the board');
    await timeline.getByRole('button', { name: 'Save' }).click();
    await expect(timeline.locator('em', { hasText: 'approved' })).toBeVisible();
    await expect(timeline).toContainText('edited');
    await timeline.getByRole('button', { name: 'Delete note' }).click();
    await expect(timeline).not.toContainText('wrote a note');
    await expect(timeline.getByRole('link', { name: 'Download offer.pdf' })).toBeVisible();
  });
});
