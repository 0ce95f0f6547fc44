import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

/** The first administrator, created by the setup page in the journey. */
export const ADMIN = {
  workspaceName: 'Acme Sales',
  name: 'Anna Nowak',
  email: 'anna@acme.test',
  password: 'correct horse battery',
};

export const SCREENSHOTS = join('e2e', 'output', 'screenshots');

interface Fixtures {
  /** Signs in through the login page and waits for the app shell. */
  login: (email?: string, password?: string) => Promise<void>;
  /** Saves a full-page screenshot as e2e/output/screenshots/<name>.png. */
  snap: (name: string) => Promise<void>;
  /** Calls the API with the page's session cookie (and its Origin, for the CSRF check). */
  api: <T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
  ) => Promise<T>;
}

export async function loginThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

export const test = base.extend<Fixtures>({
  login: async ({ page }, use) => {
    await use(async (email = ADMIN.email, password = ADMIN.password) => {
      await loginThroughForm(page, email, password);
      await expect(page.getByRole('navigation')).toBeVisible();
    });
  },
  snap: async ({ page }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await use(async (name) => {
      // Let notifications and transitions settle so the picture shows the page, not a fade.
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    });
  },
  api: async ({ page, baseURL }, use) => {
    await use(async (method, path, body) => {
      const response = await page.request.fetch(`/api/v1${path}`, {
        method,
        data: body,
        headers: { Origin: baseURL ?? '' },
      });
      expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    });
  },
});

export { expect };
