import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Company {
  id: string;
  name: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  industry: string | null;
  city: string | null;
  country: string | null;
  ownerId: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

interface Page {
  items: Company[];
  nextCursor: string | null;
}

async function createCompany(t: TestApp, token: string, body: Record<string, unknown>) {
  const answer = await t.request('POST', '/api/v1/companies', { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as unknown as Company;
}

async function list(t: TestApp, ws: WorkspaceFixture, query: string): Promise<Page> {
  const answer = await t.request('GET', `/api/v1/companies?${query}`, { token: ws.token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as Page;
}

async function names(t: TestApp, ws: WorkspaceFixture, q: string): Promise<string[]> {
  const page = await list(t, ws, `q=${encodeURIComponent(q)}`);
  return page.items.map((c) => c.name);
}

describeApi('companies API', (t) => {
  it('creates a company with every field, version 1, an ETag and the caller as owner', async () => {
    const ws = await freshWorkspace(t);
    const answer = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: {
        name: '  Acme Sp. z o.o. ',
        website: 'https://acme.pl',
        email: 'Biuro@ACME.pl',
        phone: '601 234 567',
        industry: 'Manufacturing',
        city: 'Łódź',
        country: 'PL',
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.etag).toBe('"1"');
    expect(answer.body).toMatchObject({
      name: 'Acme Sp. z o.o.',
      website: 'https://acme.pl',
      email: 'biuro@acme.pl',
      phone: '+48601234567',
      industry: 'Manufacturing',
      city: 'Łódź',
      country: 'PL',
      ownerId: ws.adminId,
      version: 1,
    });
    const id = answer.body.id as string;
    const got = await t.request('GET', `/api/v1/companies/${id}`, { token: ws.token });
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.body).toEqual(answer.body);
  });

  it('keeps a foreign number in its own country and refuses a nonsense phone', async () => {
    const ws = await freshWorkspace(t);
    const ru = await createCompany(t, ws.token, { name: 'Ромашка', phone: '+7 912 345-67-89' });
    expect(ru.phone).toBe('+79123456789');
    const bad = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Nonsense', phone: 'call me maybe' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.code).toBe('validation_failed');
    expect((bad.body.errors as { path: string }[])[0]?.path).toBe('phone');
    expect((await list(t, ws, '')).items.map((c) => c.name)).toEqual(['Ромашка']);
  });

  it('refuses a duplicate e-mail (any case) or phone (any format) with 409 and creates nothing', async () => {
    const ws = await freshWorkspace(t);
    const first = await createCompany(t, ws.token, {
      name: 'Original',
      email: 'sales@dup.pl',
      phone: '+48 601-234-567',
    });
    const byEmail = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Copy by e-mail', email: 'SALES@Dup.PL' },
    });
    expect(byEmail.status).toBe(409);
    expect(byEmail.body.code).toBe('duplicate');
    expect(byEmail.body.existing).toEqual({ kind: 'company', id: first.id, name: 'Original' });
    const byPhone = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Copy by phone', phone: '601234567' },
    });
    expect(byPhone.status).toBe(409);
    expect(byPhone.body.code).toBe('duplicate');
    expect(byPhone.body.existing).toEqual({ kind: 'company', id: first.id, name: 'Original' });
    expect((await list(t, ws, '')).items.map((c) => c.id)).toEqual([first.id]);

    // Another workspace may use the same e-mail and phone.
    const other = await freshWorkspace(t);
    const elsewhere = await createCompany(t, other.token, {
      name: 'Original elsewhere',
      email: 'sales@dup.pl',
      phone: '601 234 567',
    });
    expect(elsewhere.email).toBe('sales@dup.pl');
  });

  it('searches by name (any case, Polish and Cyrillic), e-mail and phone; % and _ are literal', async () => {
    const ws = await freshWorkspace(t);
    await createCompany(t, ws.token, { name: 'Fabryka Łódź', phone: '601 234 567' });
    await createCompany(t, ws.token, { name: 'ООО Москва-Сити', email: 'info@moscow.ru' });
    await createCompany(t, ws.token, { name: '100% Quality' });
    await createCompany(t, ws.token, { name: 'snake_case Ltd' });
    await createCompany(t, ws.token, { name: '1000 Quality' });
    await createCompany(t, ws.token, { name: 'snakeXcase Ltd' });

    expect(await names(t, ws, 'łÓdŹ')).toEqual(['Fabryka Łódź']);
    expect(await names(t, ws, 'москва')).toEqual(['ООО Москва-Сити']);
    expect(await names(t, ws, 'INFO@moscow')).toEqual(['ООО Москва-Сити']);
    expect(await names(t, ws, '+48 601-234-567')).toEqual(['Fabryka Łódź']);
    expect(await names(t, ws, '100%')).toEqual(['100% Quality']);
    expect(await names(t, ws, 'e_c')).toEqual(['snake_case Ltd']);
    expect(await names(t, ws, 'nothing like it')).toEqual([]);
  });

  it('pages with limit and nextCursor through every company once, in name order', async () => {
    const ws = await freshWorkspace(t);
    const all = ['delta', 'Alpha', 'charlie', 'Echo', 'bravo'];
    for (const name of all) await createCompany(t, ws.token, { name });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await list(t, ws, query);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['Alpha', 'bravo', 'charlie', 'delta', 'Echo']);
    expect(pages).toBe(3);

    const bad = await t.request('GET', '/api/v1/companies?cursor=not-a-cursor', {
      token: ws.token,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
  });

  it('updates with If-Match, refuses a stale version with 412 and leaves the record alone', async () => {
    const ws = await freshWorkspace(t);
    const c = await createCompany(t, ws.token, { name: 'Versioned', city: 'Kraków' });
    const url = `/api/v1/companies/${c.id}`;
    const ok = await t.request('PATCH', url, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { city: 'Gdańsk' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.body).toMatchObject({ city: 'Gdańsk', version: 2, name: 'Versioned' });

    const stale = await t.request('PATCH', url, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { city: 'Poznań' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');
    const after = await t.request('GET', url, { token: ws.token });
    expect(after.body).toMatchObject({ city: 'Gdańsk', version: 2 });

    const blind = await t.request('PATCH', url, { token: ws.token, body: { city: 'Poznań' } });
    expect(blind.status).toBe(200);
    expect(blind.body).toMatchObject({ city: 'Poznań', version: 3 });
  });

  it('clears fields with null or "", and refuses an edit that would duplicate another company', async () => {
    const ws = await freshWorkspace(t);
    const a = await createCompany(t, ws.token, { name: 'A', email: 'a@x.pl', phone: '601234567' });
    const b = await createCompany(t, ws.token, {
      name: 'B',
      email: 'b@x.pl',
      website: 'https://b.pl',
      industry: 'Retail',
    });
    const cleared = await t.request('PATCH', `/api/v1/companies/${b.id}`, {
      token: ws.token,
      body: { website: null, industry: '', email: '' },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ website: null, industry: null, email: null, name: 'B' });

    const dup = await t.request('PATCH', `/api/v1/companies/${b.id}`, {
      token: ws.token,
      body: { phone: '+48 601 234 567' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate');
    expect(dup.body.existing).toEqual({ kind: 'company', id: a.id, name: 'A' });
    const after = await t.request('GET', `/api/v1/companies/${b.id}`, { token: ws.token });
    expect(after.body).toMatchObject({ phone: null, version: 2 });
  });

  it('hides other workspaces: their ids are 404, their users cannot own; unknown fields are 400', async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const theirs = await createCompany(t, other.token, { name: 'Theirs' });
    const get = await t.request('GET', `/api/v1/companies/${theirs.id}`, { token: ws.token });
    expect(get.status).toBe(404);
    expect(get.body.code).toBe('not_found');
    const missing = await t.request('GET', `/api/v1/companies/${randomUUID()}`, {
      token: ws.token,
    });
    expect(missing.status).toBe(404);
    const patch = await t.request('PATCH', `/api/v1/companies/${theirs.id}`, {
      token: ws.token,
      body: { name: 'Hijacked' },
    });
    expect(patch.status).toBe(404);
    const still = await t.request('GET', `/api/v1/companies/${theirs.id}`, {
      token: other.token,
    });
    expect(still.body).toMatchObject({ name: 'Theirs', version: 1 });

    const foreignOwner = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Owned elsewhere', ownerId: other.adminId },
    });
    expect(foreignOwner.status).toBe(400);
    expect(foreignOwner.body.code).toBe('validation_failed');
    expect((foreignOwner.body.errors as { path: string }[])[0]?.path).toBe('ownerId');

    const extra = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Extra', vatId: 'PL123' },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('validation_failed');
    expect((await list(t, ws, '')).items).toEqual([]);
  });

  it('lets a member create and edit companies, owning them by default', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const created = await createCompany(t, member.token, { name: 'Member Co' });
    expect(created.ownerId).toBe(member.id);
    const edited = await t.request('PATCH', `/api/v1/companies/${created.id}`, {
      token: member.token,
      headers: { 'if-match': '1' },
      body: { name: 'Member Co 2' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Member Co 2', ownerId: member.id, version: 2 });
    // Handing it to someone else is a manager's call (issue 16); nothing changes.
    const handed = await t.request('PATCH', `/api/v1/companies/${created.id}`, {
      token: member.token,
      headers: { 'if-match': '2' },
      body: { name: 'Member Co 3', ownerId: ws.adminId },
    });
    expectProblem(handed, 403, 'forbidden');
    const company = await t.request('GET', `/api/v1/companies/${created.id}`, {
      token: member.token,
    });
    expect(company.body).toMatchObject({ name: 'Member Co 2', ownerId: member.id, version: 2 });
  });
});
