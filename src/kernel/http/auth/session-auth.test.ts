import { expect, it } from 'vitest';
import { startSession } from '../../../modules/identity/app/sessions.ts';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

/** A session cookie for the user, as logging in would give it (without hashing a password). */
async function sessionCookie(t: TestApp, workspaceId: string, userId: string, at = new Date()) {
  const { token } = await t.runner.runPublic(
    (_input: void, { tx }) => startSession(tx, workspaceId, userId, at),
    undefined,
  );
  return `${SESSION_COOKIE}=${token}`;
}

describeApi('authentication by session cookie (one statement)', (t) => {
  it('acts as the member while active, and refuses the cookie once deactivated', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const cookie = await sessionCookie(t, ws.workspaceId, member.id);
    const me = await t.request('GET', '/api/v1/me', { cookie });
    expect(me.status, JSON.stringify(me.body)).toBe(200);
    expect(JSON.stringify(me.body)).toContain(member.id);
    // A member may not manage users: the role comes from the membership.
    expectProblem(
      await t.request('POST', '/api/v1/users', {
        cookie,
        body: { email: 'x@example.test', name: 'X', role: 'member', salesRoles: [] },
      }),
      403,
      'forbidden',
    );
    const off = await t.request('PATCH', `/api/v1/users/${member.id}`, {
      token: ws.token,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expectProblem(await t.request('GET', '/api/v1/me', { cookie }), 401, 'unauthenticated');
  });

  it('refuses an expired session and an unknown cookie', async () => {
    const ws = await freshWorkspace(t);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    const expired = await sessionCookie(t, ws.workspaceId, ws.adminId, longAgo);
    expectProblem(
      await t.request('GET', '/api/v1/me', { cookie: expired }),
      401,
      'unauthenticated',
    );
    expectProblem(
      await t.request('GET', '/api/v1/me', { cookie: `${SESSION_COOKIE}=not-a-session` }),
      401,
      'unauthenticated',
    );
  });
});
