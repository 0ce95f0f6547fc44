import { ADMIN, expect, test } from './fixtures.ts';

// Products and price lists (issue 18 item 3). Runs after foundation.spec.ts (files run in name
// order on one worker) as its administrator: a product with a price, added to a deal, becomes
// the deal's value on its board card.
test('products journey', async ({ page, login, snap, api }) => {
  const dialog = page.getByRole('dialog');
  const title = 'Baltic Couriers — fleet trackers';
  const product = 'Fleet tracker';

  await test.step('add a product in Settings → Products', async () => {
    await login(ADMIN.email, ADMIN.password);
    await page.getByRole('button', { name: /^(Language|Język|Язык):/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/settings/products');
    await page.getByRole('button', { name: 'Add product' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill(product);
    await dialog.getByRole('textbox', { name: 'Unit' }).fill('pcs');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(product) })).toContainText('Active');
  });

  await test.step('give it a price in a price list', async () => {
    await page.getByRole('tab', { name: 'Price lists' }).click();
    await page.getByRole('button', { name: 'Add price list' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Standard');
    await dialog.getByRole('button', { name: 'Add a product' }).click();
    await dialog.getByRole('combobox', { name: 'Product' }).click();
    await page.getByRole('option', { name: product }).click();
    await dialog.getByRole('textbox', { name: 'Unit price' }).fill('400');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Standard/ })).toContainText('1 price');
    await snap('products-price-lists');
  });

  await test.step('add it to a deal: the price comes from the list, the total is live', async () => {
    const pipelines = await api<{ items: { id: string }[] }>('GET', '/pipelines');
    const deal = await api<{ id: string }>('POST', '/deals', {
      title,
      pipelineId: pipelines.items[0]?.id,
      value: 100,
    });
    await page.goto(`/deals/${deal.id}`);
    const products = page.getByRole('region', { name: 'Products' });
    await expect(products).toContainText('No products on this deal yet.');
    await products.getByRole('combobox', { name: 'Add product' }).click();
    await page.getByRole('option', { name: product }).click();
    await expect(products.getByRole('textbox', { name: `Unit price: ${product}` })).toHaveValue(
      '400',
    );
    await products.getByRole('textbox', { name: `Quantity: ${product}` }).fill('3');
    await expect(products).toContainText(/Total: PLN\s?1,200\.00/);
    await products.getByRole('button', { name: 'Save products' }).click();
    await expect(products).toContainText("The deal's value is the total of its products.");
    await snap('products-deal-card');
  });

  await test.step("the deal's value changed on its board card", async () => {
    await page.goto('/board');
    const card = page.locator('.mantine-Paper-root', {
      has: page.getByRole('link', { name: title }),
    });
    await expect(card).toContainText(/PLN\s?1,200\.00/);
  });
});
