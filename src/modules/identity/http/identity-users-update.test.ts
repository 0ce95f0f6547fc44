import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { expectProblem, sortedErrorPaths } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface User {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  role: string;
  salesRoles: string[];
  teamId: string | null;
  leadLimit: number | null;
  active: boolean;
  createdAt: string;
  version: number;
}

const unique = () => randomBytes(4).toString('hex');

async function allUsers(t: TestApp, token: string): Promise<User[]> {
  const list = await t.request('GET', '/api/v1/users?limit=200', { token });
  expect(list.status).toBe(200);
  return list.body.items as User[];
}

async function createTeam(t: TestApp, ws: WorkspaceFixture, name = `Team ${unique()}`) {
  const team = await t.request('POST', '/api/v1/teams', { token: ws.token, body: { name } });
  expect(team.status).toBe(201);
  return team.body.id as string;
}

describeApi('identity: changing users', (t) => {
  it('updates a user under If-Match: the ETag moves on, a stale one is 412 and changes nothing', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const url = `/api/v1/users/${member.id}`;
    const before = await t.request('GET', url, { token: ws.token });
    const etag = before.headers.etag as string;
    expect(etag).toBe('"1"');

    const patched = await t.request('PATCH', url, {
      token: ws.token,
      body: { role: 'manager', salesRoles: ['account_manager'], leadLimit: 12 },
      headers: { 'if-match': etag },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({
      role: 'manager',
      salesRoles: ['account_manager'],
      leadLimit: 12,
    });
    expect(patched.headers.etag).toBe('"2"');

    const stale = await t.request('PATCH', url, {
      token: ws.token,
      body: { role: 'admin' },
      headers: { 'if-match': etag },
    });
    expectProblem(stale, 412, 'version_conflict');
    const after = await t.request('GET', url, { token: ws.token });
    expect(after.body).toEqual(patched.body);
    expect(after.headers.etag).toBe('"2"');
  });

  it("refuses the account's own fields (name, email, password, locale): 400, nothing changes", async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const url = `/api/v1/users/${member.id}`;
    const before = await t.request('GET', url, { token: ws.token });
    for (const field of [
      { name: 'Renamed' },
      { email: 'taken-over@example.test' },
      { password: 'a new password 1' },
      { locale: 'ru' },
    ]) {
      const refused = await t.request('PATCH', url, {
        token: ws.token,
        body: { role: 'manager', ...field },
      });
      expectProblem(refused, 400, 'validation_failed');
      expect(JSON.stringify(refused.body.errors)).toContain(Object.keys(field)[0]!);
    }
    expect((await t.request('GET', url, { token: ws.token })).body).toEqual(before.body);
    // Nor through PATCH /me with the token the admin issued for the person, nor by minting a
    // token of the person's own with it: only the person changes their name.
    const viaToken = await t.request('PATCH', '/api/v1/me', {
      token: member.token,
      body: { name: 'Renamed by the admin' },
    });
    expectProblem(viaToken, 403, 'forbidden');
    const minted = await t.request('POST', '/api/v1/tokens', {
      token: member.token,
      body: { name: 'Mine now' },
    });
    expectProblem(minted, 403, 'forbidden');
    expect((await t.request('GET', url, { token: ws.token })).body).toEqual(before.body);
    // The admin's own token (set-up issued it to them) changes the admin's own name.
    const own = await t.request('PATCH', '/api/v1/me', {
      token: ws.token,
      body: { name: 'My Own Name' },
    });
    expect((own.body.user as { name: string }).name).toBe('My Own Name');
  });

  it("deactivating revokes the member's tokens: reactivating does not revive them", async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const url = `/api/v1/users/${member.id}`;
    expect((await t.request('GET', '/api/v1/me', { token: member.token })).status).toBe(200);
    const off = await t.request('PATCH', url, { token: ws.token, body: { active: false } });
    expect(off.body).toMatchObject({ active: false });
    const on = await t.request('PATCH', url, { token: ws.token, body: { active: true } });
    expect(on.body).toMatchObject({ active: true });
    expectProblem(
      await t.request('GET', '/api/v1/me', { token: member.token }),
      401,
      'unauthenticated',
    );
    const tokens = await t.request('GET', '/api/v1/tokens', { token: ws.token });
    expect((tokens.body.items as { userId: string }[]).map((x) => x.userId)).not.toContain(
      member.id,
    );
    // A token issued after reactivation works.
    const fresh = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: 'again', userId: member.id },
    });
    expect(
      (await t.request('GET', '/api/v1/me', { token: fresh.body.token as string })).status,
    ).toBe(200);
  });

  it('keeps the last active admin: demoting or deactivating them is 409 last_admin', async () => {
    const ws = await freshWorkspace(t);
    const url = `/api/v1/users/${ws.adminId}`;
    expectProblem(
      await t.request('PATCH', url, { token: ws.token, body: { role: 'member' } }),
      409,
      'last_admin',
    );
    expectProblem(
      await t.request('PATCH', url, { token: ws.token, body: { active: false } }),
      409,
      'last_admin',
    );
    const still = await t.request('GET', '/api/v1/me', { token: ws.token });
    expect(still.body.user).toMatchObject({ role: 'admin', active: true });

    // With a second admin the first may step down.
    await addMember(t, ws, 'admin');
    const demoted = await t.request('PATCH', url, { token: ws.token, body: { role: 'member' } });
    expect(demoted.status).toBe(200);
    expect(demoted.body.role).toBe('member');
  });

  it('two admins demoting each other at once leave exactly one admin', async () => {
    const ws = await freshWorkspace(t);
    const second = await addMember(t, ws, 'admin');
    const [a, b] = await Promise.all([
      t.request('PATCH', `/api/v1/users/${second.id}`, {
        token: ws.token,
        body: { role: 'member' },
      }),
      t.request('PATCH', `/api/v1/users/${ws.adminId}`, {
        token: second.token,
        body: { role: 'member' },
      }),
    ]);
    // The loser is refused either by the last-admin check (409) or, when it authenticates after
    // the winner committed, because it is no longer an admin (403).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const admins = (await allUsers(t, a.status === 200 ? ws.token : second.token)).filter(
      (u) => u.role === 'admin' && u.active,
    );
    expect(admins).toHaveLength(1);
  });

  it("stops a deactivated user's token from working (401)", async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    expect((await t.request('GET', '/api/v1/me', { token: member.token })).status).toBe(200);
    const off = await t.request('PATCH', `/api/v1/users/${member.id}`, {
      token: ws.token,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expectProblem(
      await t.request('GET', '/api/v1/me', { token: member.token }),
      401,
      'unauthenticated',
    );
    expectProblem(
      await t.request('GET', '/api/v1/users', { token: member.token }),
      401,
      'unauthenticated',
    );
  });

  it("refuses another workspace's team as teamId with 400, on create and on update", async () => {
    const a = await freshWorkspace(t);
    const b = await freshWorkspace(t);
    const foreignTeam = await createTeam(t, a);
    const before = await allUsers(t, b.token);
    const created = await t.request('POST', '/api/v1/users', {
      token: b.token,
      body: {
        email: `t-${unique()}@example.test`,
        name: 'T',
        role: 'member',
        salesRoles: [],
        teamId: foreignTeam,
      },
    });
    expectProblem(created, 400, 'validation_failed');
    expect(sortedErrorPaths(created)).toEqual(['teamId']);
    expect(await allUsers(t, b.token)).toEqual(before);

    const member = await addMember(t, b, 'member');
    const patched = await t.request('PATCH', `/api/v1/users/${member.id}`, {
      token: b.token,
      body: { teamId: foreignTeam },
    });
    expectProblem(patched, 400, 'validation_failed');
    const after = await t.request('GET', `/api/v1/users/${member.id}`, { token: b.token });
    expect(after.body).toMatchObject({ teamId: null, version: 1 });
  });
});
