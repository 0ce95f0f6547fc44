import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ADMIN, expect, test } from './fixtures.ts';

// Leads: a web form on another site → the inbox, assigned to a hunter → touch, replied, MQL,
// SQL → a deal with its source; then a prospect list import with a bad row. Runs after
// foundation.spec.ts as its administrator, on records of its own.
const PROSPECTS = fileURLToPath(new URL('./files/prospects-q1.csv', import.meta.url));

test('leads journey', async ({ page, login, snap, api }) => {
  const dialog = page.getByRole('dialog');
  const hunter = { name: 'Henryk Łowczy', email: 'henryk.lowczy@acme.test' };
  const lead = { name: 'Zofia Zielińska', company: 'Zielińska Architekci' };
  const formName = 'Spring landing page';
  let snippet = '';

  await test.step('a hunter, and a web form made in the settings', async () => {
    await login(ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await api('POST', '/users', {
      ...hunter,
      password: 'correct horse battery',
      role: 'member',
      salesRoles: ['hunter'],
      leadLimit: 30,
    });
    await page.goto('/settings/forms');
    await page.getByRole('button', { name: 'New form' }).click();
    await dialog.getByLabel('Form name').fill(formName);
    await dialog.getByLabel('Campaign').fill('spring-2026');
    await dialog.getByLabel('Thank-you text').fill('Thank you! Our architect will call you today.');
    // The architects call back, so the phone is required (the name is, by default).
    await dialog.getByLabel('Phone required').check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    const code = page.getByLabel('HTML snippet', { exact: true });
    await expect(code).toContainText('/submissions');
    await expect(code).toContainText('name="website"');
    await expect(code).toContainText('<input name="phone" type="tel" autocomplete="tel" required>');
    await expect(code).toContainText('<input name="email" type="email" autocomplete="email">');
    snippet = (await code.textContent()) ?? '';
    await snap('leads-forms-settings-en');
  });

  await test.step('a visitor sends the form from a page on another site', async () => {
    // The company's own site: another origin on this machine (a real server, so the browser
    // sees a local page posting to a local Conveyor — no private-network block in between).
    const html = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Zielińska Architekci</title></head><body><h1>Design your office</h1>${snippet}</body></html>`;
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const { port } = site.address() as AddressInfo;
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(
      `http://127.0.0.1:${port}/landing?utm_source=google&utm_medium=cpc&utm_campaign=spring-sale`,
    );
    await page.getByLabel('Name').fill(lead.name);
    await page.getByLabel('E-mail').fill('zofia@zielinska-architekci.pl');
    await page.getByLabel('Phone').fill('+48 603 555 777');
    await page.getByLabel('Company').fill(lead.company);
    await page.getByLabel('Message').fill('We need a CRM for 12 architects.');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('status'), consoleErrors.join('\n')).toHaveText(
      'Thank you! Our architect will call you today.',
    );
    await snap('leads-landing-sent');
    site.close();
  });

  await test.step('the lead is in the inbox, assigned to the hunter, with its source', async () => {
    await page.goto('/leads');
    const row = page.getByRole('row', { name: new RegExp(lead.name) });
    await expect(row).toContainText(hunter.name);
    await expect(row).toContainText('Inbound · Paid ads (CPC) · spring-sale');
    await expect(row).toContainText('New');
    await expect(page.getByRole('region', { name: 'Load of the team' })).toContainText(hunter.name);
    await snap('leads-inbox-en');
    await row.getByRole('link', { name: lead.name }).click();
    await expect(page.getByRole('heading', { name: lead.name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
      `Web form “${formName}” — Inbound · Paid ads (CPC) · spring-sale`,
    );
  });

  await test.step('log a touch, then replied, MQL and SQL', async () => {
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const status = page.getByRole('group', { name: 'Status' });
    await page.getByLabel('What happened').fill('Intro call: 12 seats, decision in May');
    await page.getByRole('button', { name: 'Log touch' }).click();
    await expect(timeline).toContainText(`${ADMIN.name}: first contact (Call)`);
    await expect(status.getByRole('button', { name: 'Contacted' })).toBeHidden();
    for (const step of ['Replied', 'MQL', 'SQL']) {
      await status.getByRole('button', { name: step, exact: true }).click();
      await expect(status.getByRole('button', { name: step, exact: true })).toBeHidden();
    }
    await expect(timeline).toContainText(`${ADMIN.name}: sales-qualified (SQL)`);
    await expect(timeline).toContainText(`${ADMIN.name}: the lead replied`);
    await snap('leads-card-sql-en');
  });

  await test.step('convert in one dialog → the deal is on the board with the source', async () => {
    await page.getByRole('button', { name: 'Convert to deal' }).click();
    await expect(dialog.getByLabel('Title')).toHaveValue(lead.company);
    await dialog.getByLabel('Value').fill('48000');
    await dialog.getByRole('button', { name: 'Create the deal' }).click();
    await expect(dialog.getByText('Deal created')).toBeVisible();
    await snap('leads-converted-en');
    await dialog.getByRole('button', { name: 'Open the deal' }).click();
    await expect(page.getByRole('heading', { name: lead.company })).toBeVisible();
    await expect(page.getByText('Inbound · Paid ads (CPC) · spring-sale')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the lead' })).toBeVisible();
    await snap('leads-deal-en');
    await page.goto('/board');
    await expect(page.getByText(lead.company, { exact: true }).first()).toBeVisible();
  });

  await test.step('import a prospect list: the dry run names the bad row', async () => {
    await page.goto('/leads');
    await page.getByRole('button', { name: 'Import prospects' }).click();
    await page.locator('input[type=file]').setInputFiles(PROSPECTS);
    await page.getByLabel('Campaign').fill('q1-cold-email');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('combobox', { name: 'Name' })).toHaveValue('Imię i nazwisko');
    await page.getByRole('button', { name: 'Check the file' }).click();
    const bad = page.getByRole('table', { name: 'Bad rows' });
    await expect(bad.getByRole('row', { name: /4 E-mail Not an e-mail address/ })).toBeVisible();
    await expect(page.getByText('3 ready to import')).toBeVisible();
    await snap('leads-import-dry-run-en');
    await page.getByRole('button', { name: 'Import 3 leads' }).click();
    await expect(page.getByText('3 leads imported')).toBeVisible();
    await expect(page.getByText('3 assigned to hunters, 0 waiting in the queue.')).toBeVisible();
    await page.getByRole('button', { name: 'Open the new leads' }).click();
    await expect(page.getByRole('row', { name: /Светлана Орлова/ })).toContainText(
      'Outbound · Prospect list · q1-cold-email',
    );
  });

  await test.step('the same pages in Polish', async () => {
    await page.getByRole('button', { name: /^Language:/ }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await page.goto('/leads');
    await expect(page.getByRole('heading', { name: 'Leady' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Bogdan Wiśniewski/ })).toContainText(
      'Wychodzący · Lista prospektów · q1-cold-email',
    );
    await snap('leads-inbox-pl');
    await page.getByRole('link', { name: lead.name }).click();
    await expect(page.getByRole('region', { name: 'Oś czasu' })).toContainText(
      'zakwalifikowany sprzedażowo (SQL)',
    );
    await snap('leads-card-pl');
    await page.goto('/settings/forms');
    await expect(page.getByLabel('Kod HTML', { exact: true })).toContainText('Imię i nazwisko');
    await snap('leads-forms-settings-pl');
    // Leave the admin in English for the specs after this one.
    await page.getByRole('button', { name: /^Język:/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
