import { ADMIN, expect, test } from './fixtures.ts';

// The board journey. Runs after foundation.spec.ts (files run in name order on one worker):
// it signs in as the administrator that spec created in the b2b-classic workspace.
function pickedUpOrOver(title: string, stage: string): RegExp {
  const t = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`Picked up ${t}\\.|${t} is over ${stage}`);
}

// The column header's plural forms, per CLDR category, as the translations spell them.
const DEAL_WORDS: Record<'en' | 'pl' | 'ru', Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: 'deal', other: 'deals' },
  pl: { one: 'transakcja', few: 'transakcje', many: 'transakcji', other: 'transakcji' },
  ru: { one: 'сделка', few: 'сделки', many: 'сделок', other: 'сделки' },
};

test('board journey', async ({ page, login, snap, api }) => {
  const nav = page.getByRole('navigation');
  const dialog = page.getByRole('dialog');
  const title = 'Baltic Amber — 12 licences';

  await test.step('the board shows the pipeline stages', async () => {
    await login(ADMIN.email, ADMIN.password);
    // The foundation journey left Russian as the user's language: back to English.
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await nav.getByRole('link', { name: 'Board' }).click();
    await expect(page).toHaveURL(/\/board$/);
    await expect(page.getByRole('heading', { name: 'Board' })).toBeVisible();
    for (const stage of ['Identification', 'Qualification', 'Offer', 'Negotiation']) {
      await expect(page.getByRole('region', { name: stage })).toBeVisible();
    }
  });

  const identification = page.getByRole('region', { name: 'Identification' });
  const qualification = page.getByRole('region', { name: 'Qualification' });
  // Earlier journeys (leads.spec.ts converts a lead) may have left deals in Identification:
  // counts are asserted relative to what the column held when this journey began.
  const dealCount = (n: number, lang: keyof typeof DEAL_WORDS = 'en') =>
    `${n} ${DEAL_WORDS[lang][new Intl.PluralRules(lang).select(n)] ?? DEAL_WORDS[lang].other}`;
  await expect(identification).toContainText(/\d+ deals?/);
  const heading = await identification.textContent();
  const before = Number(/(\d+) deals?/.exec(heading ?? '')?.[1] ?? 0);

  await test.step('create a deal on the board', async () => {
    await page.getByRole('button', { name: 'New deal' }).first().click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog.getByRole('textbox', { name: 'Value' }).fill('12500');
    await dialog.getByRole('combobox', { name: 'Company' }).fill('Baltic');
    await page.getByRole('option', { name: 'Baltic Amber' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    const card = identification.getByRole('button', { name: `Deal ${title}` });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Baltic Amber');
    await expect(card).toContainText('No next step');
    await expect(card).toContainText('0 days in stage');
    await expect(identification).toContainText(dealCount(before + 1));
  });

  await test.step('moving it by keyboard to the next stage lists the unmet criteria', async () => {
    const card = identification.getByRole('button', { name: `Deal ${title}` });
    await card.focus();
    await page.keyboard.press('Space');
    // The live region says "Picked up …" and then "… is over Identification"; either shows the drag began.
    await expect(
      page.getByRole('status').filter({ hasText: pickedUpOrOver(title, 'Identification') }),
    ).toBeAttached();
    await page.keyboard.press('ArrowRight');
    await expect(
      page.getByRole('status').filter({ hasText: `${title} is over Qualification` }),
    ).toBeAttached();
    await page.keyboard.press('Space');
    await expect(
      dialog.getByRole('heading', { name: 'Before moving to Qualification' }),
    ).toBeVisible();
    const unmet = dialog.getByRole('list', { name: 'Unmet criteria' });
    await expect(unmet).toContainText('Decision maker recorded');
    await expect(unmet).toContainText('First call held');
    await expect(unmet).toContainText('Next contact date in the calendar');
    await snap('board-gate-dialog');
  });

  await test.step('satisfying them in the dialog lets the deal move', async () => {
    // "Move" waits, saying why, until every criterion is met here.
    const move = dialog.getByRole('button', { name: 'Move', exact: true });
    await expect(move).toBeDisabled();
    await expect(dialog).toContainText('3 criteria left to meet');
    // A contact picked is saved at once.
    await dialog.getByRole('combobox', { name: 'Contact' }).fill('Jan');
    await page.getByRole('option', { name: 'Jan Kowalski' }).click();
    await expect(dialog.getByText('Saved')).toBeVisible();
    // Logging the call asks for its note first.
    await expect(dialog.getByRole('button', { name: 'Log call' })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'What came of the call?' }).fill('Intro call');
    await dialog.getByRole('button', { name: 'Log call' }).click();
    await expect(dialog.getByText('Logged')).toBeVisible();
    // The next step's fields are open with a subject proposed; it is changed here.
    await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue(
      `Follow up: ${title}`,
    );
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('Demo call');
    await dialog.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect(dialog.getByText('Planned').first()).toBeVisible();
    await expect(dialog).not.toContainText('cannot move yet');
    await expect(move).toBeEnabled();
    await snap('board-gate-satisfied');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(dialog).toBeHidden();
    const card = qualification.getByRole('button', { name: `Deal ${title}` });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Call');
    await expect(identification.getByRole('button', { name: `Deal ${title}` })).toHaveCount(0);
  });

  await test.step('checks are ticked in the dialog', async () => {
    const card = qualification.getByRole('button', { name: `Deal ${title}` });
    await card.focus();
    await page.keyboard.press('Space');
    // The live region says "Picked up …" and then "… is over Qualification"; either shows the drag began.
    await expect(
      page.getByRole('status').filter({ hasText: pickedUpOrOver(title, 'Qualification') }),
    ).toBeAttached();
    await page.keyboard.press('ArrowRight');
    const overOffer = page.getByRole('status').filter({ hasText: `${title} is over Offer` });
    // Under load the keyboard sensor may take the first arrow before it has measured the
    // columns (it then stays over Qualification); one more arrow reaches Offer.
    await expect(overOffer)
      .toBeAttached({ timeout: 4000 })
      .catch(async () => {
        await page.keyboard.press('ArrowRight');
        await expect(overOffer).toBeAttached();
      });
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('heading', { name: 'Before moving to Offer' })).toBeVisible();
    const unmet = dialog.getByRole('list', { name: 'Unmet criteria' });
    // The value and the planned call are already there: only the three checks are missing.
    await expect(unmet.getByRole('listitem')).toHaveCount(3);
    for (const check of [
      'Needs and pains identified',
      'Budget known',
      'Offer contents agreed with the customer',
    ]) {
      await dialog.getByRole('checkbox', { name: check }).click();
      await expect(dialog.getByRole('checkbox', { name: check })).toBeChecked();
      await expect(dialog.getByRole('checkbox', { name: check })).toBeDisabled();
    }
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('region', { name: 'Offer' }).getByRole('button', { name: `Deal ${title}` }),
    ).toBeVisible();
  });

  await test.step('a mouse drag without the criteria met opens the dialog too', async () => {
    const pipelines = await api<{ items: { id: string }[] }>('GET', '/pipelines');
    const pipelineId = pipelines.items[0]?.id ?? '';
    await api('POST', '/deals', { title: 'Mazury Travel — fleet', pipelineId, value: 4800 });
    await api('POST', '/deals', { title: 'Nowak Budownictwo — pilot', pipelineId });
    await page.reload();
    const card = identification.getByRole('button', { name: 'Deal Mazury Travel — fleet' });
    await expect(card).toBeVisible();
    // Earlier journeys leave deals in this column: the card may sit below the fold, where a
    // mouse press lands on nothing and the drag selects text instead.
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const to = await page.getByRole('region', { name: 'Offer' }).boundingBox();
    if (!from || !to) throw new Error('no layout');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + 100, { steps: 15 });
    await page.mouse.up();
    await expect(dialog.getByRole('heading', { name: 'Before moving to Offer' })).toBeVisible();
    // Skipping Qualification: its criteria are listed as well.
    await expect(dialog).toContainText('Budget known');
    await expect(dialog.getByRole('textbox', { name: 'Reason for the override' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      identification.getByRole('button', { name: 'Deal Mazury Travel — fleet' }),
    ).toBeVisible();
    await expect(identification).toContainText(dealCount(before + 2));
    await snap('board-en');
  });

  await test.step('lose a deal choosing a reason', async () => {
    await page.getByRole('button', { name: 'Actions for Nowak Budownictwo — pilot' }).click();
    await page.getByRole('menuitem', { name: 'Lose' }).click();
    await expect(
      dialog.getByRole('heading', { name: /Lose “Nowak Budownictwo — pilot”/ }),
    ).toBeVisible();
    const reasons = dialog.getByRole('radio');
    await expect(reasons.first()).toBeVisible();
    expect(await reasons.count()).toBeGreaterThan(1);
    await snap('board-lose');
    await reasons.first().check();
    await dialog.getByRole('button', { name: 'Mark as lost' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Deal Nowak Budownictwo — pilot' })).toHaveCount(
      0,
    );
    await expect(identification).toContainText(dealCount(before + 1));
  });

  await test.step('filters: no next step only', async () => {
    await expect(identification).toContainText('PLN 4,800.00');
    await page.getByRole('checkbox', { name: 'No next step only' }).check();
    await expect(page.getByRole('button', { name: `Deal ${title}` })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Deal Mazury Travel — fleet' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'No next step only' }).uncheck();
    await expect(page.getByRole('button', { name: `Deal ${title}` })).toBeVisible();
    await expect(page.getByText('marked as lost')).toBeHidden();
  });

  let dealUrl = '';
  await test.step('the deal card: path, goal, checklist, a tick and a logged call', async () => {
    const offer = page.getByRole('region', { name: 'Offer' });
    await offer.getByRole('link', { name: title }).click();
    await expect(page).toHaveURL(/\/deals\/[0-9a-f-]+$/);
    dealUrl = page.url();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const path = page.getByRole('navigation', { name: 'Stage path' });
    await expect(path.getByRole('button', { name: 'Offer — current stage' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    await expect(path.getByRole('button', { name: 'Identification — done' })).toBeVisible();
    await expect(path.getByRole('button', { name: 'Negotiation — ahead' })).toBeEnabled();
    await expect(path).toContainText('Won / Lost');
    await expect(
      page.getByText('A professional offer in the customer’s hands on the agreed date'),
    ).toBeVisible();
    // Guidance markdown: its bullet list is a list, not raw "- " text.
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Send it on the date agreed' }),
    ).toBeVisible();
    const checklist = page.getByRole('list', { name: 'Exit criteria' });
    await expect(checklist).toContainText('Offer sent');
    await expect(checklist).toContainText('Expected decision date set');
    // The planned demo call already meets the implicit next-activity criterion.
    await expect(page.getByText('1 of 4 criteria met')).toBeVisible();
    const check = checklist.getByRole('checkbox', { name: 'Offer prepared from the template' });
    await expect(check).not.toBeChecked();
    await check.click();
    await expect(check).toBeChecked();
    await expect(page.getByText('2 of 4 criteria met')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Planned' })).toContainText('Demo call');
    await page.getByRole('textbox', { name: 'Call note' }).fill('Went through the offer');
    await page.getByRole('button', { name: 'Log call' }).click();
    await expect(page.getByRole('region', { name: 'Done' })).toContainText(
      'Call · Went through the offer',
    );
    await expect(page.getByRole('textbox', { name: 'Call note' })).toHaveValue('');
    await snap('deal-card-en');
    await page.getByRole('link', { name: 'Board' }).first().click();
    await expect(page.getByRole('heading', { name: 'Board' })).toBeVisible();
  });

  await test.step('the board in Polish and Russian', async () => {
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await expect(page.getByRole('heading', { name: 'Tablica' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nowa transakcja' })).toBeVisible();
    await expect(identification).toContainText(dealCount(before + 1, 'pl'));
    await snap('board-pl');
    await page.getByRole('button', { name: 'Język: Polski' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { name: 'Доска' })).toBeVisible();
    await expect(identification).toContainText(dealCount(before + 1, 'ru'));
    await snap('board-ru');
  });

  await test.step('the deal card in Russian and Polish', async () => {
    await page.goto(dealUrl);
    await expect(page.getByText('Цель этапа')).toBeVisible();
    await expect(page.getByText('Выполнено 2 из 4 критериев')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Выполнено' })).toContainText('Звонок');
    await snap('deal-card-ru');
    await page.getByRole('button', { name: 'Язык: Русский' }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await expect(page.getByText('Cel etapu')).toBeVisible();
    await expect(page.getByText('2 z 4 kryteriów spełnione')).toBeVisible();
    await snap('deal-card-pl');
  });
});
