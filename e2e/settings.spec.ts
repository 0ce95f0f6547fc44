import type { Page } from '@playwright/test';
import { ADMIN, expect, loginThroughForm, test } from './fixtures.ts';

// The settings journey (after foundation.spec.ts, as its administrator): a pipeline of its own
// is edited — a stage added with a check and a field criterion, reordered, saved and reloaded,
// refused while a removed stage holds deals or someone else saved first — and loss reasons are
// added (limited to a stage) and retired. Other specs' pipeline and deals are left alone.

interface Pipeline {
  id: string;
  version: number;
  stages: { id: string; name: string }[];
}

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** The stage names in the order the editor lists them. */
async function stageOrder(page: Page): Promise<string[]> {
  const rows = page.getByRole('list', { name: 'Stages' }).getByRole('listitem');
  return rows.evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));
}

test('settings journey', async ({ page, browser, baseURL, login, snap, api }) => {
  const nav = page.getByRole('navigation');
  const dialog = page.getByRole('dialog');
  const pipelineName = 'Partner programme';
  const editor = page.getByRole('form', { name: 'Pipeline editor' });
  const stageDetails = page.getByRole('group', { name: 'Stage details' });
  let pipeline: Pipeline;

  await test.step('the settings link leads to the pipeline editor', async () => {
    await login(ADMIN.email, ADMIN.password);
    await chooseLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    pipeline = await api<Pipeline>('POST', '/pipelines', {
      name: pipelineName,
      stages: [
        { name: 'Contacted', probability: 10 },
        { name: 'Proposal', probability: 40 },
        { name: 'Signed', probability: 90 },
      ],
    });
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/\/settings\/pipelines/);
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Pipeline' }).click();
    await page.getByRole('option', { name: pipelineName }).click();
    await expect(editor.getByRole('textbox', { name: 'Pipeline name' })).toHaveValue(pipelineName);
    expect(await stageOrder(page)).toEqual(['Contacted', 'Proposal', 'Signed']);
  });

  await test.step('add a stage with a check and a field criterion', async () => {
    await editor.getByRole('button', { name: 'Add stage' }).click();
    await stageDetails.getByRole('textbox', { name: 'Stage name' }).fill('Workshop');
    await stageDetails.getByRole('textbox', { name: 'Goal' }).fill('The partner’s team trained');
    await stageDetails.getByRole('textbox', { name: 'Probability' }).fill('60');
    await stageDetails.getByRole('textbox', { name: 'Rot days' }).fill('10');
    await stageDetails.getByRole('combobox', { name: 'Responsible sales role' }).click();
    await page.getByRole('option', { name: 'Closer' }).click();
    await stageDetails
      .getByRole('textbox', { name: 'Guidance' })
      .fill('Run the workshop **on site**.\n\n- Agree the agenda\n- Bring the demo kit');
    await stageDetails.getByText('Preview', { exact: true }).click();
    await expect(
      stageDetails.getByRole('listitem').filter({ hasText: 'Bring the demo kit' }),
    ).toBeVisible();
    await stageDetails.getByText('Write', { exact: true }).click();

    const criteria = stageDetails
      .getByRole('list', { name: 'Exit criteria' })
      .getByRole('listitem');
    await stageDetails.getByRole('button', { name: 'Add criterion' }).click();
    await criteria.nth(0).getByRole('textbox', { name: 'Label' }).fill('Agenda agreed');
    await stageDetails.getByRole('button', { name: 'Add criterion' }).click();
    await criteria.nth(1).getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Deal field filled in' }).click();
    await criteria.nth(1).getByRole('combobox', { name: 'Deal field' }).click();
    await page.getByRole('option', { name: 'Expected close date' }).click();
    await criteria.nth(1).getByRole('textbox', { name: 'Label' }).fill('Go-live date set');
    expect(await stageOrder(page)).toEqual(['Contacted', 'Proposal', 'Signed', 'Workshop']);
  });

  await test.step('reorder with the arrow buttons and by dragging', async () => {
    await editor.getByRole('button', { name: 'Move Workshop up' }).click();
    expect(await stageOrder(page)).toEqual(['Contacted', 'Proposal', 'Workshop', 'Signed']);
    await editor.getByRole('button', { name: 'Move Workshop up' }).click();
    expect(await stageOrder(page)).toEqual(['Contacted', 'Workshop', 'Proposal', 'Signed']);
    // Drag Proposal above Workshop by its handle.
    const handle = editor.getByRole('button', { name: 'Drag Proposal' });
    const target = editor.getByRole('listitem', { name: 'Workshop' });
    const from = await handle.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('no layout');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2 - 4, { steps: 10 });
    await page.mouse.up();
    await expect
      .poll(() => stageOrder(page))
      .toEqual(['Contacted', 'Proposal', 'Workshop', 'Signed']);
    await editor.getByRole('button', { name: 'Move Proposal down' }).click();
    expect(await stageOrder(page)).toEqual(['Contacted', 'Workshop', 'Proposal', 'Signed']);
  });

  await test.step('a duplicate stage name is shown at its input; then it saves', async () => {
    await editor.getByRole('button', { name: 'Edit Signed' }).click();
    const name = stageDetails.getByRole('textbox', { name: 'Stage name' });
    await name.fill('Contacted');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(name).toHaveAccessibleDescription(/Another stage already has this name/);
    await name.fill('Signed');
    await editor.getByRole('button', { name: 'Edit Workshop' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Pipeline “${pipelineName}” saved`)).toBeVisible();
  });

  await test.step('after a reload the stages are in the saved order with their criteria', async () => {
    await page.reload();
    await expect(editor.getByRole('textbox', { name: 'Pipeline name' })).toHaveValue(pipelineName);
    expect(await stageOrder(page)).toEqual(['Contacted', 'Workshop', 'Proposal', 'Signed']);
    await editor.getByRole('button', { name: 'Edit Workshop' }).click();
    await expect(stageDetails.getByRole('textbox', { name: 'Goal' })).toHaveValue(
      'The partner’s team trained',
    );
    await expect(stageDetails.getByRole('textbox', { name: 'Rot days' })).toHaveValue('10');
    await expect(
      stageDetails.getByRole('combobox', { name: 'Responsible sales role' }),
    ).toHaveValue('Closer');
    const criteria = stageDetails
      .getByRole('list', { name: 'Exit criteria' })
      .getByRole('listitem');
    await expect(criteria).toHaveCount(2);
    await expect(criteria.nth(0).getByRole('textbox', { name: 'Label' })).toHaveValue(
      'Agenda agreed',
    );
    await expect(criteria.nth(1).getByRole('combobox', { name: 'Deal field' })).toHaveValue(
      'Expected close date',
    );
    await snap('settings-pipeline-en');
    const saved = await api<Pipeline>('GET', `/pipelines/${pipeline.id}`);
    expect(saved.stages.map((s) => s.name)).toEqual([
      'Contacted',
      'Workshop',
      'Proposal',
      'Signed',
    ]);
    pipeline = saved;
  });

  await test.step('the board shows the new column in its place', async () => {
    await nav.getByRole('link', { name: 'Board' }).click();
    // A click that lands while the board is still drawing can leave the list closed: retry.
    const option = page.getByRole('option', { name: pipelineName });
    await expect(async () => {
      await page
        .getByRole('textbox', { name: 'Pipeline' })
        .or(page.getByRole('combobox', { name: 'Pipeline' }))
        .first()
        .click();
      await expect(option).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 30_000 });
    await option.click();
    await expect(page.getByRole('region', { name: 'Workshop' })).toBeVisible();
    const columns = await page
      .getByRole('region')
      .evaluateAll((items) => items.map((r) => r.getAttribute('aria-label')));
    expect(
      columns.filter((c) => ['Contacted', 'Workshop', 'Proposal', 'Signed'].includes(c ?? '')),
    ).toEqual(['Contacted', 'Workshop', 'Proposal', 'Signed']);
  });

  await test.step('removing a stage that holds deals is refused, naming the stage', async () => {
    await api('POST', '/deals', { title: 'Partner — Baltic Amber', pipelineId: pipeline.id });
    await page.goto(`/settings/pipelines?pipeline=${pipeline.id}`);
    await editor.getByRole('button', { name: 'Remove Contacted' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor.getByRole('alert')).toContainText(
      'The stage “Contacted” still holds deals, so it cannot be removed.',
    );
    await editor.getByRole('button', { name: 'Discard changes' }).click();
    expect(await stageOrder(page)).toEqual(['Contacted', 'Workshop', 'Proposal', 'Signed']);
  });

  await test.step('a change saved by someone else meanwhile reloads the pipeline', async () => {
    await api('PATCH', `/pipelines/${pipeline.id}`, { name: 'Partner programme 2027' });
    await editor.getByRole('textbox', { name: 'Pipeline name' }).fill('My rename');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText('Someone else changed this pipeline in the meantime.'),
    ).toBeVisible();
    await expect(editor.getByRole('textbox', { name: 'Pipeline name' })).toHaveValue(
      'Partner programme 2027',
    );
  });

  await test.step('a new pipeline is created from the editor', async () => {
    await page.getByRole('button', { name: 'New pipeline' }).click();
    await editor.getByRole('textbox', { name: 'Pipeline name' }).fill('Referral desk');
    await expect(stageDetails.getByRole('textbox', { name: 'Stage name' })).toHaveValue(
      'First stage',
    );
    await stageDetails.getByRole('textbox', { name: 'Stage name' }).fill('Referral received');
    await editor.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText('Pipeline “Referral desk” saved')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Pipeline' })).toHaveValue('Referral desk');
    expect(await stageOrder(page)).toEqual(['Referral received']);
  });

  await test.step('a loss reason limited to one stage; another retired', async () => {
    await api('POST', '/lost-reasons', {
      name: 'Partner went bankrupt',
      standard: 'The partner company ceased trading',
    });
    await page.getByRole('tab', { name: 'Loss reasons' }).click();
    await expect(page).toHaveURL(/\/settings\/lost-reasons$/);
    await page.getByRole('button', { name: 'New loss reason' }).click();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Workshop cancelled');
    await dialog
      .getByRole('textbox', { name: 'When to use it' })
      .fill('The partner called off the workshop and gave no new date');
    await dialog
      .getByRole('textbox', { name: 'Allowed at stages' })
      .or(dialog.getByRole('combobox', { name: 'Allowed at stages' }))
      .first()
      .click();
    await page.getByRole('option', { name: 'Workshop' }).click();
    // Clicking elsewhere closes the stage list, which stays open for more choices.
    await dialog.getByRole('textbox', { name: 'Reason' }).click();
    await snap('settings-lost-reason-modal-en');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: /Workshop cancelled/ });
    await expect(row).toContainText('Workshop');
    await expect(row).toContainText('Active');

    await page.getByRole('button', { name: 'Retire Partner went bankrupt' }).click();
    const retired = page.getByRole('row', { name: /Partner went bankrupt/ });
    await expect(retired).toContainText('Retired');
    await expect(
      retired.getByRole('button', { name: 'Reactivate Partner went bankrupt' }),
    ).toBeVisible();
    // The segmented control's radios are visually hidden behind their labels.
    await page.locator('label', { hasText: /^Retired$/ }).click();
    await expect(page.getByRole('radio', { name: 'Retired' })).toBeChecked();
    await expect(page.getByRole('row', { name: /Workshop cancelled/ })).toHaveCount(0);
    await expect(retired).toBeVisible();
    await page.locator('label', { hasText: /^All$/ }).click();
    await expect(page.getByRole('row', { name: /Workshop cancelled/ })).toBeVisible();
    const reasons = await api<{
      items: { name: string; active: boolean; stageIds: string[] | null }[];
    }>('GET', '/lost-reasons');
    const workshopId = pipeline.stages.find((s) => s.name === 'Workshop')?.id;
    expect(reasons.items.find((r) => r.name === 'Workshop cancelled')?.stageIds).toEqual([
      workshopId,
    ]);
    expect(reasons.items.find((r) => r.name === 'Partner went bankrupt')?.active).toBe(false);
    await snap('settings-lost-reasons-en');
    // Let the notifications fade so the translated pictures show only translated text.
    await expect(page.getByText('Partner went bankrupt” retired')).toBeHidden();
  });

  await test.step('both editors in Polish and Russian', async () => {
    await chooseLanguage(page, 'Polski');
    await expect(page.getByRole('heading', { name: 'Ustawienia' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nowy powód przegranej' })).toBeVisible();
    await snap('settings-lost-reasons-pl');
    await page.getByRole('tab', { name: 'Lejki' }).click();
    await page.getByRole('combobox', { name: 'Lejek' }).click();
    await page.getByRole('option', { name: 'Partner programme 2027' }).click();
    await page.getByRole('button', { name: 'Edytuj etap Workshop' }).click();
    await expect(page.getByRole('button', { name: 'Dodaj etap' })).toBeVisible();
    await snap('settings-pipeline-pl');
    await chooseLanguage(page, 'Русский');
    await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Добавить этап' })).toBeVisible();
    await snap('settings-pipeline-ru');
    await page.getByRole('tab', { name: 'Причины проигрыша' }).click();
    await expect(page.getByRole('button', { name: 'Новая причина проигрыша' })).toBeVisible();
    await expect(page.getByText(/^\d+ причин[аы]?$/)).toBeVisible();
    await snap('settings-lost-reasons-ru');
    await chooseLanguage(page, 'English');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  });

  await test.step('members see no settings and are sent back to the board', async () => {
    const member = { email: 'marek@acme.test', password: 'member password 1' };
    await api('POST', '/users', {
      email: member.email,
      name: 'Marek Member',
      role: 'member',
      password: member.password,
    });
    const context = await browser.newContext({ baseURL });
    const other = await context.newPage();
    await loginThroughForm(other, member.email, member.password);
    const otherNav = other.getByRole('navigation');
    await expect(otherNav.getByRole('link', { name: 'Board' })).toBeVisible();
    await expect(otherNav.getByRole('link', { name: 'Settings' })).toHaveCount(0);
    await other.goto('/settings/lost-reasons');
    await expect(other).toHaveURL(/\/board$/);
    await context.close();
  });
});
