// The audit log's second round (issue 16): sessions ending and moving between workspaces, a
// workspace's birth, a prospect list imported and a lamp value typed by hand.
import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { entriesOf, PASSWORD, signIn } from '../../../server/test/audit-fixtures.ts';
import { ok } from '../../../server/test/sales-history.ts';

async function session(t: TestApp, email: string, address: string): Promise<string> {
  const login = await signIn(t, email, PASSWORD, address);
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  return login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

describeApi('the audit log also records', (t) => {
  it('a sign-out, from where, once', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member', { password: PASSWORD });
    const cookie = await session(t, member.email, '192.0.2.20');
    const out = await t.request('POST', '/api/v1/auth/logout', {
      cookie,
      remoteAddress: '192.0.2.21',
    });
    expect(out.status).toBe(204);
    await t.request('POST', '/api/v1/auth/logout', { cookie, remoteAddress: '192.0.2.21' });
    expect(await entriesOf(t, ws.token, 'auth.signed_out')).toEqual([
      expect.objectContaining({
        actorId: member.id,
        subject: { kind: 'user', id: member.id, label: null },
        ip: '192.0.2.21',
      }),
    ]);
  });

  it('a new workspace in its own log, and a switch into a workspace in the one entered', async () => {
    const ws = await freshWorkspace(t);
    const admin = await addMember(t, ws, 'admin', { password: PASSWORD });
    const cookie = await session(t, admin.email, '192.0.2.30');
    const created = await t.request('POST', '/api/v1/workspaces', {
      cookie,
      body: {
        name: 'Second shop',
        timezone: 'Europe/Warsaw',
        currency: 'PLN',
        locale: 'pl',
        template: 'empty',
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const secondId = (created.body.workspace as { id: string }).id;
    const secondToken = created.body.apiToken as string;
    expect(await entriesOf(t, secondToken, 'workspace.created')).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        subject: { kind: 'workspace', id: secondId, label: 'Second shop' },
      }),
    ]);
    expect(await entriesOf(t, ws.token, 'workspace.created')).toEqual([]);

    const switched = await t.request('POST', '/api/v1/me/workspace', {
      cookie,
      body: { workspaceId: secondId },
    });
    expect(switched.status, JSON.stringify(switched.body)).toBe(200);
    expect(await entriesOf(t, secondToken, 'auth.workspace_switched')).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        subject: { kind: 'user', id: admin.id, label: admin.email },
      }),
    ]);
    expect(await entriesOf(t, ws.token, 'auth.workspace_switched')).toEqual([]);
  });

  it('a prospect list imported, with its counts and no row of it', async () => {
    const ws = await freshWorkspace(t);
    const csv = 'Name,Email\nOlga Nowak,olga@example.com\nJan Kowalski,not-an-email\nEwa Lis,\n';
    const result = await ok(t, 'POST', '/api/v1/leads/imports', ws.token, {
      csv,
      campaign: 'fair-2026',
    });
    const entries = await entriesOf(t, ws.token, 'prospects.imported');
    expect(entries).toEqual([
      expect.objectContaining({
        subject: { kind: 'prospect_import', id: result.importId, label: 'fair-2026' },
        details: {
          imported: result.imported,
          queued: result.queued,
          skipped: result.invalidRows,
        },
      }),
    ]);
    expect(JSON.stringify(entries)).not.toContain('olga@example.com');
  });

  it('a lamp value entered by hand, and its removal', async () => {
    t.clock.set('2026-11-25T12:00:00Z');
    const ws = await freshWorkspace(t);
    const group = await ok(t, 'POST', '/api/v1/process-map/groups', ws.token, {
      name: 'Service',
      kind: 'service',
      mode: 'triggered',
      trigger: 'deal.won',
    });
    const lamp = await ok(t, 'POST', '/api/v1/lamps', ws.token, {
      groupId: group.id,
      position: 'end',
      name: 'NPS',
      metric: { manual: true },
      thresholds: { direction: 'higher_is_better', green: 50, amber: 30 },
    });
    const url = `/api/v1/lamps/${lamp.id}/readings/2026-W47`;
    await ok(t, 'PUT', url, ws.token, { value: 42 });
    await ok(t, 'PUT', url, ws.token, { value: null });
    const entries = await entriesOf(t, ws.token, 'lamp.reading_recorded');
    expect(entries.map((entry) => [entry.subject, entry.details])).toEqual([
      [
        { kind: 'lamp', id: lamp.id, label: 'NPS' },
        { week: '2026-W47', value: null },
      ],
      [
        { kind: 'lamp', id: lamp.id, label: 'NPS' },
        { week: '2026-W47', value: 42 },
      ],
    ]);
  });
});
