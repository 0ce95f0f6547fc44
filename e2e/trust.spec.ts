import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ADMIN, expect, loginThroughForm, SCREENSHOTS, test } from './fixtures.ts';

// The trust journey (issue 16, items 1 and 3; after foundation.spec.ts, as its administrator):
// typing the e-mail of a person who belongs only to another workspace sends an invitation and
// shows nothing of their account; the person signs in, accepts it and switches workspace; as a
// member who edits only their own records they may read an administrator's deal but not win,
// lose or move it. It leaves the record permissions at their defaults and English chosen.

const PERSON = {
  email: 'olga@baltic-partners.test',
  name: 'Olga Other',
  password: 'olga secret 42',
};
const OTHER_WORKSPACE = 'Baltic Partners';
const DEFAULT_PERMISSIONS = {
  manager: { view: 'all', edit: 'all' },
  member: { view: 'all', edit: 'team' },
};

interface Workspace {
  id: string;
  settings: { permissions: typeof DEFAULT_PERMISSIONS };
}

async function chooseLanguage(page: Page, language: string) {
  await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

test('trust journey', async ({ page, browser, baseURL, login, snap, api }) => {
  const nav = page.getByRole('navigation');
  const dialog = page.getByRole('dialog');
  const header = page.getByTestId('workspace-name');
  let acme: Workspace;
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/Warsaw',
    viewport: { width: 1280, height: 800 },
  });
  const other = await context.newPage();
  const otherSnap = async (name: string) => {
    await other.waitForTimeout(300);
    await other.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  };

  await test.step('adding a person of another workspace sends an invitation, naming no one', async () => {
    await login(ADMIN.email, ADMIN.password);
    await chooseLanguage(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    acme = (await api<{ workspace: Workspace }>('GET', '/me')).workspace;
    // A workspace of the admin's own, with a person who belongs only to it.
    const baltic = await api<{ workspace: { id: string } }>('POST', '/workspaces', {
      name: OTHER_WORKSPACE,
      locale: 'en',
      timezone: 'Europe/Warsaw',
      currency: 'EUR',
      template: 'empty',
    });
    await api('POST', '/me/workspace', { workspaceId: baltic.workspace.id });
    await api('POST', '/users', {
      email: PERSON.email,
      name: PERSON.name,
      role: 'member',
      password: PERSON.password,
    });
    await api('POST', '/me/workspace', { workspaceId: acme.id });
    await page.reload();
    await expect(header).toHaveText(ADMIN.workspaceName);

    await nav.getByRole('link', { name: 'Users' }).click();
    await expect(page).toHaveURL(/\/users$/);
    await page.getByRole('button', { name: 'New user' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Olga from Baltic');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill(PERSON.email);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByText(`Invitation sent to ${PERSON.email}`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('heading', { name: 'Invitations waiting for an answer' }),
    ).toBeVisible();
    const invited = page.getByRole('row', { name: new RegExp(PERSON.email) });
    await expect(invited).toHaveCount(1);
    await expect(invited).toContainText('Member');
    // Nothing of the account shows: not its name, and it is not one of the workspace's users.
    await expect(page.getByText(PERSON.name)).toHaveCount(0);
    await expect(page.getByText('Olga from Baltic')).toHaveCount(0);
    const users = await api<{ items: { email: string }[] }>('GET', '/users?limit=100');
    expect(users.items.map((u) => u.email)).not.toContain(PERSON.email);
    await snap('trust-invitation-sent');
  });

  await test.step('the person signs in, sees the invitation, accepts it and switches', async () => {
    await loginThroughForm(other, PERSON.email, PERSON.password);
    const otherHeader = other.getByTestId('workspace-name');
    await expect(other.getByRole('navigation')).toBeVisible();
    await expect(otherHeader).toHaveText(OTHER_WORKSPACE);
    // Their name is their own: what the inviting admin typed changed nothing.
    const menu = other.getByRole('button', { name: `Account: ${PERSON.name}` });
    await expect(menu).toBeVisible();
    const banner = other.getByRole('alert').filter({ hasText: 'Invitation' });
    await expect(banner).toContainText(
      `${ADMIN.name} invites you to the workspace “${ADMIN.workspaceName}” as Member.`,
    );
    await otherSnap('trust-invitation-banner');
    await banner.getByRole('button', { name: 'Accept' }).click();
    await expect(
      other.getByText(`You joined “${ADMIN.workspaceName}”: switch to it from your menu`),
    ).toBeVisible();
    await expect(banner).toHaveCount(0);

    await menu.click();
    await other.getByRole('menuitem', { name: ADMIN.workspaceName }).click();
    await expect(otherHeader).toHaveText(ADMIN.workspaceName);
    await expect(other).toHaveURL(/\/my-day$/);
    const otherNav = other.getByRole('navigation');
    await otherNav.getByRole('link', { name: 'Board' }).click();
    await expect(other.getByRole('heading', { name: 'Board' })).toBeVisible();
    await expect(other.getByRole('region', { name: 'Identification' })).toBeVisible();
    await otherNav.getByRole('link', { name: 'Companies' }).click();
    await expect(other.getByRole('link', { name: 'Kowalski Logistics' })).toBeVisible();
    // A member: no users page.
    await expect(otherNav.getByRole('link', { name: 'Users' })).toHaveCount(0);

    // The admin now sees them among the users, under their own name.
    await page.reload();
    await expect(page.getByRole('row', { name: new RegExp(PERSON.name) })).toContainText(
      PERSON.email,
    );
  });

  await test.step('an admin lets members edit only their own records', async () => {
    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Workspace' }).click();
    await expect(page).toHaveURL(/\/settings\/workspace/);
    const permissions = page.getByRole('group', { name: 'Who sees and edits which records' });
    await expect(permissions.getByRole('combobox', { name: 'Members see' })).toHaveValue(
      'All records',
    );
    await permissions.getByRole('combobox', { name: 'Members edit' }).click();
    await page.getByRole('option', { name: 'Only their own' }).click();
    await expect(permissions.getByRole('combobox', { name: 'Members edit' })).toHaveValue(
      'Only their own',
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Workspace settings saved')).toBeVisible();
    // Saving scrolled the form; a full-page picture from the top keeps the header in place.
    await page.evaluate(() => window.scrollTo(0, 0));
    await snap('trust-record-permissions');
    const saved = await api<Workspace>('GET', `/workspaces/${acme.id}`);
    expect(saved.settings.permissions.member).toEqual({ view: 'all', edit: 'own' });
  });

  const title = 'Granite Works — trust check';
  await test.step('the member reads an admin’s deal but cannot win, lose or move it', async () => {
    const pipelines = await api<{
      items: { id: string; stages: { id: string; name: string }[] }[];
    }>('GET', '/pipelines');
    const pipeline = pipelines.items[0];
    const qualification = pipeline?.stages.find((s) => s.name === 'Qualification');
    if (!pipeline || !qualification) throw new Error('no Qualification stage');
    await api('POST', '/deals', {
      title,
      pipelineId: pipeline.id,
      stageId: qualification.id,
      value: 2000,
    });

    // A fresh page load reads the new permissions.
    await other.goto('/board');
    await other
      .getByRole('region', { name: 'Qualification' })
      .getByRole('link', { name: title })
      .click();
    await expect(other.getByRole('heading', { name: title })).toBeVisible();
    const win = other.getByRole('button', { name: 'Win', exact: true });
    const lose = other.getByRole('button', { name: 'Lose', exact: true });
    await expect(win).toBeDisabled();
    await expect(lose).toBeDisabled();
    const path = other.getByRole('navigation', { name: 'Stage path' });
    const steps = path.getByRole('button');
    await expect(steps.first()).toBeVisible();
    for (const step of await steps.all()) await expect(step).toBeDisabled();
    // Nor tick its checks or edit its fields.
    const checklist = other.getByRole('list', { name: 'Exit criteria' });
    await expect(checklist.getByRole('checkbox').first()).toBeVisible();
    for (const check of await checklist.getByRole('checkbox').all()) {
      await expect(check).toBeDisabled();
    }
    await expect(other.getByRole('button', { name: 'Edit', exact: true })).toBeDisabled();
    // The reason names what the member may change under these permissions.
    await win.hover();
    await expect(other.getByRole('tooltip')).toHaveText(
      'You may change only your own deals (workspace permissions).',
    );
    await otherSnap('trust-deal-not-editable');
  });

  await test.step('the defaults come back', async () => {
    const permissions = page.getByRole('group', { name: 'Who sees and edits which records' });
    await permissions.getByRole('combobox', { name: 'Members edit' }).click();
    await page.getByRole('option', { name: "Their team's and their own" }).click();
    // The first save's notice may still be up (the member's steps ran in another window): let it
    // go, so the notice below is this save's.
    await expect(page.getByText('Workspace settings saved')).toHaveCount(0, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Workspace settings saved')).toBeVisible();
    const restored = await api<Workspace>('GET', `/workspaces/${acme.id}`);
    expect(restored.settings.permissions).toEqual(DEFAULT_PERMISSIONS);
    await context.close();
  });
});
