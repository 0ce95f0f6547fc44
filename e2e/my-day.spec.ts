import { ADMIN, expect, test } from './fixtures.ts';

// My day and the board's card menu. Runs after foundation.spec.ts (the administrator exists);
// it makes its own pipelines and deals so other journeys' boards stay as they expect them.
const HOUR = 3_600_000;

/** A due time later today in the browser's time zone (playwright.config.ts: Europe/Warsaw). */
function laterToday(): string {
  const now = new Date();
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Warsaw',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(now);
  const [h, m, s] = clock.split(':').map(Number);
  const untilMidnight = 24 * HOUR - ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 1000;
  return new Date(now.getTime() + Math.min(HOUR, untilMidnight / 2)).toISOString();
}

test('my day journey', async ({ page, login, snap, api }) => {
  test.setTimeout(240_000);
  const dialog = page.getByRole('dialog');
  const overdue = page.getByRole('region', { name: 'Overdue' });
  const today = page.getByRole('region', { name: 'Today' });
  const noNext = page.getByRole('region', { name: 'Deals without a next step' });

  let pipelineId = '';
  await test.step('a deal with an overdue call, one with a meeting today, one without a step', async () => {
    await login(ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/my-day$/);
    // The foundation journey left Russian as the user's language: back to English.
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    const pipeline = await api<{ id: string; stages: { id: string }[] }>('POST', '/pipelines', {
      name: 'Key accounts',
      stages: [
        { name: 'Talks', exitCriteria: [{ kind: 'check', label: 'Budget confirmed' }] },
        { name: 'Closing' },
      ],
    });
    pipelineId = pipeline.id;
    const deal = async (title: string, stageId?: string) =>
      (await api<{ id: string }>('POST', '/deals', { title, pipelineId, stageId })).id;
    const orkan = await deal('Orkan Energy — audit');
    const wisla = await deal('Wisła Foods — pilot');
    await deal('Kaszuby Print — catalogue', pipeline.stages[1]!.id);
    await api('POST', '/activities', {
      type: 'call',
      subject: 'Call Orkan about the audit',
      dealId: orkan,
      dueAt: new Date(Date.now() - 26 * HOUR).toISOString(),
    });
    await api('POST', '/activities', {
      type: 'meeting',
      subject: 'Meet Wisła Foods',
      dealId: wisla,
      dueAt: laterToday(),
    });
  });

  await test.step('My day lists them, with counts', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/my-day$/);
    await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
    // A manager's day opens on the team (everyone, for an admin in no team): pick one's own.
    await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('Everyone');
    await page.getByRole('combobox', { name: 'Show' }).click();
    await page.getByRole('option', { name: 'Me' }).click();
    await expect(overdue).toContainText('Call Orkan about the audit');
    await expect(overdue).toContainText('1 activity');
    await expect(today).toContainText('Meet Wisła Foods');
    await expect(today).toContainText('Wisła Foods — pilot');
    await expect(noNext).toContainText('Kaszuby Print — catalogue');
    await expect(noNext).not.toContainText('Orkan Energy');
    await snap('my-day-en');
  });

  await test.step('Done moves the overdue call out; its deal now lacks a next step', async () => {
    await overdue.getByRole('button', { name: 'Done: Call Orkan about the audit' }).click();
    await expect(overdue).not.toContainText('Call Orkan about the audit');
    await expect(overdue).toContainText('Nothing overdue');
    await expect(noNext).toContainText('Orkan Energy — audit');
  });

  await test.step('Done & plan next asks for the next step of the same deal', async () => {
    await today.getByRole('button', { name: 'Done & plan next: Meet Wisła Foods' }).click();
    await expect(dialog.getByRole('heading', { name: /Wisła Foods — pilot/ })).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('Send the pilot offer');
    await dialog.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(today).not.toContainText('Meet Wisła Foods');
    await expect(noNext).not.toContainText('Wisła Foods');
  });

  await test.step('planning a step takes a deal off the no-next-step list', async () => {
    await noNext
      .getByRole('button', { name: 'Plan next step for Kaszuby Print — catalogue' })
      .click();
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Meeting' }).click();
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('Catalogue proofs');
    await snap('my-day-plan-next');
    await dialog.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(noNext).not.toContainText('Kaszuby Print');
    // Other journeys may leave the admin's deals here too, so only ours are asserted.
    await expect(noNext).toContainText('Orkan Energy — audit');
  });

  await test.step('My day in Polish and Russian', async () => {
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await expect(page.getByRole('heading', { name: 'Mój dzień' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Transakcje bez następnego kroku' }),
    ).toContainText('Orkan Energy — audit');
    await snap('my-day-pl');
    await page.getByRole('button', { name: 'Język: Polski' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { name: 'Мой день' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Просрочено' })).toContainText('0 активностей');
    await snap('my-day-ru');
    await page.getByRole('button', { name: 'Язык: Русский' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'My day' })).toBeVisible();
  });

  await test.step('a manager looks at a person and at a team', async () => {
    const team = await api<{ id: string }>('POST', '/teams', { name: 'Field sales' });
    const ewa = await api<{ id: string }>('POST', '/users', {
      email: 'ewa.myday@acme.test',
      name: 'Ewa Kowalczyk',
      role: 'member',
      salesRoles: [],
      teamId: team.id,
    });
    await api('POST', '/deals', { title: 'Tatra Tools — renewal', pipelineId, ownerId: ewa.id });
    await page.reload();
    const show = page.getByRole('combobox', { name: 'Show' });
    // The admin's day opens on everyone's; their own has no Tatra Tools.
    await expect(noNext).toContainText('Tatra Tools — renewal');
    await show.click();
    await page.getByRole('option', { name: 'Me' }).click();
    await expect(noNext).not.toContainText('Tatra Tools');
    await show.click();
    await page.getByRole('option', { name: 'Ewa Kowalczyk' }).click();
    await expect(noNext).toContainText('Tatra Tools — renewal');
    await expect(noNext).toContainText('1 deal');
    await show.click();
    await page.getByRole('option', { name: 'Field sales' }).click();
    await expect(noNext).toContainText('Tatra Tools — renewal');
    await expect(noNext).toContainText('Ewa Kowalczyk');
    await snap('my-day-team');
    await show.click();
    await page.getByRole('option', { name: 'Me' }).click();
    await expect(noNext).not.toContainText('Tatra Tools');
  });

  const pickPipeline = async (name: string) => {
    await page.getByRole('combobox', { name: 'Pipeline' }).click();
    await page.getByRole('option', { name }).click();
  };

  await test.step('win from the card menu: through the gate, and straight away', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Board' }).click();
    await pickPipeline('Key accounts');
    const talks = page.getByRole('region', { name: 'Talks' });
    await expect(talks.getByRole('button', { name: 'Deal Orkan Energy — audit' })).toBeVisible();
    await page.getByRole('button', { name: 'Actions for Orkan Energy — audit' }).click();
    await expect(page.getByRole('menuitem', { name: 'Open' })).toBeVisible();
    await page.getByRole('menuitem', { name: 'Win' }).click();
    await expect(dialog.getByRole('heading', { name: 'Before winning' })).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Budget confirmed' }).click();
    await expect(dialog.getByRole('checkbox', { name: 'Budget confirmed' })).toBeChecked();
    await snap('board-win-gate');
    await dialog.getByRole('button', { name: 'Win', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Deal Orkan Energy — audit' })).toHaveCount(0);

    const closing = page.getByRole('region', { name: 'Closing' });
    await page.getByRole('button', { name: 'Actions for Kaszuby Print — catalogue' }).click();
    await page.getByRole('menuitem', { name: 'Win' }).click();
    await expect(closing.getByRole('button', { name: /Kaszuby Print/ })).toHaveCount(0);
    await expect(closing).toContainText('No deals');
  });

  await test.step('300 deals: the board draws the first 50, the rest on demand', async () => {
    const volume = await api<{ id: string }>('POST', '/pipelines', {
      name: 'Volume',
      stages: [{ name: 'Inbox' }, { name: 'Later' }],
    });
    // Ownerless, so they stay out of everyone's My day.
    const deal = (title: string) =>
      api('POST', '/deals', { title, pipelineId: volume.id, ownerId: null, value: 10 });
    await deal('Volume — the first one');
    const titles = Array.from({ length: 298 }, (_, i) => `Volume deal ${i + 2}`);
    for (let i = 0; i < titles.length; i += 25) {
      await Promise.all(titles.slice(i, i + 25).map(deal));
    }
    await deal('Volume — the last one');

    await page.reload();
    await pickPipeline('Volume');
    const inbox = page.getByRole('region', { name: 'Inbox' });
    // The header counts every deal of the stage, not only the cards drawn.
    await expect(inbox).toContainText('300 deals');
    await expect(inbox).toContainText('PLN 3,000.00');
    await expect(inbox.getByRole('button', { name: 'Deal Volume — the first one' })).toBeVisible();
    const drawn = await inbox.getByRole('listitem').count();
    expect(drawn).toBeLessThan(40);
    await expect(inbox.getByRole('button', { name: 'Deal Volume — the last one' })).toHaveCount(0);
    await snap('board-300-deals');
    await inbox.getByRole('button', { name: 'Show more (250 deals left)' }).click();
    await expect(inbox.getByRole('button', { name: 'Show more (200 deals left)' })).toBeVisible();
    // Scrolling to the end of the column fetches the next page, as a long list would.
    const list = inbox.getByRole('list', { name: 'Deals in Inbox' });
    await expect(async () => {
      await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(inbox.getByRole('button', { name: 'Deal Volume — the last one' })).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 30_000 });
    await expect(inbox.getByRole('button', { name: /^Show more/ })).toHaveCount(0);
    await expect(inbox.getByRole('button', { name: 'Deal Volume — the first one' })).toHaveCount(0);
    await expect(inbox).toContainText('300 deals');
  });
});
