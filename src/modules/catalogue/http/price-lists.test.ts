import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';
import { priceListIn, productIn } from '../../../server/test/catalogue-fixtures.ts';

const URL = '/api/v1/price-lists';

describeApi('catalogue: price lists', (t) => {
  it('adds a list with its validity and prices; reads it alone and in the paged list', async () => {
    const ws = await freshWorkspace(t);
    const licence = await productIn(t, ws);
    const answer = await t.request('POST', URL, {
      token: ws.token,
      body: {
        name: ' 2027 ',
        currency: 'EUR',
        validFrom: '2027-01-01',
        validTo: '2027-12-31',
        prices: [{ productId: licence, unitPrice: 49.9 }],
      },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.headers.etag).toBe('"1"');
    expect(answer.body).toEqual({
      id: expect.any(String),
      name: '2027',
      currency: 'EUR',
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
      active: true,
      prices: [{ productId: licence, unitPrice: 49.9 }],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    const one = await t.request('GET', `${URL}/${answer.body.id as string}`, { token: ws.token });
    expect(one.body).toEqual(answer.body);
    await priceListIn(t, ws, { name: 'Agents', prices: [] });
    await priceListIn(t, ws, { name: 'Base', prices: [] });
    const page = await t.request('GET', `${URL}?limit=2`, { token: ws.token });
    expect((page.body.items as { name: string }[]).map((l) => l.name)).toEqual(['2027', 'Agents']);
    const rest = await t.request('GET', `${URL}?cursor=${page.body.nextCursor as string}`, {
      token: ws.token,
    });
    expect(rest.body).toMatchObject({ items: [{ name: 'Base' }], nextCursor: null });
    const eur = await t.request('GET', `${URL}?currency=EUR`, { token: ws.token });
    expect(eur.body.items).toHaveLength(1);
  });

  it('replaces the prices and retires a list with If-Match; stale is 412', async () => {
    const ws = await freshWorkspace(t);
    const [a, b] = [await productIn(t, ws, { name: 'A' }), await productIn(t, ws, { name: 'B' })];
    const list = await priceListIn(t, ws, { prices: [{ productId: a, unitPrice: 10 }] });
    const url = `${URL}/${list.id}`;
    const edited = await t.request('PATCH', url, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { prices: [{ productId: b, unitPrice: 20.5 }], active: false },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      prices: [{ productId: b, unitPrice: 20.5 }],
      active: false,
      version: 2,
    });
    expectProblem(
      await t.request('PATCH', url, {
        token: ws.token,
        headers: { 'if-match': '"1"' },
        body: { name: 'Stale' },
      }),
      412,
      'version_conflict',
    );
    expect((await t.request('GET', url, { token: ws.token })).body).toMatchObject({
      name: 'Standard',
      version: 2,
    });
  });

  it('refuses bad input, unknown products, twice-priced products and backwards validity: nothing written', async () => {
    const ws = await freshWorkspace(t);
    const a = await productIn(t, ws);
    const bad = await t.request('POST', URL, {
      token: ws.token,
      body: {
        name: '',
        currency: 'zloty',
        validFrom: '2027-13-01',
        prices: [
          { productId: 'x', unitPrice: -1 },
          { productId: a, unitPrice: 1.005 },
        ],
      },
    });
    expectProblem(bad, 400, 'validation_failed');
    expect(errorPaths(bad)).toEqual(
      expect.arrayContaining([
        'name',
        'currency',
        'validFrom',
        'prices.0.productId',
        'prices.0.unitPrice',
        'prices.1.unitPrice',
      ]),
    );
    const unknown = await t.request('POST', URL, {
      token: ws.token,
      body: { name: 'X', currency: 'PLN', prices: [{ productId: randomUUID(), unitPrice: 1 }] },
    });
    expectProblem(unknown, 422, 'product_invalid');
    const twice = await t.request('POST', URL, {
      token: ws.token,
      body: {
        name: 'X',
        currency: 'PLN',
        prices: [
          { productId: a, unitPrice: 1 },
          { productId: a, unitPrice: 2 },
        ],
      },
    });
    expectProblem(twice, 400, 'validation_failed');
    expect(errorPaths(twice)).toEqual(['prices.1.productId']);
    const backwards = await t.request('POST', URL, {
      token: ws.token,
      body: {
        name: 'X',
        currency: 'PLN',
        validFrom: '2027-02-01',
        validTo: '2027-01-31',
        prices: [],
      },
    });
    expectProblem(backwards, 400, 'validation_failed');
    expect((await t.request('GET', URL, { token: ws.token })).body.items).toEqual([]);
    expectProblem(
      await t.request('GET', `${URL}/${randomUUID()}`, { token: ws.token }),
      404,
      'not_found',
    );
  });

  it("is another workspace's 404, and a member's read-only", async () => {
    const ws = await freshWorkspace(t);
    const list = await priceListIn(t, ws, { prices: [] });
    const other = await freshWorkspace(t);
    expectProblem(
      await t.request('GET', `${URL}/${list.id}`, { token: other.token }),
      404,
      'not_found',
    );
    const member = await addMember(t, ws, 'member');
    expect((await t.request('GET', `${URL}/${list.id}`, { token: member.token })).status).toBe(200);
    expectProblem(
      await t.request('PATCH', `${URL}/${list.id}`, { token: member.token, body: { name: 'M' } }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('POST', URL, {
        token: member.token,
        body: { name: 'M', currency: 'PLN', prices: [] },
      }),
      403,
      'forbidden',
    );
  });
});
