import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import {
  createLead,
  createPipeline,
  eventsOf,
  setStatus,
} from '../../../server/test/lead-fixtures.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { aDisqualificationReason } from '../../../server/test/disqualification.ts';

function hunter(t: TestApp, ws: WorkspaceFixture, name: string, leadLimit: number | null) {
  return addMember(t, ws, 'member', { name, salesRoles: ['hunter'], leadLimit });
}

/** The lead.assigned events of a lead (or the workspace), oldest first, as [how, from, to]. */
async function assignments(t: TestApp, ws: WorkspaceFixture, leadId?: string) {
  return (await eventsOf(t, ws.workspaceId, leadId))
    .filter((e) => e.type === 'lead.assigned')
    .map((e) => {
      const p = e.payload as { how: string; fromOwnerId: string | null; toOwnerId: string | null };
      expect(e.ownerId, 'the event is counted for the new owner').toBe(p.toOwnerId);
      return [p.how, p.fromOwnerId, p.toOwnerId, e.actorId];
    });
}

async function patchOwner(t: TestApp, token: string, leadId: string, ownerId: string | null) {
  const answer = await t.request('PATCH', `/api/v1/leads/${leadId}`, { token, body: { ownerId } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
}

describeApi('leads: every assignment is a lead.assigned event', (t) => {
  it('round robin on creation (routing), given by hand (manual); a queued lead has none yet', async () => {
    const ws = await freshWorkspace(t);
    const anna = await hunter(t, ws, 'Anna Nowak', 1);
    const closer = await addMember(t, ws, 'member', { name: 'Celina' });
    const routed = await createLead(t, ws.token);
    expect(routed.ownerId).toBe(anna.id);
    expect(await assignments(t, ws, routed.id)).toEqual([['routing', null, anna.id, ws.adminId]]);
    const [assigned] = (await eventsOf(t, ws.workspaceId, routed.id)).filter(
      (e) => e.type === 'lead.assigned',
    );
    expect(assigned).toMatchObject({ channel: 'inbound', medium: 'web_form' });

    const byHand = await createLead(t, ws.token, { ownerId: closer.id });
    expect(await assignments(t, ws, byHand.id)).toEqual([['manual', null, closer.id, ws.adminId]]);

    const queued = await createLead(t, ws.token);
    expect(queued.ownerId).toBeNull();
    expect(await assignments(t, ws, queued.id)).toEqual([]);
  });

  it('the queue picked up when capacity frees (queue), by whoever freed it', async () => {
    const ws = await freshWorkspace(t);
    const anna = await hunter(t, ws, 'Anna Nowak', 1);
    const pipelineId = await createPipeline(t, ws.token);
    const first = await createLead(t, ws.token);
    const q1 = await createLead(t, ws.token);
    const q2 = await createLead(t, ws.token);
    const q3 = await createLead(t, ws.token);

    await setStatus(t, anna.token, first.id, 'sql');
    const converted = await t.request('POST', `/api/v1/leads/${first.id}/convert`, {
      token: anna.token,
      body: { pipelineId },
    });
    expect(converted.status).toBe(201);
    expect(await assignments(t, ws, q1.id)).toEqual([['queue', null, anna.id, anna.id]]);

    const dq = await t.request('POST', `/api/v1/leads/${q1.id}/disqualify`, {
      token: anna.token,
      body: { reasonId: await aDisqualificationReason(t, anna.token) },
    });
    expect(dq.status).toBe(200);
    expect(await assignments(t, ws, q2.id)).toEqual([['queue', null, anna.id, anna.id]]);
    expect(await assignments(t, ws, q3.id)).toEqual([]);

    const raised = await t.request('PATCH', `/api/v1/users/${anna.id}`, {
      token: ws.token,
      body: { leadLimit: 5 },
    });
    expect(raised.status).toBe(200);
    expect(await assignments(t, ws, q3.id)).toEqual([['queue', null, anna.id, ws.adminId]]);
  });

  it('by hand, one or many (manual): reassigned, released to the queue and picked up again', async () => {
    const ws = await freshWorkspace(t);
    const anna = await hunter(t, ws, 'Anna Nowak', 2);
    const boris = await addMember(t, ws, 'member', { name: 'Boris', leadLimit: 5 });
    const one = await createLead(t, ws.token);
    const two = await createLead(t, ws.token);
    const queued = await createLead(t, ws.token);
    expect([one.ownerId, two.ownerId, queued.ownerId]).toEqual([anna.id, anna.id, null]);

    // The inbox's bulk assignment: one PATCH per selected lead, each its own event.
    for (const lead of [one, two]) await patchOwner(t, ws.token, lead.id, boris.id);
    for (const lead of [one, two]) {
      expect((await assignments(t, ws, lead.id)).slice(1)).toEqual([
        ['manual', anna.id, boris.id, ws.adminId],
      ]);
    }
    // Taking the leads from Anna freed her: the queued lead went to her.
    expect(await assignments(t, ws, queued.id)).toEqual([['queue', null, anna.id, ws.adminId]]);

    // Released to the queue, where Anna (one place left) picks it up at once.
    await patchOwner(t, ws.token, one.id, null);
    expect((await assignments(t, ws, one.id)).slice(2)).toEqual([
      ['manual', boris.id, null, ws.adminId],
      ['queue', null, anna.id, ws.adminId],
    ]);
    // An edit that keeps the owner is no assignment.
    await patchOwner(t, ws.token, two.id, boris.id);
    expect(await assignments(t, ws, two.id)).toHaveLength(2);
  });

  it('imported prospects routed within limits (routing); the rest wait without an event', async () => {
    const ws = await freshWorkspace(t);
    const anna = await hunter(t, ws, 'Anna Nowak', 1);
    const imported = await t.request('POST', '/api/v1/leads/imports', {
      token: ws.token,
      body: { csv: 'Name,Email\nJan,jan@a.test\nOla,ola@a.test\n', campaign: 'fair' },
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    expect(await assignments(t, ws)).toEqual([['routing', null, anna.id, ws.adminId]]);
  });

  it('the timeline says who got the lead, from whom and how', async () => {
    const ws = await freshWorkspace(t);
    const anna = await hunter(t, ws, 'Anna Nowak', null);
    const boris = await addMember(t, ws, 'member', { name: 'Boris Petrov' });
    const lead = await createLead(t, ws.token);
    await patchOwner(t, ws.token, lead.id, boris.id);
    const answer = await t.request('GET', `/api/v1/leads/${lead.id}/history`, { token: ws.token });
    expect(answer.status).toBe(200);
    const items = answer.body.items as Record<string, unknown>[];
    expect(items.map((i) => i.type)).toEqual(['lead.assigned', 'lead.assigned', 'lead.created']);
    expect(items.map((i) => i.assignment)).toEqual([
      {
        how: 'manual',
        from: { id: anna.id, name: 'Anna Nowak' },
        to: { id: boris.id, name: 'Boris Petrov' },
      },
      { how: 'routing', from: null, to: { id: anna.id, name: 'Anna Nowak' } },
      null,
    ]);
    expect(items[0]).toMatchObject({ ownerId: boris.id, actor: { id: ws.adminId } });
  });
});
