import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';

const URL = '/api/v1/products';

interface Product {
  id: string;
  name: string;
  sku: string | null;
  unit: string | null;
  category: string | null;
  active: boolean;
  version: number;
}

describeApi('catalogue: products', (t) => {
  it('adds a product: 201, trimmed, optional fields null, active, version 1 and an ETag', async () => {
    const ws = await freshWorkspace(t);
    const answer = await t.request('POST', URL, {
      token: ws.token,
      body: { name: '  CRM licence ', sku: 'LIC-1', unit: 'licence', category: '' },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.headers.etag).toBe('"1"');
    expect(answer.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'CRM licence',
      sku: 'LIC-1',
      unit: 'licence',
      category: null,
      active: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
  });

  it('lists by name a page at a time, filtered by active, category and text', async () => {
    const ws = await freshWorkspace(t);
    const names = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo'];
    for (const [i, name] of names.entries()) {
      const made = await t.request('POST', URL, {
        token: ws.token,
        body: { name, sku: `S-${i}`, category: i % 2 ? 'Service' : 'Licence', active: i !== 4 },
      });
      expect(made.status).toBe(201);
    }
    const first = await t.request('GET', `${URL}?limit=2`, { token: ws.token });
    expect((first.body.items as Product[]).map((p) => p.name)).toEqual(['Alpha', 'Bravo']);
    const second = await t.request(
      'GET',
      `${URL}?limit=2&cursor=${first.body.nextCursor as string}`,
      { token: ws.token },
    );
    expect((second.body.items as Product[]).map((p) => p.name)).toEqual(['charlie', 'delta']);
    const namesOf = async (query: string) =>
      (
        (await t.request('GET', `${URL}?${query}`, { token: ws.token })).body.items as Product[]
      ).map((p) => p.name);
    expect(await namesOf('active=false')).toEqual(['echo']);
    expect(await namesOf('active=true&category=Licence')).toEqual(['charlie', 'delta']);
    expect(await namesOf('q=s-3')).toEqual(['Bravo']);
    expect(await namesOf('q=ALP')).toEqual(['Alpha']);
    // Another workspace sees none of them.
    const other = await freshWorkspace(t);
    expect((await t.request('GET', URL, { token: other.token })).body.items).toEqual([]);
  });

  it('edits and retires a product with If-Match; a stale version is 412 and changes nothing', async () => {
    const ws = await freshWorkspace(t);
    const made = await t.request('POST', URL, { token: ws.token, body: { name: 'Setup' } });
    const url = `${URL}/${made.body.id as string}`;
    const retired = await t.request('PATCH', url, {
      token: ws.token,
      body: { active: false, unit: 'hour' },
      headers: { 'if-match': '"1"' },
    });
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect(retired.body).toMatchObject({ active: false, unit: 'hour', version: 2 });
    expect(retired.headers.etag).toBe('"2"');
    const stale = await t.request('PATCH', url, {
      token: ws.token,
      body: { name: 'Other' },
      headers: { 'if-match': '"1"' },
    });
    expectProblem(stale, 412, 'version_conflict');
    const list = await t.request('GET', URL, { token: ws.token });
    expect(list.body.items).toMatchObject([{ name: 'Setup', version: 2 }]);
  });

  it('refuses bad input with every bad field, and changes nothing', async () => {
    const ws = await freshWorkspace(t);
    const bad = await t.request('POST', URL, {
      token: ws.token,
      body: { name: ' ', sku: 'x'.repeat(101), active: 'yes', extra: 1 },
    });
    expectProblem(bad, 400, 'validation_failed');
    expect(errorPaths(bad)).toEqual(expect.arrayContaining(['name', 'sku', 'active']));
    expect((await t.request('GET', URL, { token: ws.token })).body.items).toEqual([]);
    expectProblem(
      await t.request('PATCH', `${URL}/${randomUUID()}`, { token: ws.token, body: { name: 'A' } }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('GET', `${URL}?active=maybe&limit=0`, { token: ws.token }),
      400,
      'validation_failed',
    );
  });

  it('lets a member read the catalogue but not change it', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    expectProblem(
      await t.request('POST', URL, { token: member.token, body: { name: 'Mine' } }),
      403,
      'forbidden',
    );
    const made = await t.request('POST', URL, { token: ws.token, body: { name: 'Ours' } });
    expectProblem(
      await t.request('PATCH', `${URL}/${made.body.id as string}`, {
        token: member.token,
        body: { active: false },
      }),
      403,
      'forbidden',
    );
    const read = await t.request('GET', URL, { token: member.token });
    expect(read.body.items).toMatchObject([{ name: 'Ours', active: true }]);
  });
});
