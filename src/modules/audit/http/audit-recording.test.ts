// What each kind of change leaves in the audit log (ADR 029): exactly the expected entry.
import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi } from '../../../server/test/test-app.ts';
import { auditPage, entriesOf, PASSWORD, signIn } from '../../../server/test/audit-fixtures.ts';
import { fetchFile } from '../../../server/test/sales-history.ts';

describeApi('the audit log records', (t) => {
  it('a sign-in: who, from where, in the workspace it landed in', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member', { password: PASSWORD });
    expect((await signIn(t, member.email, PASSWORD, '192.0.2.10')).status).toBe(200);
    const entries = await entriesOf(t, ws.token, 'auth.signed_in');
    expect(entries).toEqual([
      {
        id: expect.any(String),
        at: expect.any(String),
        actorId: member.id,
        action: 'auth.signed_in',
        subject: { kind: 'user', id: member.id, label: member.email },
        ip: '192.0.2.10',
        details: {},
      },
    ]);
  });

  it("a failed sign-in in each of the account's workspaces; an unknown e-mail nowhere", async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member', { password: PASSWORD });
    // The same person joins a second workspace by invitation.
    const invited = await t.request('POST', '/api/v1/users', {
      token: other.token,
      body: { email: member.email, name: 'Whoever', role: 'member', salesRoles: [] },
    });
    expect(invited.status).toBe(202);
    const invitationId = (invited.body.invitation as { id: string }).id;
    // Answering an invitation needs the person's own session.
    const login = await signIn(t, member.email, PASSWORD, '192.0.2.11');
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const accepted = await t.request('POST', `/api/v1/invitations/${invitationId}/accept`, {
      cookie,
    });
    expect(accepted.status).toBe(200);
    expect((await entriesOf(t, other.token, 'invitation.sent'))[0]).toMatchObject({
      actorId: other.adminId,
      subject: { kind: 'invitation', id: invitationId, label: member.email },
    });
    expect((await entriesOf(t, other.token, 'invitation.accepted'))[0]).toMatchObject({
      actorId: member.id,
      subject: { kind: 'invitation', id: invitationId },
    });
    expect(await entriesOf(t, ws.token, 'invitation.accepted')).toEqual([]);

    expect((await signIn(t, member.email, 'wrong', '198.51.100.20')).status).toBe(401);
    for (const workspace of [ws, other]) {
      const failed = await entriesOf(t, workspace.token, 'auth.sign_in_failed');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        actorId: null,
        subject: { kind: 'user', id: member.id },
        ip: '198.51.100.20',
        details: {},
      });
      expect(JSON.stringify(failed)).not.toContain('wrong');
    }
    const before = (await auditPage(t, ws.token)).items.length;
    expect((await signIn(t, 'nobody-at-all@example.test', 'x', '198.51.100.21')).status).toBe(401);
    expect((await auditPage(t, ws.token)).items).toHaveLength(before);
  });

  it('a throttled sign-in apart from the failures before it', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member', { password: PASSWORD });
    const attacker = '203.0.113.30';
    expect((await signIn(t, member.email, 'guess 1', attacker)).status).toBe(401);
    expect((await signIn(t, member.email, 'guess 2', attacker)).status).toBe(401);
    expect((await signIn(t, member.email, PASSWORD, attacker)).status).toBe(429);
    expect(await entriesOf(t, ws.token, 'auth.sign_in_failed')).toHaveLength(2);
    const throttled = await entriesOf(t, ws.token, 'auth.sign_in_throttled');
    expect(throttled).toHaveLength(1);
    expect(throttled[0]).toMatchObject({ subject: { id: member.id }, ip: attacker });
    expect(await entriesOf(t, ws.token, 'auth.signed_in')).toEqual([]);
  });

  it('a token issued and revoked, never the token itself', async () => {
    const ws = await freshWorkspace(t);
    const issued = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: 'Zapier' },
    });
    expect(issued.status).toBe(201);
    const tokenId = issued.body.id as string;
    const revoked = await t.request('DELETE', `/api/v1/tokens/${tokenId}`, { token: ws.token });
    expect(revoked.status).toBe(204);
    const subject = { kind: 'token', id: tokenId, label: 'Zapier' };
    expect(await entriesOf(t, ws.token, 'token.issued')).toEqual([
      expect.objectContaining({
        actorId: ws.adminId,
        subject,
        details: { userId: ws.adminId, scopes: ['api'] },
      }),
    ]);
    expect(await entriesOf(t, ws.token, 'token.revoked')).toEqual([
      expect.objectContaining({ subject, details: { userId: ws.adminId } }),
    ]);
    const everything = JSON.stringify(await auditPage(t, ws.token));
    expect(everything).not.toContain(issued.body.token as string);
    expect(everything).not.toContain(ws.token);
  });

  it('a role change, from and to', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const changed = await t.request('PATCH', `/api/v1/users/${member.id}`, {
      token: ws.token,
      body: { role: 'manager' },
    });
    expect(changed.status).toBe(200);
    expect(await entriesOf(t, ws.token, 'member.role_changed')).toEqual([
      expect.objectContaining({
        actorId: ws.adminId,
        subject: { kind: 'user', id: member.id, label: member.email },
        details: { from: 'member', to: 'manager' },
      }),
    ]);
    expect(await entriesOf(t, ws.token, 'member.updated')).toEqual([]);
  });

  it('a pipeline created and changed, with the fields changed', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/pipelines', {
      token: ws.token,
      body: { name: 'New business', stages: [{ name: 'A' }, { name: 'B' }] },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const renamed = await t.request('PATCH', `/api/v1/pipelines/${id}`, {
      token: ws.token,
      body: { name: 'Renewals' },
    });
    expect(renamed.status).toBe(200);
    expect(await entriesOf(t, ws.token, 'pipeline.created')).toEqual([
      expect.objectContaining({
        subject: { kind: 'pipeline', id, label: 'New business' },
        details: { stages: 2 },
      }),
    ]);
    expect(await entriesOf(t, ws.token, 'pipeline.updated')).toEqual([
      expect.objectContaining({
        subject: { kind: 'pipeline', id, label: 'Renewals' },
        details: { fields: ['name'], stagesBefore: 2, stagesAfter: 2 },
      }),
    ]);
  });

  it('a gate override with its written reason', async () => {
    const ws = await freshWorkspace(t);
    const pipeline = await t.request('POST', '/api/v1/pipelines', {
      token: ws.token,
      body: {
        name: 'Gated',
        stages: [{ name: 'A', exitCriteria: [{ kind: 'check', label: 'Budget' }] }, { name: 'B' }],
      },
    });
    const stages = pipeline.body.stages as { id: string }[];
    const deal = await t.request('POST', '/api/v1/deals', {
      token: ws.token,
      body: { title: 'ACME', pipelineId: pipeline.body.id },
    });
    const plain = await t.request('POST', `/api/v1/deals/${deal.body.id as string}/move`, {
      token: ws.token,
      body: { stageId: stages[1]!.id },
    });
    expect(plain.body.code).toBe('stage_gate_unmet');
    const moved = await t.request('POST', `/api/v1/deals/${deal.body.id as string}/move`, {
      token: ws.token,
      body: { stageId: stages[1]!.id, override: { reason: 'Signed at the fair' } },
    });
    expect(moved.status).toBe(200);
    expect(await entriesOf(t, ws.token, 'deal.gate_overridden')).toEqual([
      expect.objectContaining({
        actorId: ws.adminId,
        subject: { kind: 'deal', id: deal.body.id, label: 'ACME' },
        details: {
          on: 'move',
          reason: 'Signed at the fair',
          stageId: stages[1]!.id,
          unmet: ['Budget', 'Next activity planned'],
        },
      }),
    ]);
  });

  it('a report downloaded as a file, not one read as JSON', async () => {
    const ws = await freshWorkspace(t);
    const json = await t.request('GET', '/api/v1/reports/stuck', { token: ws.token });
    expect(json.status).toBe(200);
    expect(await entriesOf(t, ws.token, 'export.downloaded')).toEqual([]);
    const file = await fetchFile(
      t,
      '/api/v1/reports/people?format=xlsx&from=2026-01-01&to=2026-03-31',
      ws.token,
    );
    expect(file.status).toBe(200);
    expect(await entriesOf(t, ws.token, 'export.downloaded')).toEqual([
      expect.objectContaining({
        actorId: ws.adminId,
        subject: { kind: 'report', id: 'people', label: null },
        details: {
          format: 'xlsx',
          from: '2026-01-01',
          to: '2026-03-31',
          pipelineId: null,
          ownerId: null,
          teamId: null,
        },
      }),
    ]);
  });
});
