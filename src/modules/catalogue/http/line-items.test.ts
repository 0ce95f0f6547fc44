import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { dealIn } from '../../../server/test/activity-fixtures.ts';
import { freshWorkspace, type WorkspaceFixture } from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { events } from '../../../kernel/db/schema/events.ts';
import { priceListIn, productIn } from '../../../server/test/catalogue-fixtures.ts';

const TODAY = '2027-03-15T10:00:00Z';
const itemsUrl = (dealId: string) => `/api/v1/deals/${dealId}/line-items`;

async function put(t: TestApp, ws: WorkspaceFixture, dealId: string, body: unknown) {
  return t.request('PUT', itemsUrl(dealId), { token: ws.token, body });
}

async function valueUpdates(t: TestApp, ws: WorkspaceFixture, dealId: string) {
  const rows = await t.database.db
    .select({ payload: events.payload, amount: events.amount })
    .from(events)
    .where(
      and(
        eq(events.workspaceId, ws.workspaceId),
        eq(events.dealId, dealId),
        eq(events.type, 'deal.updated'),
      ),
    )
    .orderBy(asc(events.occurredAt));
  return rows;
}

/** A workspace with two products priced in PLN by a list valid today. */
async function pricedWorkspace(t: TestApp) {
  const ws = await freshWorkspace(t);
  const licence = await productIn(t, ws, { name: 'Licence', unit: 'pcs' });
  const setup = await productIn(t, ws, { name: 'Setup' });
  await priceListIn(t, ws, {
    validFrom: '2027-01-01',
    prices: [
      { productId: licence, unitPrice: 0.35 },
      { productId: setup, unitPrice: 1000 },
    ],
  });
  const deal = await dealIn(t, ws);
  return { ws, licence, setup, deal };
}

