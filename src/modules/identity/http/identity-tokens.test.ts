import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { addMember, freshWorkspace, signInCookie } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, TEST_ORIGIN, type TestApp } from '../../../server/test/test-app.ts';

interface Token {
  id: string;
  name: string;
  userId: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
}

async function listTokens(t: TestApp, token: string): Promise<Token[]> {
  const list = await t.request('GET', '/api/v1/tokens', { token });
  expect(list.status).toBe(200);
  return list.body.items as Token[];
}

/** Token ids (lastUsedAt moves with every use, so lists are compared by id). */
async function tokenIds(t: TestApp, token: string): Promise<string[]> {
  return (await listTokens(t, token)).map((i) => i.id).sort();
}

async function meOf(t: TestApp, token: string) {
  const me = await t.request('GET', '/api/v1/me', { token });
  expect(me.status, JSON.stringify(me.body)).toBe(200);
  return me.body as { user: { id: string; email: string }; workspace: { id: string } };
}

describeApi('identity: API tokens', (t) => {
  it('shows the secret once on creation and never in the list; the new token authenticates', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: 'Zapier' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const secret = created.body.token as string;
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(created.body).toMatchObject({
      name: 'Zapier',
      userId: ws.adminId,
      scopes: ['api'],
      lastUsedAt: null,
    });

    const listed = await t.request('GET', '/api/v1/tokens', { token: ws.token });
    expect(listed.status).toBe(200);
    const items = listed.body.items as Token[];
    const mine = items.find((i) => i.id === created.body.id);
    expect(mine).toMatchObject({ name: 'Zapier', userId: ws.adminId, scopes: ['api'] });
    expect(mine).not.toHaveProperty('token');
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const me = await meOf(t, secret);
    expect(me.user.id).toBe(ws.adminId);
    expect(me.workspace.id).toBe(ws.workspaceId);
    // Using it is recorded.
    const used = (await listTokens(t, ws.token)).find((i) => i.id === created.body.id);
    expect(used?.lastUsedAt).not.toBeNull();
  });

  it('validates the body: empty name and unknown scope are 400', async () => {
    const ws = await freshWorkspace(t);
    const before = await tokenIds(t, ws.token);
    const bad = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: '  ', scopes: ['root'] },
    });
    expectProblem(bad, 400, 'validation_failed');
    expect((bad.body.errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'name',
      'scopes.0',
    ]);
    expect(await tokenIds(t, ws.token)).toEqual(before);
  });

  it('lets an admin issue a token for another user, which then acts as that user', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const issued = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: 'Integration', userId: member.id },
    });
    expect(issued.status).toBe(201);
    expect(issued.body.userId).toBe(member.id);
    const me = await meOf(t, issued.body.token as string);
    expect(me.user).toMatchObject({ id: member.id, email: member.email });
    // It carries the member's rights, not the issuing admin's.
    const asMember = await t.request('POST', '/api/v1/teams', {
      token: issued.body.token as string,
      body: { name: 'Not allowed' },
    });
    expectProblem(asMember, 403, 'forbidden');
  });

  it('refuses a member issuing a token for someone else (403), but lets them issue their own', async () => {
    const ws = await freshWorkspace(t);
    const password = 'a long password 1';
    const member = await addMember(t, ws, 'member', { password });
    const before = await tokenIds(t, ws.token);
    const refused = await t.request('POST', '/api/v1/tokens', {
      token: member.token,
      body: { name: 'Admin for me', userId: ws.adminId },
    });
    expectProblem(refused, 403, 'forbidden');
    expect(await tokenIds(t, ws.token)).toEqual(before);

    // The admin issued `member.token` for the person: with it, no token of the person's own
    // (ADR 026). Signed in, the person issues their own.
    expectProblem(
      await t.request('POST', '/api/v1/tokens', { token: member.token, body: { name: 'Mine' } }),
      403,
      'forbidden',
    );
    const signedIn = await signInCookie(t, member.email, password);
    const own = await t.request('POST', '/api/v1/tokens', {
      cookie: signedIn,
      headers: { origin: TEST_ORIGIN },
      body: { name: 'Mine' },
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.userId).toBe(member.id);
    // A member sees only their own tokens.
    const visible = await listTokens(t, member.token);
    expect(visible.length).toBeGreaterThanOrEqual(2);
    expect(visible.every((i) => i.userId === member.id)).toBe(true);
  });

  it('limits a telephony-scoped token to the telephony webhook: 403 on the API', async () => {
    const ws = await freshWorkspace(t);
    const issued = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: 'PBX', scopes: ['integrations:telephony'] },
    });
    expect(issued.status).toBe(201);
    expect(issued.body.scopes).toEqual(['integrations:telephony']);
    const telephony = issued.body.token as string;
    expectProblem(
      await t.request('GET', '/api/v1/companies', { token: telephony }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('POST', '/api/v1/users', {
        token: telephony,
        body: { email: 'pbx-made@example.test', name: 'PBX', role: 'admin', salesRoles: [] },
      }),
      403,
      'forbidden',
    );
    expect((await t.request('GET', '/api/v1/companies', { token: ws.token })).status).toBe(200);
  });

  it('revokes a token with DELETE: it stops working and leaves the list', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: 'Temp' },
    });
    const secret = created.body.token as string;
    expect((await t.request('GET', '/api/v1/me', { token: secret })).status).toBe(200);

    const revoked = await t.request('DELETE', `/api/v1/tokens/${created.body.id as string}`, {
      token: ws.token,
    });
    expect(revoked.status).toBe(204);
    expectProblem(await t.request('GET', '/api/v1/me', { token: secret }), 401, 'unauthenticated');
    expect((await listTokens(t, ws.token)).map((i) => i.id)).not.toContain(created.body.id);
    // The admin's own token is untouched.
    expect((await t.request('GET', '/api/v1/me', { token: ws.token })).status).toBe(200);
  });

  it("does not let a member revoke the admin's token (it reads as absent)", async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const adminToken = (await listTokens(t, ws.token)).find((i) => i.userId === ws.adminId);
    expect(adminToken).toBeDefined();
    const refused = await t.request('DELETE', `/api/v1/tokens/${adminToken!.id}`, {
      token: member.token,
    });
    expectProblem(refused, 404, 'not_found');
    expect((await t.request('GET', '/api/v1/me', { token: ws.token })).status).toBe(200);
  });

  it('stores tokens hashed: the secret appears nowhere in the api_tokens table', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: 'Hashed' },
    });
    const secret = created.body.token as string;
    const result = (await t.database.db.execute(
      sql`select * from api_tokens where workspace_id = ${ws.workspaceId}`,
    )) as unknown as { rows: Record<string, unknown>[] };
    const row = result.rows.find((r) => r.id === created.body.id);
    expect(row).toBeDefined();
    expect(row!.name).toBe('Hashed');
    const dump = JSON.stringify(result.rows);
    expect(dump).not.toContain(secret);
    // Not even the random part without its prefix.
    expect(dump).not.toContain(secret.slice(-24));
  });
});
