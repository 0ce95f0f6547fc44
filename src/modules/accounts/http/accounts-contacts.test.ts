import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Contact {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  companyId: string | null;
  ownerId: string | null;
  version: number;
}

async function create(t: TestApp, token: string, kind: string, body: Record<string, unknown>) {
  const answer = await t.request('POST', `/api/v1/${kind}`, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as unknown as Contact;
}

async function names(t: TestApp, ws: WorkspaceFixture, query: string): Promise<string[]> {
  const answer = await t.request('GET', `/api/v1/contacts?${query}`, { token: ws.token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body.items as Contact[]).map((c) => c.name);
}

const q = (text: string) => `q=${encodeURIComponent(text)}`;

describeApi('contacts API', (t) => {
  it('creates a contact with every field, normalised, version 1, owned by the caller', async () => {
    const ws = await freshWorkspace(t);
    const company = await create(t, ws.token, 'companies', { name: 'Acme' });
    const answer = await t.request('POST', '/api/v1/contacts', {
      token: ws.token,
      body: {
        name: 'Jan Kowalski',
        email: 'Jan.Kowalski@Acme.PL',
        phone: '601 234 567',
        jobTitle: 'CEO',
        companyId: company.id,
      },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.etag).toBe('"1"');
    expect(answer.body).toMatchObject({
      name: 'Jan Kowalski',
      email: 'jan.kowalski@acme.pl',
      phone: '+48601234567',
      jobTitle: 'CEO',
      companyId: company.id,
      ownerId: ws.adminId,
      version: 1,
    });
    const got = await t.request('GET', `/api/v1/contacts/${answer.body.id as string}`, {
      token: ws.token,
    });
    expect(got.status).toBe(200);
    expect(got.body).toEqual(answer.body);

    const ru = await create(t, ws.token, 'contacts', { name: 'Иван', phone: '+7 912 345-67-89' });
    expect(ru.phone).toBe('+79123456789');
    const bad = await t.request('POST', '/api/v1/contacts', {
      token: ws.token,
      body: { name: 'Bad phone', phone: '12' },
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { path: string }[])[0]?.path).toBe('phone');
  });

  it('refuses duplicates by e-mail or phone with 409 naming the existing contact', async () => {
    const ws = await freshWorkspace(t);
    const first = await create(t, ws.token, 'contacts', {
      name: 'Anna',
      email: 'anna@firma.pl',
      phone: '+48 601-234-567',
    });
    for (const body of [
      { name: 'Anna 2', email: 'ANNA@Firma.pl' },
      { name: 'Anna 3', phone: '601234567' },
    ]) {
      const dup = await t.request('POST', '/api/v1/contacts', { token: ws.token, body });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('duplicate');
      expect(dup.body.existing).toEqual({ kind: 'contact', id: first.id, name: 'Anna' });
    }
    expect(await names(t, ws, '')).toEqual(['Anna']);

    // A company with the same e-mail is not a duplicate contact, nor is another workspace's.
    await create(t, ws.token, 'companies', { name: 'Firma', email: 'anna@firma.pl' });
    const other = await freshWorkspace(t);
    await create(t, other.token, 'contacts', { name: 'Anna there', email: 'anna@firma.pl' });
  });

  it('lists by company and searches by name, e-mail and phone in another format', async () => {
    const ws = await freshWorkspace(t);
    const acme = await create(t, ws.token, 'companies', { name: 'Acme' });
    const other = await create(t, ws.token, 'companies', { name: 'Other' });
    await create(t, ws.token, 'contacts', { name: 'Łukasz Żółw', companyId: acme.id });
    await create(t, ws.token, 'contacts', {
      name: 'Ольга Петрова',
      companyId: acme.id,
      phone: '+7 912 345-67-89',
    });
    await create(t, ws.token, 'contacts', {
      name: 'Piotr',
      companyId: other.id,
      email: 'piotr@other.pl',
    });
    await create(t, ws.token, 'contacts', { name: 'Nobody_s' });

    expect(await names(t, ws, `companyId=${acme.id}`)).toEqual(['Łukasz Żółw', 'Ольга Петрова']);
    expect(await names(t, ws, `companyId=${other.id}`)).toEqual(['Piotr']);
    expect(await names(t, ws, q('ŻÓŁW'))).toEqual(['Łukasz Żółw']);
    expect(await names(t, ws, q('петров'))).toEqual(['Ольга Петрова']);
    expect(await names(t, ws, q('PIOTR@other'))).toEqual(['Piotr']);
    expect(await names(t, ws, q('+79123456789'))).toEqual(['Ольга Петрова']);
    expect(await names(t, ws, q('y_s'))).toEqual(['Nobody_s']);
    expect(await names(t, ws, q('%'))).toEqual([]);
    expect(await names(t, ws, `companyId=${acme.id}&${q('piotr')}`)).toEqual([]);
  });

  it('refuses a company or owner from another workspace as 400 and creates nothing', async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const theirCompany = await create(t, other.token, 'companies', { name: 'Theirs' });
    const byCompany = await t.request('POST', '/api/v1/contacts', {
      token: ws.token,
      body: { name: 'Cross', companyId: theirCompany.id },
    });
    expect(byCompany.status).toBe(400);
    expect(byCompany.body.code).toBe('validation_failed');
    expect((byCompany.body.errors as { path: string }[])[0]?.path).toBe('companyId');
    const byOwner = await t.request('POST', '/api/v1/contacts', {
      token: ws.token,
      body: { name: 'Cross', ownerId: other.adminId },
    });
    expect(byOwner.status).toBe(400);
    expect((byOwner.body.errors as { path: string }[])[0]?.path).toBe('ownerId');
    expect(await names(t, ws, '')).toEqual([]);

    const mine = await create(t, ws.token, 'contacts', { name: 'Mine' });
    const moved = await t.request('PATCH', `/api/v1/contacts/${mine.id}`, {
      token: ws.token,
      body: { companyId: theirCompany.id },
    });
    expect(moved.status).toBe(400);
    expect((moved.body.errors as { path: string }[])[0]?.path).toBe('companyId');

    const theirContact = await create(t, other.token, 'contacts', { name: 'Their contact' });
    for (const id of [theirContact.id, randomUUID()]) {
      const get = await t.request('GET', `/api/v1/contacts/${id}`, { token: ws.token });
      expect(get.status).toBe(404);
      expect(get.body.code).toBe('not_found');
    }
    const patch = await t.request('PATCH', `/api/v1/contacts/${theirContact.id}`, {
      token: ws.token,
      body: { name: 'Hijacked' },
    });
    expect(patch.status).toBe(404);
    const extra = await t.request('POST', '/api/v1/contacts', {
      token: ws.token,
      body: { name: 'Extra', linkedin: 'x' },
    });
    expect(extra.status).toBe(400);
    expect(await names(t, ws, '')).toEqual(['Mine']);
  });

  it('edits with If-Match: 412 on a stale version, 409 on a duplicate, clears with null or ""', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const company = await create(t, ws.token, 'companies', { name: 'Acme' });
    await create(t, ws.token, 'contacts', { name: 'Taken', email: 'taken@acme.pl' });
    const c = await create(t, member.token, 'contacts', {
      name: 'Ewa',
      jobTitle: 'CFO',
      phone: '601 234 567',
      companyId: company.id,
    });
    expect(c.ownerId).toBe(member.id);
    const url = `/api/v1/contacts/${c.id}`;

    const ok = await t.request('PATCH', url, {
      token: member.token,
      headers: { 'if-match': '"1"' },
      body: { jobTitle: '', companyId: null, phone: null },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.body).toMatchObject({ jobTitle: null, companyId: null, phone: null, version: 2 });

    const stale = await t.request('PATCH', url, {
      token: member.token,
      headers: { 'if-match': '"1"' },
      body: { name: 'Ewa Stale' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('version_conflict');

    const dup = await t.request('PATCH', url, {
      token: member.token,
      body: { email: 'TAKEN@acme.pl' },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('duplicate');

    const after = await t.request('GET', url, { token: ws.token });
    expect(after.body).toMatchObject({ name: 'Ewa', email: null, version: 2 });
  });
});
