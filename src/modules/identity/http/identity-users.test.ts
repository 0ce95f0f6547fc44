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

describeApi('identity: adding and listing users', (t) => {
  it('lets an admin add a user with every membership field; the e-mail is stored lower-cased', async () => {
    const ws = await freshWorkspace(t);
    const teamId = await createTeam(t, ws);
    const suffix = unique();
    const created = await t.request('POST', '/api/v1/users', {
      token: ws.token,
      body: {
        email: `Olga.${suffix}@Example.TEST`,
        name: 'Olga Petrova',
        role: 'manager',
        salesRoles: ['hunter', 'closer'],
        teamId,
        leadLimit: 40,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const user = created.body as unknown as User;
    expect(user).toMatchObject({
      email: `olga.${suffix}@example.test`,
      name: 'Olga Petrova',
      locale: null,
      role: 'manager',
      salesRoles: ['hunter', 'closer'],
      teamId,
      leadLimit: 40,
      active: true,
      version: 1,
    });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(user.createdAt))).toBe(false);
    expect(created.body).not.toHaveProperty('passwordHash');
    expect(created.headers.etag).toBe('"1"');

    const fetched = await t.request('GET', `/api/v1/users/${user.id}`, { token: ws.token });
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(created.body);
    expect((await allUsers(t, ws.token)).map((u) => u.id)).toContain(user.id);
  });

  it('refuses members and managers with 403 and creates nobody', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    const before = await allUsers(t, ws.token);
    for (const token of [member.token, manager.token]) {
      const refused = await t.request('POST', '/api/v1/users', {
        token,
        body: {
          email: `sneaky-${unique()}@example.test`,
          name: 'Sneaky',
          role: 'admin',
          salesRoles: [],
        },
      });
      expectProblem(refused, 403, 'forbidden');
    }
    expect(await allUsers(t, ws.token)).toEqual(before);
  });

  it('lists every bad field with 400 validation_failed and creates nobody', async () => {
    const ws = await freshWorkspace(t);
    const before = await allUsers(t, ws.token);
    const bad = await t.request('POST', '/api/v1/users', {
      token: ws.token,
      body: {
        email: 'not-an-email',
        name: 'X',
        role: 'owner',
        salesRoles: ['hunter', 'wizard'],
        leadLimit: -1,
      },
    });
    expectProblem(bad, 400, 'validation_failed');
    expect(sortedErrorPaths(bad)).toEqual(['email', 'leadLimit', 'role', 'salesRoles.1']);
    expect(await allUsers(t, ws.token)).toEqual(before);
  });

  it('answers 409 duplicate for the same e-mail twice in a workspace, whatever its case', async () => {
    const ws = await freshWorkspace(t);
    const email = `dup-${unique()}@example.test`;
    const first = await t.request('POST', '/api/v1/users', {
      token: ws.token,
      body: { email, name: 'First', role: 'member', salesRoles: [] },
    });
    expect(first.status).toBe(201);
    const again = await t.request('POST', '/api/v1/users', {
      token: ws.token,
      body: { email: email.toUpperCase(), name: 'Second', role: 'admin', salesRoles: [] },
    });
    expectProblem(again, 409, 'duplicate');
    expect(again.body.existing).toMatchObject({ kind: 'user', id: first.body.id });
    const users = await allUsers(t, ws.token);
    expect(users.filter((u) => u.email === email)).toHaveLength(1);
    expect(users.find((u) => u.email === email)?.role).toBe('member');
  });

  it('never answers 500 when the same e-mail is added by concurrent requests', async () => {
    const a = await freshWorkspace(t);
    const b = await freshWorkspace(t);
    const email = `race-${unique()}@example.test`;
    const body = { email, name: 'Racer', role: 'member', salesRoles: [] };
    const same = await Promise.all(
      [1, 2, 3].map(() => t.request('POST', '/api/v1/users', { token: a.token, body })),
    );
    expect(same.map((x) => x.status).sort()).toEqual([201, 409, 409]);
    for (const refused of same.filter((x) => x.status === 409))
      expectProblem(refused, 409, 'duplicate');
    expect((await allUsers(t, a.token)).filter((u) => u.email === email)).toHaveLength(1);

    // Two workspaces adding the same new person at once: one creates the account, the other
    // (whose insert lost the race) invites it, as one account.
    const other = `race-${unique()}@example.test`;
    const both = await Promise.all(
      [a, b].map((ws) =>
        t.request('POST', '/api/v1/users', { token: ws.token, body: { ...body, email: other } }),
      ),
    );
    expect(both.map((x) => x.status).sort()).toEqual([201, 202]);
    const invited = both.find((x) => x.status === 202)!;
    expect(invited.body).toEqual({
      invitation: { id: expect.any(String), email: other, state: 'pending' },
    });
  });

  it('pages through all users with limit and nextCursor, without repeats or gaps', async () => {
    const ws = await freshWorkspace(t);
    for (let i = 0; i < 4; i++) await addMember(t, ws, 'member');
    const everyone = (await allUsers(t, ws.token)).map((u) => u.id);
    expect(everyone).toHaveLength(5);

    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await t.request('GET', `/api/v1/users?limit=2${query}`, { token: ws.token });
      expect(page.status).toBe(200);
      const ids = (page.body.items as User[]).map((u) => u.id);
      sizes.push(ids.length);
      seen.push(...ids);
      cursor = page.body.nextCursor as string | null;
    } while (cursor !== null && seen.length < 20);
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(everyone);

    expectProblem(
      await t.request('GET', '/api/v1/users?limit=0', { token: ws.token }),
      400,
      'validation_failed',
    );
    const badCursor = await t.request('GET', '/api/v1/users?cursor=garbage', { token: ws.token });
    expectProblem(badCursor, 400, 'validation_failed');
  });
});
