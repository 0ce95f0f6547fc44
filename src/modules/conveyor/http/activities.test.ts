import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  URL,
  HOUR,
  at,
  create,
  list,
  dealIn,
  lastActivityAt,
  activityEvents,
} from '../../../server/test/activity-fixtures.ts';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { sortedErrorPaths } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('conveyor: activities', (t) => {
  it('plans an activity: owner defaults to the caller, state planned, version 1', async () => {
    const ws = await freshWorkspace(t);
    const dueAt = at(24 * HOUR);
    const activity = await create(t, ws.token, { type: 'call', subject: '  Intro call ', dueAt });
    expect(activity).toMatchObject({
      type: 'call',
      subject: 'Intro call',
      dueAt: new Date(dueAt).toISOString(),
      doneAt: null,
      outcome: null,
      dealId: null,
      leadId: null,
      contactId: null,
      companyId: null,
      ownerId: ws.adminId,
      createdBy: ws.adminId,
      version: 1,
      state: 'planned',
    });
    const read = await t.request('GET', `${URL}/${activity.id}`, { token: ws.token });
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toEqual(activity);
  });

  it('logs a completed activity, with an overdue planned one beside it', async () => {
    const ws = await freshWorkspace(t);
    const logged = await create(t, ws.token, {
      type: 'meeting',
      subject: 'Demo',
      doneAt: at(-HOUR),
      outcome: 'Interested',
    });
    expect(logged).toMatchObject({ state: 'done', dueAt: null, outcome: 'Interested' });
    const late = await create(t, ws.token, { type: 'email', subject: 'Offer', dueAt: at(-HOUR) });
    expect(late.state).toBe('overdue');
  });

  it('rejects a planned activity without dueAt, a future doneAt and bad input', async () => {
    const ws = await freshWorkspace(t);
    expect(
      sortedErrorPaths(
        await t.request('POST', URL, { token: ws.token, body: { type: 'call', subject: 'x' } }),
      ),
    ).toEqual(['dueAt']);
    expect(
      sortedErrorPaths(
        await t.request('POST', URL, {
          token: ws.token,
          body: { type: 'call', subject: 'x', doneAt: at(2 * HOUR) },
        }),
      ),
    ).toEqual(['doneAt']);
    expect(
      sortedErrorPaths(
        await t.request('POST', URL, {
          token: ws.token,
          body: { type: 'visit', subject: '', dueAt: 'tomorrow' },
        }),
      ),
    ).toEqual(['dueAt', 'subject', 'type']);
    const listed = await list(t, ws.token, '');
    expect(listed.items).toEqual([]);
  });

  it('answers 400 for a deal, contact, company or owner that is not in the workspace', async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const foreignDeal = await dealIn(t, other);
    const company = await t.request('POST', '/api/v1/companies', {
      token: other.token,
      body: { name: 'Elsewhere' },
    });
    const contact = await t.request('POST', '/api/v1/contacts', {
      token: other.token,
      body: { name: 'Someone else' },
    });
    const answer = await t.request('POST', URL, {
      token: ws.token,
      body: {
        type: 'call',
        subject: 'x',
        dueAt: at(HOUR),
        dealId: foreignDeal.id,
        contactId: contact.body.id,
        companyId: company.body.id,
        ownerId: other.adminId,
      },
    });
    expect(sortedErrorPaths(answer)).toEqual(['companyId', 'contactId', 'dealId', 'ownerId']);
    const unknown = await t.request('POST', URL, {
      token: ws.token,
      body: { type: 'call', subject: 'x', dueAt: at(HOUR), dealId: randomUUID() },
    });
    expect(sortedErrorPaths(unknown)).toEqual(['dealId']);
  });

  it('on a deal: the owner defaults to the deal owner; events carry team, pipeline and stage', async () => {
    const ws = await freshWorkspace(t);
    const team = await t.request('POST', '/api/v1/teams', {
      token: ws.token,
      body: { name: 'Hunters' },
    });
    expect(team.status).toBe(201);
    const seller = await addMember(t, ws, 'member', { teamId: team.body.id });
    const deal = await dealIn(t, ws, { ownerId: seller.id });
    const doneAt = at(-2 * HOUR);
    const activity = await create(t, ws.token, {
      type: 'call',
      subject: 'Discovery',
      doneAt,
      dealId: deal.id,
    });
    expect(activity).toMatchObject({ ownerId: seller.id, createdBy: ws.adminId, state: 'done' });

    const logged = await activityEvents(t, ws.workspaceId, activity.id);
    expect(logged.map((e) => e.type).sort()).toEqual(['activity.completed', 'activity.created']);
    const expected = {
      actorId: ws.adminId,
      activityId: activity.id,
      activityType: 'call',
      dealId: deal.id,
      contactId: null,
      companyId: null,
      ownerId: seller.id,
      teamId: team.body.id,
      pipelineId: deal.pipelineId,
      stageId: deal.stageId,
      durationSeconds: null,
    };
    const created = logged.find((e) => e.type === 'activity.created')!;
    const completed = logged.find((e) => e.type === 'activity.completed')!;
    expect(created).toMatchObject(expected);
    expect(completed).toMatchObject(expected);
    expect(completed.occurredAt.toISOString()).toBe(new Date(doneAt).toISOString());
    expect((await lastActivityAt(t, ws.workspaceId, deal.id))?.toISOString()).toBe(
      new Date(doneAt).toISOString(),
    );

    // A planned one appends only activity.created and leaves last_activity_at alone.
    const planned = await create(t, seller.token, {
      type: 'task',
      subject: 'Send offer',
      dueAt: at(HOUR),
      dealId: deal.id,
      ownerId: ws.adminId,
    });
    expect(planned.ownerId).toBe(ws.adminId);
    const plannedEvents = await activityEvents(t, ws.workspaceId, planned.id);
    expect(plannedEvents.map((e) => e.type)).toEqual(['activity.created']);
    expect(plannedEvents[0]).toMatchObject({ ownerId: ws.adminId, teamId: null });
  });

  it('keeps the later last_activity_at, and allows follow-ups on a lost deal', async () => {
    const ws = await freshWorkspace(t);
    const recent = new Date(Date.now() - HOUR);
    const deal = await dealIn(t, ws, { status: 'lost', lastActivityAt: recent });
    await create(t, ws.token, {
      type: 'call',
      subject: 'Old call',
      doneAt: at(-5 * HOUR),
      dealId: deal.id,
    });
    expect((await lastActivityAt(t, ws.workspaceId, deal.id))?.getTime()).toBe(recent.getTime());
    const followUp = await create(t, ws.token, {
      type: 'call',
      subject: 'Try again in spring',
      dueAt: at(90 * 24 * HOUR),
      dealId: deal.id,
    });
    expect(followUp.state).toBe('planned');
  });
});
