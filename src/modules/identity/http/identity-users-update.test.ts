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
      body: { role: 'manager', salesRoles: ['account_manager'], leadLimit: 12, name: 'Renamed' },
      headers: { 'if-match': etag },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({
      role: 'manager',
      salesRoles: ['account_manager'],
      leadLimit: 12,
      name: 'Renamed',
    });
    expect(patched.headers.etag).toBe('"2"');

    const stale = await t.request('PATCH', url, {
      token: ws.token,
      body: { role: 'admin', name: 'Stale write' },
      headers: { 'if-match': etag },
    });
    expectProblem(stale, 412, 'version_conflict');
    const after = await t.request('GET', url, { token: ws.token });
    expect(after.body).toEqual(patched.body);
    expect(after.headers.etag).toBe('"2"');
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
