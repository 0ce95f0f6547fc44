import { ADMIN, expect, test } from './fixtures.ts';

// Board totals, card markers and keyboard shortcuts (issue 17, deliverable 3). Runs after
// first-run.spec.ts and foundation.spec.ts (files run in name order: hence not
// "board-totals.spec.ts"), signed in as the administrator they created. It works in a PLN
// workspace of its own, so its numbers are its own and the other journeys' reports stay as
// they were; it switches back at the end.

const DAY = 86_400_000;

test('board totals, card markers and shortcuts', async ({ page, login, snap, api }) => {
  const dialog = page.getByRole('dialog');
  const pipelineName = 'Totals board'; // the new workspace's only pipeline: the board opens on it
  let home = '';

  await test.step('a pipeline with weighted stages and four deals', async () => {
    await login(ADMIN.email, ADMIN.password);
    // An earlier journey may have left another language: back to English.
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    home = (await api<{ workspace: { id: string } }>('GET', '/me')).workspace.id;
    const created = await api<{ workspace: { id: string } }>('POST', '/workspaces', {
      name: 'Totals Ltd',
      locale: 'en',
      timezone: 'Europe/Warsaw',
      currency: 'PLN',
      template: 'empty',
    });
    await api('POST', '/me/workspace', { workspaceId: created.workspace.id });
    const pipeline = await api<{ id: string; stages: { id: string }[] }>('POST', '/pipelines', {
      name: pipelineName,
      stages: [
        { name: 'Talks', probability: 20, rotDays: 30 },
        { name: 'Proposal', probability: 50 },
      ],
    });
    const [talks, proposal] = pipeline.stages.map((s) => s.id);
    const deal = async (title: string, stageId: string | undefined, value: number | null) =>
      (
        await api<{ id: string }>('POST', '/deals', {
          title,
          pipelineId: pipeline.id,
          stageId,
          value,
        })
      ).id;
    const late = await deal('Late call — Orzeł', talks, 1000);
    await deal('Unpriced — Kruk', talks, null);
    const onTrack = await deal('On track — Sokół', proposal, 2000);
    await deal('Free pilot — Wróbel', proposal, 0);
    const plan = (dealId: string, dueAt: number) =>
      api('POST', '/activities', {
        type: 'call',
        subject: 'Call back',
        dealId,
        dueAt: new Date(dueAt).toISOString(),
      });
    await plan(late, Date.now() - 2 * DAY);
    await plan(onTrack, Date.now() + 3 * DAY);
  });

  const talks = page.getByRole('region', { name: 'Talks', exact: true });
  const proposal = page.getByRole('region', { name: 'Proposal', exact: true });

  await test.step('column and pipeline totals, weighted by stage probability', async () => {
    await page.goto('/board');
    await expect(talks).toContainText('2 deals');
    await expect(talks).toContainText('PLN 1,000.00');
    await expect(talks).toContainText('Weighted · 20 %');
    await expect(talks).toContainText('PLN 200.00');
    await expect(proposal).toContainText('PLN 2,000.00');
    await expect(proposal).toContainText('PLN 1,000.00');
    const totals = page.getByRole('region', { name: 'Pipeline totals' });
    await expect(totals).toContainText('4 deals');
    await expect(totals).toContainText('Value: PLN 3,000.00');
    await expect(totals).toContainText('Weighted: PLN 1,200.00');
  });

  await test.step('values and markers on the cards', async () => {
    const late = talks.getByRole('button', { name: 'Deal Late call — Orzeł' });
    await expect(late).toContainText('PLN 1,000.00');
    await expect(late).toHaveAccessibleDescription(/Next step overdue: Call was due on/);
    await late.getByText('Overdue').hover();
    await expect(page.getByRole('tooltip')).toContainText('Next step overdue: Call was due on');

    const unpriced = talks.getByRole('button', { name: 'Deal Unpriced — Kruk' });
    await expect(unpriced).toContainText('No value');
    await expect(unpriced).toHaveAccessibleDescription(/No next step: nothing is planned/);

    // Zero is a value: it reads as money, not as "No value".
    const free = proposal.getByRole('button', { name: 'Deal Free pilot — Wróbel' });
    await expect(free).toContainText('PLN 0.00');
    await expect(free).not.toContainText('No value');
    const onTrack = proposal.getByRole('button', { name: 'Deal On track — Sokół' });
    await expect(onTrack).not.toContainText('Overdue');
    await expect(onTrack).not.toContainText('No next step');
    await page.mouse.move(0, 0);
    await snap('board-totals-en');
  });

  await test.step('shortcuts: ? lists them, N opens New deal, not while typing', async () => {
    await page.keyboard.press('?');
    await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expect(dialog).toContainText('New deal');
    await snap('board-shortcuts-en');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByPlaceholder('All owners').click();
    await page.keyboard.type('n');
    await expect(page.getByRole('dialog', { name: 'New deal' })).toBeHidden();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Board' }).click();

    await page.keyboard.press('n');
    await expect(page.getByRole('dialog', { name: 'New deal' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('on the deal card: L to the call note, P to plan, E to edit', async () => {
    await talks.getByRole('link', { name: 'Late call — Orzeł' }).click();
    await expect(page.getByRole('heading', { name: 'Late call — Orzeł' })).toBeVisible();
    await page.keyboard.press('l');
    const note = page.getByRole('textbox', { name: 'Call note' });
    await expect(note).toBeFocused();
    // Typed in the note, "e" is text, not the edit shortcut.
    await page.keyboard.type('Agreed a demo');
    await expect(note).toHaveValue('Agreed a demo');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Call logged')).toBeVisible();

    await page.getByRole('heading', { name: 'Late call — Orzeł' }).click();
    await page.keyboard.press('?');
    await expect(dialog).toContainText('Plan the next step');
    await snap('deal-shortcuts-en');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('p');
    await expect(page.getByRole('textbox', { name: 'Subject' })).toBeFocused();
    await page.getByRole('heading', { name: 'Late call — Orzeł' }).click();
    await page.keyboard.press('e');
    await expect(page.getByRole('dialog', { name: 'Edit deal' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('b');
    await expect(page).toHaveURL(/\/board$/);
  });

  await test.step('the totals and markers read in Polish and Russian', async () => {
    for (const [language, overdue, weighted] of [
      ['Polski', 'Zaległy', 'Ważona · 20 %'],
      ['Русский', 'Просрочен', 'Взвешенная · 20 %'],
    ] as const) {
      await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
      await page.getByRole('menuitem', { name: language }).click();
      await expect(talks).toContainText(weighted);
      await expect(talks).toContainText(overdue);
      await snap(`board-totals-${language === 'Polski' ? 'pl' : 'ru'}`);
    }
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  await test.step("back to the journeys' workspace", async () => {
    await api('POST', '/me/workspace', { workspaceId: home });
  });
});
