import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { freshWorkspace, type WorkspaceFixture } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

const unique = () => randomBytes(4).toString('hex');
const PASSWORD = 'their own password 1';

interface Person {
  id: string;
  email: string;
}

/** A person with a password who belongs only to `ws`. */
async function personIn(t: TestApp, ws: WorkspaceFixture, name: string): Promise<Person> {
  const email = `person-${unique()}@example.test`;
  const created = await t.request('POST', '/api/v1/users', {
    token: ws.token,
    body: { email, name, password: PASSWORD, role: 'member', salesRoles: [] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.id as string, email };
}

/** Signs in and answers the session cookie and the workspace the sign-in landed in. */
async function signIn(t: TestApp, email: string) {
  const login = await t.request('POST', '/api/v1/auth/login', {
    body: { email, password: PASSWORD },
  });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const me = await t.request('GET', '/api/v1/me', { cookie });
  return { cookie, workspaceId: (me.body.workspace as { id: string }).id, me: me.body };
}

function invite(t: TestApp, ws: WorkspaceFixture, email: string, extra = {}) {
  return t.request('POST', '/api/v1/users', {
    token: ws.token,
    body: { email, name: 'Whatever A Typed', role: 'member', salesRoles: [], ...extra },
  });
}

describeApi('identity: invitations across workspaces', (t) => {
  it('turns a takeover into an invitation: the foreign person stays untouched and invisible until they accept', async () => {
    const a = await freshWorkspace(t);
    const b = await freshWorkspace(t);
    const pat = await personIn(t, b, 'Pat Person');
    const first = await signIn(t, pat.email);
    expect(first.workspaceId).toBe(b.workspaceId);
    await t.request('PATCH', '/api/v1/me', { cookie: first.cookie, body: { locale: 'pl' } });
    const inB = await t.request('GET', `/api/v1/users/${pat.id}`, { token: b.token });
    expect(inB.body).toMatchObject({ name: 'Pat Person', locale: 'pl' });

    // A's admin types Pat's e-mail: 202 with only that e-mail, nothing of the account.
    const sent = await invite(t, a, pat.email.toUpperCase(), {
      name: 'Hijacked',
      password: 'attacker password 1',
      role: 'admin',
      salesRoles: ['closer'],
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(202);
    expect(sent.body).toEqual({
      invitation: { id: expect.any(String), email: pat.email, state: 'pending' },
    });
    const invitationId = (sent.body.invitation as { id: string }).id;
    expect(JSON.stringify(sent.body)).not.toContain(pat.id);

    // A cannot read, change or act as Pat; Pat is not among A's people.
    expectProblem(
      await t.request('GET', `/api/v1/users/${pat.id}`, { token: a.token }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('PATCH', `/api/v1/users/${pat.id}`, {
        token: a.token,
        body: { role: 'member' },
      }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('POST', '/api/v1/tokens', {
        token: a.token,
        body: { name: 'x', userId: pat.id },
      }),
      404,
      'not_found',
    );
    const people = await t.request('GET', '/api/v1/users', { token: a.token });
    expect((people.body.items as { id: string }[]).map((u) => u.id)).toEqual([a.adminId]);
    const pending = await t.request('GET', '/api/v1/workspace-invitations', { token: a.token });
    expect(pending.body.items).toEqual([
      {
        id: invitationId,
        email: pat.email,
        state: 'pending',
        role: 'admin',
        salesRoles: ['closer'],
        teamId: null,
        leadLimit: null,
        createdAt: expect.any(String),
      },
    ]);
    // Inviting twice answers like adding twice.
    const again = await invite(t, a, pat.email);
    expectProblem(again, 409, 'duplicate');
    expect(again.body.existing).toEqual({ kind: 'invitation', id: invitationId, name: pat.email });

    // Pat's account is unchanged in B, their password still theirs, and they land in B.
    expect((await t.request('GET', `/api/v1/users/${pat.id}`, { token: b.token })).body).toEqual(
      inB.body,
    );
    const next = await signIn(t, pat.email);
    expect(next.workspaceId).toBe(b.workspaceId);

    // Pat sees the invitation (only with their own session) and accepts it.
    const mine = await t.request('GET', '/api/v1/invitations', { cookie: next.cookie });
    expect(mine.body.items).toEqual([
      {
        id: invitationId,
        email: pat.email,
        state: 'pending',
        workspace: { id: a.workspaceId, name: expect.any(String) },
        invitedBy: { name: expect.any(String) },
        role: 'admin',
        createdAt: expect.any(String),
        answeredAt: null,
      },
    ]);
    const accepted = await t.request('POST', `/api/v1/invitations/${invitationId}/accept`, {
      cookie: next.cookie,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', answeredAt: expect.any(String) });
    expectProblem(
      await t.request('POST', `/api/v1/invitations/${invitationId}/accept`, {
        cookie: next.cookie,
      }),
      409,
      'invalid_transition',
    );
    expect(
      (await t.request('GET', '/api/v1/invitations', { cookie: next.cookie })).body.items,
    ).toEqual([]);

    // Now a member of A with the invited role, under their own name; B is as it was.
    const inA = await t.request('GET', `/api/v1/users/${pat.id}`, { token: a.token });
    expect(inA.body).toMatchObject({ name: 'Pat Person', role: 'admin', salesRoles: ['closer'] });
    expect((await t.request('GET', `/api/v1/users/${pat.id}`, { token: b.token })).body).toEqual(
      inB.body,
    );
    expect(
      (await t.request('GET', '/api/v1/workspace-invitations', { token: a.token })).body.items,
    ).toEqual([]);

    // They switch to A; their next sign-in lands there (last used), then back in B after a switch.
    const switched = await t.request('POST', '/api/v1/me/workspace', {
      cookie: next.cookie,
      body: { workspaceId: a.workspaceId },
    });
    expect((switched.body.workspace as { id: string }).id).toBe(a.workspaceId);
    const third = await signIn(t, pat.email);
    expect(third.workspaceId).toBe(a.workspaceId);
    await t.request('POST', '/api/v1/me/workspace', {
      cookie: third.cookie,
      body: { workspaceId: b.workspaceId },
    });
    expect((await signIn(t, pat.email)).workspaceId).toBe(b.workspaceId);
  });

  it('declining leaves nothing in the inviting workspace, which may invite again', async () => {
    const a = await freshWorkspace(t);
    const b = await freshWorkspace(t);
    const kim = await personIn(t, b, 'Kim Keep');
    const sent = await invite(t, a, kim.email);
    const id = (sent.body.invitation as { id: string }).id;
    const { cookie } = await signIn(t, kim.email);
    const declined = await t.request('POST', `/api/v1/invitations/${id}/decline`, { cookie });
    expect(declined.body).toMatchObject({ id, state: 'declined' });
    expectProblem(
      await t.request('POST', `/api/v1/invitations/${id}/accept`, { cookie }),
      409,
      'invalid_transition',
    );
    expectProblem(
      await t.request('GET', `/api/v1/users/${kim.id}`, { token: a.token }),
      404,
      'not_found',
    );
    const me = await t.request('GET', '/api/v1/me', { cookie });
    expect((me.body.workspaces as { id: string }[]).map((w) => w.id)).toEqual([b.workspaceId]);
    expect(
      (await t.request('GET', '/api/v1/workspace-invitations', { token: a.token })).body.items,
    ).toEqual([]);
    expect((await invite(t, a, kim.email)).status).toBe(202);
  });

  it('lets the admin withdraw an unanswered invitation: it can no longer be accepted', async () => {
    const a = await freshWorkspace(t);
    const b = await freshWorkspace(t);
    const lee = await personIn(t, b, 'Lee Later');
    const sent = await invite(t, a, lee.email);
    const id = (sent.body.invitation as { id: string }).id;
    const url = `/api/v1/workspace-invitations/${id}/withdraw`;
    const { cookie } = await signIn(t, lee.email);
    expect((await t.request('GET', '/api/v1/invitations', { cookie })).body.items).toHaveLength(1);

    expectProblem(await t.request('POST', url, { token: b.token }), 404, 'not_found');
    const withdrawn = await t.request('POST', url, { token: a.token });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body).toMatchObject({ id, email: lee.email, state: 'withdrawn' });
    expectProblem(await t.request('POST', url, { token: a.token }), 409, 'invalid_transition');

    expect((await t.request('GET', '/api/v1/invitations', { cookie })).body.items).toEqual([]);
    expectProblem(
      await t.request('POST', `/api/v1/invitations/${id}/accept`, { cookie }),
      409,
      'invalid_transition',
    );
    const me = await t.request('GET', '/api/v1/me', { cookie });
    expect((me.body.workspaces as { id: string }[]).map((w) => w.id)).toEqual([b.workspaceId]);
    const audit = await t.request('GET', '/api/v1/audit?action=invitation.withdrawn', {
      token: a.token,
    });
    expect(audit.body.items).toMatchObject([
      { action: 'invitation.withdrawn', subject: { kind: 'invitation', id, label: lee.email } },
    ]);
    // Withdrawn, the person may be invited again.
    expect((await invite(t, a, lee.email)).status).toBe(202);
  });

  it("shows and answers only the caller's own invitations, answering only in their own session", async () => {
    const a = await freshWorkspace(t);
    const b = await freshWorkspace(t);
    const pat = await personIn(t, b, 'Pat Own');
    const sam = await personIn(t, b, 'Sam Other');
    const sent = await invite(t, a, pat.email);
    const id = (sent.body.invitation as { id: string }).id;

    const samSession = await signIn(t, sam.email);
    expect(
      (await t.request('GET', '/api/v1/invitations', { cookie: samSession.cookie })).body.items,
    ).toEqual([]);
    const notTheirs = await t.request('POST', `/api/v1/invitations/${id}/accept`, {
      cookie: samSession.cookie,
    });
    expectProblem(notTheirs, 404, 'not_found');

    // A token B's admin issued to act as Pat may list (like GET /me) but not answer them.
    const asPat = await t.request('POST', '/api/v1/tokens', {
      token: b.token,
      body: { name: 'as Pat', userId: pat.id },
    });
    const token = asPat.body.token as string;
    const listed = await t.request('GET', '/api/v1/invitations', { token });
    expect((listed.body.items as { id: string }[]).map((i) => i.id)).toEqual([id]);
    expectProblem(
      await t.request('POST', `/api/v1/invitations/${id}/accept`, { token }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('GET', `/api/v1/users/${pat.id}`, { token: a.token }),
      404,
      'not_found',
    );
    const patSession = await signIn(t, pat.email);
    const mine = await t.request('GET', '/api/v1/invitations', { cookie: patSession.cookie });
    expect((mine.body.items as { id: string }[]).map((i) => i.id)).toEqual([id]);
    // The workspace list is for admins.
    const member = await t.request('GET', '/api/v1/workspace-invitations', {
      cookie: patSession.cookie,
    });
    expectProblem(member, 403, 'forbidden');
  });
});
