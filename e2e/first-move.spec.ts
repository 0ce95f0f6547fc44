import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// The newcomer's first move (issue 17): from the board of a workspace just set up, a first deal
// through its first gate into stage two in at most 10 UI steps, without leaving the board, in
// en, pl and ru. On a server of its own (nothing another spec does can change what it sees):
// set-up through the API, then one fresh b2b-classic workspace per language.
let server: ChildProcess | null = null;
let dataDir = '';
let base = '';
const USER = {
  name: 'Nina Start',
  email: 'nina@first-move.test',
  password: 'correct horse battery',
};

/** A port nobody listens on now (the shared server and first-run's take E2E_PORT and +1). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const port = await freePort();
  base = `http://localhost:${port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'conveyor-e2e-first-move-'));
  // playwright.config.ts has built the web app for the shared server already.
  server = spawn(
    process.execPath,
    ['bin/conveyor.js', 'serve', '--empty', '--port', String(port), '--data-dir', dataDir],
    { stdio: 'ignore' },
  );
  const started = Date.now();
  for (;;) {
    const answer = await fetch(`${base}/api/v1/setup`).catch(() => null);
    if (answer?.status === 200) break;
    if (Date.now() - started > 200_000) throw new Error('the first-move server did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const setup = await fetch(`${base}/api/v1/setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      workspaceName: 'First Move (en)',
      ...USER,
      locale: 'en',
      timezone: 'Europe/Warsaw',
      currency: 'GBP',
      template: 'b2b-classic',
    }),
  });
  expect(setup.status, await setup.text()).toBe(201);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

// The server's port is known only once beforeAll has run.
// eslint-disable-next-line no-empty-pattern
test.use({ baseURL: async ({}, use) => use(base) });

/** What the journey reads on the screen, in each language (the template's own stage names). */
const TEXT = {
  en: {
    currency: 'GBP',
    newDeal: 'New deal',
    title: 'Title',
    create: 'Create',
    card: 'Deal',
    stageOne: 'Identification',
    stageTwo: 'Qualification',
    gate: 'Before moving to Qualification',
    left: '3 criteria left to meet',
    contact: 'Contact',
    createContact: (name: string) => `Create contact “${name}”`,
    saved: 'Saved',
    note: 'What came of the call?',
    logCall: 'Log call',
    logged: 'Logged',
    subject: 'Subject',
    followUp: (title: string) => `Follow up: ${title}`,
    plan: 'Plan',
    planned: 'Planned',
    move: 'Move',
    allMet: 'All done',
    deal: 'Baltic Freight — pilot',
    person: 'Jonas Berg',
    callNote: 'Wants a pilot for two depots',
  },
  pl: {
    currency: 'PLN',
    newDeal: 'Nowa transakcja',
    title: 'Tytuł',
    create: 'Utwórz',
    card: 'Transakcja',
    stageOne: 'Identyfikacja',
    stageTwo: 'Kwalifikacja',
    gate: 'Przed przejściem do etapu Kwalifikacja',
    left: 'Zostały 3 kryteria do spełnienia',
    contact: 'Kontakt',
    createContact: (name: string) => `Utwórz kontakt „${name}”`,
    saved: 'Zapisano',
    note: 'Czego dotyczyła rozmowa?',
    logCall: 'Zapisz telefon',
    logged: 'Zapisano',
    subject: 'Temat',
    followUp: (title: string) => `Kontakt w sprawie: ${title}`,
    plan: 'Zaplanuj',
    planned: 'Zaplanowano',
    move: 'Przenieś',
    allMet: 'Gotowe',
    deal: 'Mazury Transport — pilotaż',
    person: 'Katarzyna Wiśniewska',
    callNote: 'Chce pilotażu w dwóch magazynach',
  },
  ru: {
    currency: 'RUB',
    newDeal: 'Новая сделка',
    title: 'Название',
    create: 'Создать',
    card: 'Сделка',
    stageOne: 'Установление контакта',
    stageTwo: 'Квалификация',
    gate: 'Перед переходом на этап Квалификация',
    left: 'Осталось 3 невыполненных критерия',
    contact: 'Контакт',
    createContact: (name: string) => `Создать контакт «${name}»`,
    saved: 'Сохранено',
    note: 'Чем закончился звонок?',
    logCall: 'Записать звонок',
    logged: 'Записано',
    subject: 'Тема',
    followUp: (title: string) => `Следующий контакт: ${title}`,
    plan: 'Запланировать',
    planned: 'Запланировано',
    move: 'Переместить',
    allMet: 'Готово',
    deal: 'Волга Логистик — пилот',
    person: 'Анна Смирнова',
    callNote: 'Хотят пилот на двух складах',
  },
} as const;

