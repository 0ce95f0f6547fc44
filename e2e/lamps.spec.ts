import { join } from 'node:path';
import { ADMIN, expect, SCREENSHOTS, test } from './fixtures.ts';

// The weekly lamp review. Runs after foundation.spec.ts (the b2b-classic workspace and its
// process map) as its administrator. Its deals are a colleague's, in a pipeline of its own,
// so other journeys' boards and My day lists stay as they expect them.
interface Lamp {
  id: string;
  name: string;
  metric: Record<string, unknown>;
  thresholds: { direction: string; green: number; amber: number };
}
interface Readings {
  weeks: string[];
  readings: { lampId: string; week: string; value: number | null; status: string }[];
}

test('lamp dashboard journey', async ({ page, login, snap, api }) => {
  test.setTimeout(180_000);
  const drawer = page.getByRole('dialog');
  const stale = ['Amber Forge — audit', 'Birch Mills — pilot', 'Cedar Labs — 5 seats'];
  let noNext: Lamp | undefined;
  let won: Lamp | undefined;
  let overdue: Lamp | undefined;
  let firDealId = '';
  let firstDealId = '';
  // The drawer is fixed to the viewport: a full-page picture would cut it off half way down.
  const snapView = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  };

  await test.step('a colleague leaves deals without a next step and wins others', async () => {
    await login(ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Find the lamps by what they count, not by their names.
    const map = await api<{ groups: { kind: string; lamps: Lamp[] }[] }>('GET', '/process-map');
    const lamps = map.groups.flatMap((g) => g.lamps);
    noNext = lamps.find((l) => l.metric.state === 'deals_without_next_activity');
    won = lamps.find(
      (l) => (l.metric.count as { event?: string; where?: unknown })?.event === 'deal.won',
    );
    overdue = lamps.find((l) => l.metric.state === 'overdue_activities');
    expect(overdue).toBeDefined();
    expect(noNext?.thresholds.direction).toBe('lower_is_better');
    expect(won?.thresholds.direction).toBe('higher_is_better');

    const piotr = await api<{ id: string }>('POST', '/users', {
      email: 'piotr.lamps@acme.test',
      name: 'Piotr Zieliński',
      role: 'member',
      salesRoles: [],
    });
    const pipeline = await api<{ id: string }>('POST', '/pipelines', {
      name: 'Lamp review',
      stages: [{ name: 'Talks' }, { name: 'Closing' }],
    });
    const deal = async (title: string) =>
      (
        await api<{ id: string }>('POST', '/deals', {
          title,
          pipelineId: pipeline.id,
          ownerId: piotr.id,
          value: 4000,
        })
      ).id;
    // More than the amber threshold of deals without a next step turns that lamp red…
    const extra = Math.max(noNext!.thresholds.amber + 1 - stale.length, 0);
    const titles = [...stale, ...Array.from({ length: extra }, (_, i) => `Dune Works — lot ${i}`)];
    for (const title of titles) {
      const id = await deal(title);
      firstDealId ||= id;
    }
    // An overdue call lists under the overdue activities lamp and leads to its deal.
    firDealId = await deal('Fir Studio — renewal');
    await api('POST', '/activities', {
      type: 'call',
      subject: 'Call Fir Studio back',
      dealId: firDealId,
      ownerId: piotr.id,
      dueAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    });
    // …and as many won deals this week as its green threshold turns "won" green.
    for (let i = 1; i <= won!.thresholds.green; i++) {
      const id = await deal(`Elm Trading — order ${i}`);
      await api('POST', `/deals/${id}/win`, { override: { reason: 'Signed on paper' } });
    }
    const status = async (lampId: string) => {
      const answer = await api<Readings>('GET', '/lamps/readings');
      const week = answer.weeks.at(-1);
      return answer.readings.find((r) => r.lampId === lampId && r.week === week)?.status;
    };
    await expect.poll(() => status(noNext!.id)).toBe('red');
    await expect.poll(() => status(won!.id)).toBe('green');
  });

  await test.step('the dashboard shows the lamps in their colours', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Lamps' }).click();
    await expect(page).toHaveURL(/\/lamps$/);
    await expect(page.getByRole('heading', { name: 'Lamps' })).toBeVisible();
    // The review opens on the last closed week; this journey's work is in the week in progress.
    const picker = page.getByRole('group', { name: 'Week' });
    await expect(picker.getByRole('button', { name: 'Last closed week' })).toBeDisabled();
    await picker.getByRole('button', { name: 'Next week' }).click();
    await expect(picker).toContainText('in progress');
    await expect(page.getByRole('img', { name: `${noNext!.name}: Red` })).toBeVisible();
    await expect(page.getByRole('img', { name: `${won!.name}: Green` })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Lamps by colour in this week' })).toContainText(
      /[1-9]\d* red lamps?/,
    );
    await expect(page.getByRole('rowheader', { name: /Sales/ })).toBeVisible();
    await snap('lamps-en');
  });

  await test.step('only red and amber hides the green lamps', async () => {
    await page.getByRole('switch', { name: 'Only red and amber' }).click();
    await expect(page.getByRole('img', { name: `${won!.name}: Green` })).toBeHidden();
    await expect(page.getByRole('img', { name: `${noNext!.name}: Red` })).toBeVisible();
    await page.getByRole('switch', { name: 'Only red and amber' }).click();
    await expect(page.getByRole('img', { name: `${won!.name}: Green` })).toBeVisible();
  });

  await test.step('one click on the red light opens the deals behind it', async () => {
    await page.getByRole('img', { name: `${noNext!.name}: Red` }).click();
    await expect(drawer.getByRole('heading', { name: noNext!.name })).toBeVisible();
    await expect(drawer).toContainText(
      `Green at ≤ ${noNext!.thresholds.green}, amber at ≤ ${noNext!.thresholds.amber}, red above.`,
    );
    await expect(
      drawer.getByRole('img', { name: `${noNext!.name}: the last 13 weeks` }),
    ).toBeVisible();
    const deals = drawer.getByRole('region', { name: /^\d+ deals$/ });
    for (const title of stale) await expect(deals.getByRole('link', { name: title })).toBeVisible();
    await expect(deals).toContainText('Piotr Zieliński');
    await snapView('lamps-drilldown-en');
    await deals.getByRole('link', { name: stale[0] }).click();
    await expect(page).toHaveURL(new RegExp(`/deals/${firstDealId}$`));
    await expect(page.getByRole('heading', { name: stale[0] })).toBeVisible();
    // Back returns to the open drawer: the lamp is in the address.
    await page.goBack();
    await expect(drawer.getByRole('heading', { name: noNext!.name })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  await test.step('the won lamp lists the deals won this week', async () => {
    await page.getByRole('button', { name: won!.name, exact: true }).click();
    const deals = drawer.getByRole('region', { name: /^\d+ deals$/ });
    await expect(deals.getByRole('link', { name: 'Elm Trading — order 1' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  await test.step('an overdue activity leads to its deal', async () => {
    await page.getByRole('button', { name: overdue!.name, exact: true }).click();
    const activities = drawer.getByRole('region', { name: /^\d+ activit(y|ies)$/ });
    await activities.getByRole('link', { name: 'Call Fir Studio back' }).click();
    await expect(page).toHaveURL(new RegExp(`/deals/${firDealId}$`));
    await expect(page.getByRole('heading', { name: 'Fir Studio — renewal' })).toBeVisible();
    await page.goBack();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  await test.step('the week picker steps back to the last closed week and on to this one', async () => {
    const picker = page.getByRole('group', { name: 'Week' });
    const thisWeek = (await picker.locator('p').first().textContent()) ?? '';
    await picker.getByRole('button', { name: 'Previous week' }).click();
    // The last closed week is where the review opens: it needs no week in the address.
    await expect(page).not.toHaveURL(/week=/);
    await expect(picker).not.toContainText(thisWeek);
    await expect(picker).not.toContainText('in progress');
    await expect(picker.getByRole('button', { name: 'Last closed week' })).toBeDisabled();
    // A state lamp lists what it counts now: a past week has no list.
    await page.getByRole('button', { name: noNext!.name, exact: true }).click();
    await expect(drawer).toContainText('the list exists for the current week only');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await picker.getByRole('button', { name: 'Next week' }).click();
    await expect(page).toHaveURL(/week=\d{4}-W\d{2}/);
    await expect(picker).toContainText(thisWeek);
    await expect(picker.getByRole('button', { name: 'Next week' })).toBeDisabled();
  });

  await test.step('the dashboard and the drilldown in Polish and Russian', async () => {
    for (const [from, to, title, red] of [
      ['Language: English', 'Polski', 'Lampki kontrolne', 'Czerwona'],
      ['Język: Polski', 'Русский', 'Контрольные лампы', 'Красная'],
    ] as const) {
      await page.getByRole('button', { name: from }).click();
      await page.getByRole('menuitem', { name: to }).click();
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      const light = page.getByRole('img', { name: new RegExp(`: ${red}$`) }).first();
      await expect(light).toBeVisible();
      await snap(`lamps-${to === 'Polski' ? 'pl' : 'ru'}`);
      await light.click();
      await expect(drawer).toBeVisible();
      await expect(drawer.getByRole('img', { name: /13/ })).toBeVisible();
      await snapView(`lamps-drilldown-${to === 'Polski' ? 'pl' : 'ru'}`);
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
    }
    await page.getByRole('button', { name: 'Язык: Русский' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Lamps' })).toBeVisible();
  });
});
