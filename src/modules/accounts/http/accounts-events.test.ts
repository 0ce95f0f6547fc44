import { and, asc, eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { eventRollups, events } from '../../../kernel/db/schema/events.ts';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

const ACCOUNT_TYPES = ['company.created', 'company.updated', 'contact.created', 'contact.updated'];

async function accountEvents(t: TestApp, workspaceId: string) {
  return t.database.db
    .select()
    .from(events)
    .where(and(eq(events.workspaceId, workspaceId), inArray(events.type, ACCOUNT_TYPES)))
    .orderBy(asc(events.occurredAt), asc(events.recordedAt));
}

async function rollupCounts(t: TestApp, workspaceId: string) {
  const rows = await t.database.db
    .select()
    .from(eventRollups)
    .where(
      and(eq(eventRollups.workspaceId, workspaceId), inArray(eventRollups.type, ACCOUNT_TYPES)),
    );
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.type] = (counts[r.type] ?? 0) + r.count;
  return counts;
}

describeApi('accounts write the event log', (t) => {
  it('records company and contact facts with actor, subjects and owner, and rolls them up', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const company = await t.request('POST', '/api/v1/companies', {
      token: ws.token,
      body: { name: 'Logged Co', ownerId: member.id },
    });
    expect(company.status).toBe(201);
    const companyId = company.body.id as string;
    const patched = await t.request('PATCH', `/api/v1/companies/${companyId}`, {
      token: member.token,
      body: { city: 'Wrocław' },
    });
    expect(patched.status).toBe(200);
    const contact = await t.request('POST', '/api/v1/contacts', {
      token: member.token,
      body: { name: 'Logged Person', companyId },
    });
    expect(contact.status).toBe(201);

    const logged = await accountEvents(t, ws.workspaceId);
    expect(logged.map((e) => e.type)).toEqual([
      'company.created',
      'company.updated',
      'contact.created',
    ]);
    expect(logged[0]).toMatchObject({
      actorId: ws.adminId,
      companyId,
      contactId: null,
      ownerId: member.id,
    });
    expect(logged[1]).toMatchObject({ actorId: member.id, companyId, ownerId: member.id });
    expect(logged[1]!.payload).toEqual({ fields: ['city'] });
    expect(logged[2]).toMatchObject({
      actorId: member.id,
      contactId: contact.body.id,
      companyId,
      ownerId: member.id,
    });
    expect(await rollupCounts(t, ws.workspaceId)).toEqual({
      'company.created': 1,
      'company.updated': 1,
      'contact.created': 1,
    });
  });

  it('leaves no event when a write fails: duplicate, bad owner, stale version', async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const first = await t.request('POST', '/api/v1/contacts', {
      token: ws.token,
      body: { name: 'Only', email: 'only@x.pl' },
    });
    expect(first.status).toBe(201);
    const failures = [
      t.request('POST', '/api/v1/contacts', {
        token: ws.token,
        body: { name: 'Copy', email: 'ONLY@x.pl' },
      }),
      t.request('POST', '/api/v1/companies', {
        token: ws.token,
        body: { name: 'Foreign owner', ownerId: other.adminId },
      }),
      t.request('PATCH', `/api/v1/contacts/${first.body.id as string}`, {
        token: ws.token,
        headers: { 'if-match': '"7"' },
        body: { name: 'Stale' },
      }),
    ];
    const statuses = (await Promise.all(failures)).map((a) => a.status).sort();
    expect(statuses).toEqual([400, 409, 412]);
    const logged = await accountEvents(t, ws.workspaceId);
    expect(logged.map((e) => e.type)).toEqual(['contact.created']);
    expect(await rollupCounts(t, ws.workspaceId)).toEqual({ 'contact.created': 1 });
  });
});