/** Drags a card with the mouse onto another column (one UI step: press, move, release). */
async function drag(
  page: Page,
  card: ReturnType<Page['getByRole']>,
  to: ReturnType<Page['getByRole']>,
) {
  const from = await card.boundingBox();
  const target = await to.boundingBox();
  if (!from || !target) throw new Error('no layout');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 100, { steps: 15 });
  await page.mouse.up();
}

for (const lang of ['en', 'pl', 'ru'] as const) {
  test(`the first move in ${lang}: a new deal into stage two through its gate in ≤ 10 steps`, async ({
    page,
    login,
    api,
    snap,
  }) => {
    test.setTimeout(180_000);
    const T = TEXT[lang];
    const dialog = page.getByRole('dialog');

    // Not UI steps: the workspace set up for this language, the newcomer signed in on its board.
    await login(USER.email, USER.password);
    if (lang !== 'en') {
      const created = await api<{ workspace: { id: string } }>('POST', '/workspaces', {
        name: `First Move (${lang})`,
        locale: lang,
        timezone: 'Europe/Warsaw',
        currency: T.currency,
        template: 'b2b-classic',
      });
      await api('POST', '/me/workspace', { workspaceId: created.workspace.id });
    }
    // The interface follows the workspace's language.
    await api('PATCH', '/me', { locale: null });
    await page.goto('/board');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const stageOne = page.getByRole('region', { name: T.stageOne });
    const stageTwo = page.getByRole('region', { name: T.stageTwo });
    await expect(stageTwo).toBeVisible();

    let steps = 0;
    const step = async (what: string, action: () => Promise<void>) => {
      steps += 1;
      await test.step(`step ${steps}: ${what}`, action);
    };
    const card = (region: typeof stageOne) =>
      region.getByRole('button', { name: `${T.card} ${T.deal}` });

    // Step 1: open "New deal".
    await step('New deal', () => page.getByRole('button', { name: T.newDeal }).first().click());
    // Step 2: type the deal's title.
    await step('title', () => dialog.getByRole('textbox', { name: T.title }).fill(T.deal));
    // Step 3: create it; its card appears in stage one.
    await step('create', async () => {
      await dialog.getByRole('button', { name: T.create, exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(card(stageOne)).toBeVisible();
    });
    // Step 4: drag the card onto stage two: the gate lists what is missing, Move waits, saying why.
    await step('drag to stage two', async () => {
      await drag(page, card(stageOne), stageTwo);
      await expect(dialog.getByRole('heading', { name: T.gate })).toBeVisible();
      await expect(dialog.getByRole('button', { name: T.move, exact: true })).toBeDisabled();
      await expect(dialog).toContainText(T.left);
    });
    await snap(`first-move-gate-${lang}`);
    // Step 5: type the decision maker's name: nobody has it yet, so creating is offered.
    await step('type the contact', async () => {
      await dialog.getByRole('combobox', { name: T.contact }).fill(T.person);
      await expect(page.getByRole('option', { name: T.createContact(T.person) })).toBeVisible();
    });
    await snap(`first-move-gate-create-contact-${lang}`);
    // Step 6: create the contact in place; it is saved on the deal at once.
    await step('create the contact', async () => {
      await page.getByRole('option', { name: T.createContact(T.person) }).click();
      await expect(dialog.getByText(T.saved, { exact: true }).first()).toBeVisible();
    });
    // Step 7: the call is logged with its note.
    await step('note of the call', () =>
      dialog.getByRole('textbox', { name: T.note }).fill(T.callNote),
    );
    // Step 8: log the call.
    await step('log the call', async () => {
      await dialog.getByRole('button', { name: T.logCall }).click();
      await expect(dialog.getByText(T.logged, { exact: true }).first()).toBeVisible();
    });
    // Step 9: plan the next contact: its subject and time are proposed.
    await step('plan the next contact', async () => {
      await expect(dialog.getByRole('textbox', { name: T.subject })).toHaveValue(
        T.followUp(T.deal),
      );
      await dialog.getByRole('button', { name: T.plan, exact: true }).click();
      await expect(dialog.getByText(T.planned, { exact: true })).toBeVisible();
      await expect(dialog.getByRole('alert').filter({ hasText: T.allMet })).toBeVisible();
      await expect(dialog.getByRole('button', { name: T.move, exact: true })).toBeEnabled();
    });
    await snap(`first-move-gate-met-${lang}`);
    // Step 10: move.
    await step('move', () => dialog.getByRole('button', { name: T.move, exact: true }).click());

    // The end: the deal stands in stage two on the board, which was never left.
    await expect(dialog).toBeHidden();
    await expect(card(stageTwo)).toBeVisible();
    await expect(card(stageOne)).toHaveCount(0);
    await expect(page).toHaveURL(/\/board$/);
    expect(steps).toBeLessThanOrEqual(10);
    await snap(`first-move-done-${lang}`);
  });
}

test('a company typed and not picked is created with the deal; a duplicate contact is offered', async ({
  page,
  login,
  api,
  snap,
}) => {
  test.setTimeout(180_000);
  const dialog = page.getByRole('dialog');
  await login(USER.email, USER.password);
  const me = await api<{ workspaces: { id: string; name: string }[] }>('GET', '/me');
  const en = me.workspaces.find((w) => w.name === 'First Move (en)');
  if (en) await api('POST', '/me/workspace', { workspaceId: en.id });
  await api('PATCH', '/me', { locale: 'en' });
  await api('POST', '/contacts', { name: 'Ewa Lis', email: 'ewa@lis-logistics.test' });
  await page.goto('/board');
  const title = 'Lis Logistics — trial';

  await test.step('the company typed is kept and created with the deal', async () => {
    await page.getByRole('button', { name: 'New deal' }).first().click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    const company = dialog.getByRole('combobox', { name: 'Company' });
    await company.fill('Lis Logistics');
    await expect(
      page.getByRole('option', { name: 'Create company “Lis Logistics”' }),
    ).toBeVisible();
    // The open list leaves the dialog's Create button free to press.
    await dialog.getByRole('button', { name: 'Create', exact: true }).click({ trial: true });
    await snap('first-move-new-deal-company-list');
    await dialog.getByRole('textbox', { name: 'Title' }).click();
    await expect(company).toHaveValue('Lis Logistics');
    await expect(dialog).toContainText(
      'A new company “Lis Logistics” will be created when you save.',
    );
    await snap('first-move-new-deal-company-kept');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    const card = page
      .getByRole('region', { name: 'Identification' })
      .getByRole('button', { name: `Deal ${title}` });
    await expect(card).toContainText('Lis Logistics');
  });

  await test.step('a contact whose e-mail exists: the existing one is offered and used', async () => {
    const card = page
      .getByRole('region', { name: 'Identification' })
      .getByRole('button', { name: `Deal ${title}` });
    await drag(page, card, page.getByRole('region', { name: 'Qualification' }));
    await expect(
      dialog.getByRole('heading', { name: 'Before moving to Qualification' }),
    ).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Contact' }).fill('Ewa Lisowa');
    await page.getByRole('option', { name: '“Ewa Lisowa” with e-mail or phone…' }).click();
    const form = dialog.getByRole('group', { name: 'New contact' });
    await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Ewa Lisowa');
    await form.getByRole('textbox', { name: 'E-mail' }).fill('EWA@lis-logistics.test');
    await form.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(form).toContainText(
      'A contact with this e-mail or phone already exists: Ewa Lis.',
    );
    await snap('first-move-gate-duplicate');
    await form.getByRole('button', { name: 'Use “Ewa Lis”' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Contact' })).toHaveValue('Ewa Lis');
    await expect(dialog.getByText('Saved', { exact: true })).toBeVisible();
    await expect(dialog).toContainText('2 criteria left to meet');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('on the deal card, a company is created from the edit dialog', async () => {
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Edit' }).click();
    await dialog.getByRole('combobox', { name: 'Company' }).fill('Nordic Oil');
    await page.getByRole('option', { name: 'Create company “Nordic Oil”' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Company' })).toHaveValue('Nordic Oil');
    await snap('first-move-deal-card-company');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name: 'Nordic Oil' })).toBeVisible();
  });
});