describeApi('catalogue: deal line items', (t) => {
  it("prices items from today's list, makes the total the value, and records the value change", async () => {
    t.clock.set(TODAY);
    const { ws, licence, setup, deal } = await pricedWorkspace(t);
    const answer = await put(t, ws, deal.id, {
      items: [
        { productId: licence, quantity: 3, discountPercent: 10 },
        { productId: setup, quantity: 1, unitPrice: 800 },
      ],
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    // 3 × 0.35 × 0.9 = 0.945 → 0.95 (binary floating point would say 0.94); + 800.
    expect(answer.body).toMatchObject({
      id: deal.id,
      value: 800.95,
      lineItemsTotal: 800.95,
      valueFromProducts: true,
      lineItems: [
        {
          productId: licence,
          productName: 'Licence',
          unit: 'pcs',
          quantity: 3,
          unitPrice: 0.35,
          discountPercent: 10,
          amount: 0.95,
        },
        { productId: setup, quantity: 1, unitPrice: 800, discountPercent: 0, amount: 800 },
      ],
    });
    expect(answer.headers.etag).toBe(`"${answer.body.version as number}"`);
    const deal_ = await t.request('GET', `/api/v1/deals/${deal.id}`, { token: ws.token });
    expect(deal_.body.value).toBe(800.95);
    const read = await t.request('GET', itemsUrl(deal.id), { token: ws.token });
    expect(read.body).toEqual(answer.body);
    expect(await valueUpdates(t, ws, deal.id)).toEqual([
      { payload: { fields: ['value'] }, amount: 800.95 },
    ]);
    // The same items again: nothing to change, no new event.
    await put(t, ws, deal.id, {
      items: [
        { productId: licence, quantity: 3, discountPercent: 10 },
        { productId: setup, quantity: 1, unitPrice: 800 },
      ],
    });
    expect(await valueUpdates(t, ws, deal.id)).toHaveLength(1);
  });

  it('prefers the list that started latest, ignores expired lists and other currencies', async () => {
    t.clock.set(TODAY);
    const { ws, licence, deal } = await pricedWorkspace(t);
    await priceListIn(t, ws, {
      name: 'March promo',
      validFrom: '2027-03-01',
      validTo: '2027-03-31',
      prices: [{ productId: licence, unitPrice: 0.3 }],
    });
    await priceListIn(t, ws, {
      name: 'Old',
      validTo: '2027-03-14',
      prices: [{ productId: licence, unitPrice: 0.1 }],
    });
    await priceListIn(t, ws, {
      name: 'Euro',
      currency: 'EUR',
      prices: [{ productId: licence, unitPrice: 0.05 }],
    });
    const answer = await put(t, ws, deal.id, { items: [{ productId: licence, quantity: 10 }] });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ value: 3, lineItems: [{ unitPrice: 0.3 }] });
  });

  it('keeps a value set by hand after the products, until asked to use the total again', async () => {
    t.clock.set(TODAY);
    const { ws, licence, setup, deal } = await pricedWorkspace(t);
    await put(t, ws, deal.id, { items: [{ productId: setup, quantity: 1 }] });
    const byHand = await t.request('PATCH', `/api/v1/deals/${deal.id}`, {
      token: ws.token,
      body: { value: 5000 },
    });
    expect(byHand.status, JSON.stringify(byHand.body)).toBe(200);
    const kept = await put(t, ws, deal.id, {
      items: [
        { productId: setup, quantity: 2 },
        { productId: licence, quantity: 1 },
      ],
    });
    expect(kept.body).toMatchObject({
      value: 5000,
      lineItemsTotal: 2000.35,
      valueFromProducts: false,
    });
    const again = await put(t, ws, deal.id, {
      items: [{ productId: setup, quantity: 2 }],
      useTotalAsValue: true,
    });
    expect(again.body).toMatchObject({ value: 2000, valueFromProducts: true });
    // Following the products again: the next change moves the value too.
    const next = await put(t, ws, deal.id, { items: [{ productId: setup, quantity: 3 }] });
    expect(next.body).toMatchObject({ value: 3000, valueFromProducts: true });
  });

  it('refuses a product without a price, unknown or retired products: nothing changes', async () => {
    t.clock.set(TODAY);
    const { ws, licence, deal } = await pricedWorkspace(t);
    const unpriced = await productIn(t, ws, { name: 'Training' });
    await put(t, ws, deal.id, { items: [{ productId: licence, quantity: 1 }] });
    const before = await t.request('GET', itemsUrl(deal.id), { token: ws.token });

    const missing = await put(t, ws, deal.id, {
      items: [
        { productId: licence, quantity: 2 },
        { productId: unpriced, quantity: 1 },
      ],
    });
    expectProblem(missing, 422, 'price_missing');
    expect(missing.body.productIds).toEqual([unpriced]);
    // With its price given, the same product is fine.
    const unknown = await put(t, ws, deal.id, {
      items: [{ productId: randomUUID(), quantity: 1, unitPrice: 1 }],
    });
    expectProblem(unknown, 422, 'product_invalid');
    const retired = await productIn(t, ws, { name: 'Old box', active: false });
    expectProblem(
      await put(t, ws, deal.id, { items: [{ productId: retired, quantity: 1, unitPrice: 5 }] }),
      422,
      'product_invalid',
    );
    expect((await t.request('GET', itemsUrl(deal.id), { token: ws.token })).body).toEqual(
      before.body,
    );
  });

  it('keeps a product retired after it was added when the items are saved again', async () => {
    t.clock.set(TODAY);
    const { ws, licence, deal } = await pricedWorkspace(t);
    await put(t, ws, deal.id, { items: [{ productId: licence, quantity: 1 }] });
    await t.request('PATCH', `/api/v1/products/${licence}`, {
      token: ws.token,
      body: { active: false },
    });
    const saved = await put(t, ws, deal.id, {
      items: [{ productId: licence, quantity: 4, unitPrice: 0.35 }],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.value).toBe(1.4);
  });

  it('refuses bad input, closed deals, stale versions and unknown deals', async () => {
    t.clock.set(TODAY);
    const { ws, licence, deal } = await pricedWorkspace(t);
    const bad = await put(t, ws, deal.id, {
      items: [
        { productId: licence, quantity: 0 },
        { productId: 'nope', quantity: 1.0001, discountPercent: 101, unitPrice: 1.001 },
      ],
      extra: true,
    });
    expectProblem(bad, 400, 'validation_failed');
    expect(errorPaths(bad)).toEqual(
      expect.arrayContaining([
        'items.0.quantity',
        'items.1.productId',
        'items.1.quantity',
        'items.1.discountPercent',
        'items.1.unitPrice',
      ]),
    );
    // A total past what a deal's value holds (numeric 14,2) is refused, not a 500.
    const huge = await put(t, ws, deal.id, {
      items: [
        { productId: licence, quantity: 391_856_288, unitPrice: 318_860_092 },
        { productId: licence, quantity: 1, unitPrice: 999_999_999_999 },
        { productId: licence, quantity: 1, unitPrice: 999_999_999_999 },
      ],
    });
    expectProblem(huge, 400, 'validation_failed');
    expect(errorPaths(huge)).toEqual(['items.0']);
    const stale = await t.request('PUT', itemsUrl(deal.id), {
      token: ws.token,
      headers: { 'if-match': '"99"' },
      body: { items: [{ productId: licence, quantity: 1 }] },
    });
    expectProblem(stale, 412, 'version_conflict');
    expectProblem(await put(t, ws, randomUUID(), { items: [] }), 404, 'not_found');
    expectProblem(
      await t.request('GET', itemsUrl(randomUUID()), { token: ws.token }),
      404,
      'not_found',
    );
    const won = await dealIn(t, ws, { status: 'won' });
    expectProblem(
      await put(t, ws, won.id, { items: [{ productId: licence, quantity: 1 }] }),
      409,
      'deal_closed',
    );
    const other = await freshWorkspace(t);
    expectProblem(await put(t, other, deal.id, { items: [] }), 404, 'not_found');
    const after = await t.request('GET', itemsUrl(deal.id), { token: ws.token });
    expect(after.body).toMatchObject({ lineItems: [], value: null, valueFromProducts: false });
  });
});
