import { ADMIN, expect, loginThroughForm, test } from './fixtures.ts';

// The foundation journey: first-run setup → log out → log in → a company and its contact →
// lists, company page, search → a duplicate e-mail shown at the field → Polish and Russian.
test('foundation journey', async ({ page, login, snap, api }) => {
  const nav = page.getByRole('navigation');
  const dialog = page.getByRole('dialog');

  await test.step('first-run setup creates the workspace and shows the API token once', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole('heading', { name: 'Set up Conveyor' })).toBeVisible();
    await page.getByLabel('Workspace name').fill(ADMIN.workspaceName);
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('short');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(page.getByRole('textbox', { name: 'Password' })).toHaveAccessibleDescription(
      /At least 8 characters/,
    );
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Warsaw');
    await page.getByRole('combobox', { name: 'Currency' }).click();
    await page.getByRole('option', { name: 'PLN' }).click();
    await page.getByRole('radio', { name: 'Classic B2B sales' }).check();
    await snap('01-setup');
    await page.getByRole('button', { name: 'Create workspace' }).click();

    await expect(dialog.getByText('It is shown only once')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Copy token' })).toBeVisible();
    await snap('02-api-token');
    await dialog.getByRole('button', { name: 'I have saved it' }).click();
    await expect(dialog).toBeHidden();
    // After setup the new workspace opens on its first steps; put away, it opens on My day.
    await expect(page).toHaveURL(/\/first-steps$/);
    await expect(page.getByRole('banner')).toContainText(ADMIN.workspaceName);
    await page.getByRole('button', { name: 'Put away' }).click();
    await expect(page).toHaveURL(/\/my-day$/);
  });

  await test.step('log out, then a wrong password is refused and the right one lets in', async () => {
    await page.getByRole('button', { name: `Account: ${ADMIN.name}` }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/companies');
    await expect(page).toHaveURL(/\/login$/);

    await loginThroughForm(page, ADMIN.email, 'wrong password');
    await expect(page.getByRole('alert')).toContainText('Wrong e-mail or password.');
    await snap('03-login-failed');
    await login();
    await expect(page).toHaveURL(/\/my-day$/);
    await page.getByRole('link', { name: 'Companies' }).click();
    await expect(page).toHaveURL(/\/companies$/);
  });

  await test.step('create a company', async () => {
    await expect(page.getByText('No companies yet')).toBeVisible();
    await page.getByRole('button', { name: 'New company' }).click();
    await dialog.getByLabel('Name').fill('Kowalski Logistics');
    await dialog.getByLabel('E-mail').fill('office@kowalski-logistics.pl');
    await dialog.getByLabel('Phone').fill('+48 22 123 45 67');
    await dialog.getByLabel('City').fill('Kraków');
    await dialog.getByRole('combobox', { name: 'Country' }).fill('Pol');
    await page.getByRole('option', { name: 'Poland' }).click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name: 'Kowalski Logistics' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Kowalski Logistics/ })).toContainText(
      'Kraków, Poland',
    );
  });

  await test.step('create a contact in that company, picked by search', async () => {
    await nav.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    await dialog.getByLabel('Name').fill('Jan Kowalski');
    await dialog.getByLabel('E-mail').fill('jan@kowalski-logistics.pl');
    // A local number: the PLN workspace reads it as Polish and stores +48601234567.
    await dialog.getByLabel('Phone').fill('601 234 567');
    await dialog.getByLabel('Job title').fill('Head of purchasing');
    await dialog.getByRole('combobox', { name: 'Company' }).fill('Kowal');
    await page.getByRole('option', { name: 'Kowalski Logistics' }).click();
    await snap('04-new-contact');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole('row', { name: /Jan Kowalski/ });
    await expect(row).toContainText('+48 601 234 567');
    await expect(row.getByRole('link', { name: 'Kowalski Logistics' })).toBeVisible();
    await expect(page.getByText('1 contact', { exact: true })).toBeVisible();
    await snap('05-contacts');
  });

  await test.step("the contact is on the company's page and on its own page", async () => {
    await page
      .getByRole('row', { name: /Jan Kowalski/ })
      .getByRole('link', { name: 'Kowalski Logistics' })
      .click();
    await expect(page.getByRole('heading', { name: 'Kowalski Logistics' })).toBeVisible();
    await expect(page.getByText('+48 22 123 45 67')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Jan Kowalski' })).toBeVisible();
    await snap('06-company-detail');

    // Someone else edits the company while our edit form is open: our stale save is refused.
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(dialog.getByRole('textbox', { name: 'City' })).toHaveValue('Kraków');
    const url = new URL(page.url());
    const companyId = url.pathname.split('/').pop() ?? '';
    await api('PATCH', `/companies/${companyId}`, { city: 'Gdańsk' });
    await dialog.getByRole('textbox', { name: 'City' }).fill('Poznań');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Someone else changed this record')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Gdańsk')).toBeVisible();
    await page.getByRole('button', { name: 'Edit' }).click();
    await dialog.getByRole('textbox', { name: 'City' }).fill('Poznań');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Poznań')).toBeVisible();
    await page.getByRole('link', { name: 'Jan Kowalski' }).click();
    await expect(page.getByRole('heading', { name: 'Jan Kowalski' })).toBeVisible();
    await expect(page.getByRole('link', { name: '+48 601 234 567' })).toBeVisible();
    await snap('07-contact-detail');
  });

  await test.step('search finds the contact and the company', async () => {
    await nav.getByRole('link', { name: 'Contacts' }).click();
    const search = page.getByRole('searchbox', { name: 'Search contacts' });
    await search.fill('nothing like this');
    await expect(page.getByText('Nothing matches your search.')).toBeVisible();
    await search.fill('Kowal');
    await expect(page.getByRole('link', { name: 'Jan Kowalski' })).toBeVisible();

    await nav.getByRole('link', { name: 'Companies' }).click();
    await page.getByRole('searchbox', { name: 'Search companies' }).fill('Logist');
    await expect(page.getByRole('link', { name: 'Kowalski Logistics' })).toBeVisible();
  });

  await test.step('a duplicate e-mail is shown at the e-mail field, linking to the existing contact', async () => {
    await nav.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    await dialog.getByLabel('Name').fill('Janek Kowalski');
    await dialog.getByLabel('E-mail').fill('jan@kowalski-logistics.pl');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const email = dialog.getByLabel('E-mail');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Already used by the contact Jan Kowalski/);
    await expect(dialog.getByRole('link', { name: 'Jan Kowalski' })).toBeVisible();
    await snap('08-duplicate-email');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('an admin adds a user', async () => {
    await nav.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('button', { name: 'New user' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Piotr Zieliński');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('piotr@acme.test');
    await dialog.getByRole('textbox', { name: 'Password' }).fill('another good password');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Piotr Zieliński/ })).toContainText('Member');
    await expect(page.getByText('2 users', { exact: true })).toBeVisible();
    await snap('09-users');
  });

  await test.step('Polski: the page is translated at once and the choice is kept', async () => {
    // Four more companies so the list count shows the "many" plural form (5 firm / 5 компаний).
    for (const name of ['Nowak Budownictwo', 'Wiśniewski i Syn', 'Baltic Amber', 'Mazury Travel']) {
      await api('POST', '/companies', { name });
    }
    await nav.getByRole('link', { name: 'Companies' }).click();
    await expect(page.getByText('5 companies')).toBeVisible();

    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(nav.getByRole('link', { name: 'Firmy' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Kontakty' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Firmy' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nowa firma' })).toBeVisible();
    await expect(page.getByText('5 firm', { exact: true })).toBeVisible();
    await snap('10-companies-pl');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Firmy' })).toBeVisible();
    await nav.getByRole('link', { name: 'Kontakty' }).click();
    await expect(page.getByText('1 kontakt', { exact: true })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: 'Stanowisko' })).toBeVisible();
    await snap('11-contacts-pl');
  });

  await test.step('Русский: the page is translated', async () => {
    await page.getByRole('button', { name: 'Język: Polski' }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { name: 'Контакты' })).toBeVisible();
    await expect(page.getByText('1 контакт', { exact: true })).toBeVisible();
    await snap('12-contacts-ru');
    await nav.getByRole('link', { name: 'Компании' }).click();
    await expect(page.getByText('5 компаний', { exact: true })).toBeVisible();
    await snap('13-companies-ru');
    await page.getByRole('link', { name: 'Kowalski Logistics' }).click();
    await expect(page.getByRole('button', { name: 'Изменить' })).toBeVisible();
    await expect(page.getByText('Польша')).toBeVisible();
    await snap('14-company-detail-ru');
  });
});
