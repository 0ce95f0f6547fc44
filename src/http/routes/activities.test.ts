import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  completedActivityTypesSince,
  hasPlannedFutureActivity,
  nextPlannedActivity,
} from '../../db/conveyor/activities-repo.ts';
import { newId } from '../../db/ids.ts';
import { deals } from '../../db/schema/conveyor.ts';
import { events } from '../../db/schema/events.ts';
import { addMember, freshWorkspace, type WorkspaceFixture } from '../test/fresh-workspace.ts';
import { expectProblem, sortedErrorPaths } from '../test/problem-assertions.ts';
import { describeApi, type TestApp } from '../test/test-app.ts';

interface Activity {
  id: string;
  type: string;
  subject: string;
  dueAt: string | null;
  doneAt: string | null;
  outcome: string | null;
  dealId: string | null;
  leadId: string | null;
  contactId: string | null;
  companyId: string | null;
  ownerId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  state: 'planned' | 'overdue' | 'done';
}

const URL = '/api/v1/activities';
const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

async function create(t: TestApp, token: string, body: unknown): Promise<Activity> {
  const answer = await t.request('POST', URL, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  expect(answer.headers.etag).toBe(`"${answer.body.version as number}"`);
  return answer.body as unknown as Activity;
}

async function list(t: TestApp, token: string, query: string) {
  const answer = await t.request('GET', `${URL}?${query}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as { items: Activity[]; nextCursor: string | null };
}

/** A pipeline through the API and a deal row inserted directly (before the deals API exists). */
async function dealIn(
  t: TestApp,
  ws: WorkspaceFixture,
  extra: { ownerId?: string; status?: string; lastActivityAt?: Date } = {},
) {
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: `Sales ${randomUUID().slice(0, 6)}`, stages: [{ name: 'A' }, { name: 'B' }] },
  });
  expect(pipeline.status, JSON.stringify(pipeline.body)).toBe(201);
  const pipelineId = pipeline.body.id as string;
  const stageId = (pipeline.body.stages as { id: string }[])[0]!.id;
  const id = newId();
  await t.database.db.insert(deals).values({
    workspaceId: ws.workspaceId,
    id,
    title: 'ACME — 40 licences',
    pipelineId,
    stageId,
    currency: 'PLN',
    stageEnteredAt: new Date(Date.now() - 10 * 24 * HOUR),
    ownerId: extra.ownerId ?? ws.adminId,
    status: extra.status ?? 'open',
    lastActivityAt: extra.lastActivityAt ?? null,
  });
  return { id, pipelineId, stageId };
}

async function lastActivityAt(t: TestApp, workspaceId: string, dealId: string) {
  const [row] = await t.database.db
    .select({ at: deals.lastActivityAt })
    .from(deals)
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, dealId)));
  return row?.at ?? null;
}

async function activityEvents(t: TestApp, workspaceId: string, activityId: string) {
  return t.database.db
    .select()
    .from(events)
    .where(and(eq(events.workspaceId, workspaceId), eq(events.activityId, activityId)))
    .orderBy(asc(events.recordedAt), asc(events.type));
}

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

  it('completes once: doneAt defaults to now, then 409 invalid_transition', async () => {
    const ws = await freshWorkspace(t);
    const deal = await dealIn(t, ws);
    const activity = await create(t, ws.token, {
      type: 'meeting',
      subject: 'Workshop',
      dueAt: at(HOUR),
      dealId: deal.id,
    });
    const before = Date.now();
    const done = await t.request('POST', `${URL}/${activity.id}/complete`, {
      token: ws.token,
      body: { outcome: 'Went well' },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.headers.etag).toBe('"2"');
    expect(done.body).toMatchObject({ state: 'done', outcome: 'Went well', version: 2 });
    const doneAt = new Date(done.body.doneAt as string).getTime();
    expect(doneAt).toBeGreaterThanOrEqual(before - 1000);
    expect((await lastActivityAt(t, ws.workspaceId, deal.id))?.getTime()).toBe(doneAt);
    const completed = (await activityEvents(t, ws.workspaceId, activity.id)).filter(
      (e) => e.type === 'activity.completed',
    );
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({
      activityType: 'meeting',
      dealId: deal.id,
      pipelineId: deal.pipelineId,
      stageId: deal.stageId,
      durationSeconds: null,
    });

    const again = await t.request('POST', `${URL}/${activity.id}/complete`, {
      token: ws.token,
      body: {},
    });
    expectProblem(again, 409, 'invalid_transition');
    const events = await activityEvents(t, ws.workspaceId, activity.id);
    expect(events.filter((e) => e.type === 'activity.completed')).toHaveLength(1);
  });

  it('completes with a given doneAt, not a future one; If-Match applies', async () => {
    const ws = await freshWorkspace(t);
    const activity = await create(t, ws.token, { type: 'call', subject: 'x', dueAt: at(-HOUR) });
    const future = await t.request('POST', `${URL}/${activity.id}/complete`, {
      token: ws.token,
      body: { doneAt: at(3 * HOUR) },
    });
    expect(sortedErrorPaths(future)).toEqual(['doneAt']);
    const stale = await t.request('POST', `${URL}/${activity.id}/complete`, {
      token: ws.token,
      body: {},
      headers: { 'if-match': '"7"' },
    });
    expectProblem(stale, 412, 'version_conflict');
    const doneAt = at(-30 * 60_000);
    const done = await t.request('POST', `${URL}/${activity.id}/complete`, {
      token: ws.token,
      body: { doneAt },
      headers: { 'if-match': '"1"' },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.doneAt).toBe(new Date(doneAt).toISOString());
    expect(done.body.outcome).toBeNull();
  });

  it('lists by state, deal and owner, in order, page by page', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const deal = await dealIn(t, ws);
    const late2 = await create(t, ws.token, {
      type: 'call',
      subject: 'late2',
      dueAt: at(-2 * HOUR),
    });
    const soon = await create(t, ws.token, {
      type: 'call',
      subject: 'soon',
      dueAt: at(HOUR),
      dealId: deal.id,
    });
    const later = await create(t, ws.token, {
      type: 'task',
      subject: 'later',
      dueAt: at(5 * HOUR),
      ownerId: member.id,
    });
    const late1 = await create(t, ws.token, {
      type: 'email',
      subject: 'late1',
      dueAt: at(-HOUR),
      dealId: deal.id,
    });
    const doneOld = await create(t, ws.token, {
      type: 'call',
      subject: 'doneOld',
      doneAt: at(-10 * HOUR),
      dealId: deal.id,
    });
    const doneNew = await create(t, ws.token, {
      type: 'call',
      subject: 'doneNew',
      doneAt: at(-3 * HOUR),
      ownerId: member.id,
    });
    const subjects = (page: { items: Activity[] }) => page.items.map((a) => a.subject);

    expect(subjects(await list(t, ws.token, ''))).toEqual([
      'late2',
      'late1',
      'soon',
      'later',
      'doneNew',
      'doneOld',
    ]);
    expect(subjects(await list(t, ws.token, 'state=planned'))).toEqual([
      'late2',
      'late1',
      'soon',
      'later',
    ]);
    const overdue = await list(t, ws.token, 'state=overdue');
    expect(subjects(overdue)).toEqual(['late2', 'late1']);
    expect(overdue.items.map((a) => a.state)).toEqual(['overdue', 'overdue']);
    expect(subjects(await list(t, ws.token, 'state=done'))).toEqual(['doneNew', 'doneOld']);
    expect(subjects(await list(t, ws.token, `dealId=${deal.id}`))).toEqual([
      'late1',
      'soon',
      'doneOld',
    ]);
    expect(subjects(await list(t, ws.token, `ownerId=${member.id}&state=planned`))).toEqual([
      'later',
    ]);
    expect(subjects(await list(t, ws.token, `ownerId=${member.id}`))).toEqual(['later', 'doneNew']);

    // Paging two at a time walks the same order across the planned/done boundary.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Activity[]; nextCursor: string | null } = await list(
        t,
        ws.token,
        `limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([late2, late1, soon, later, doneNew, doneOld].map((a) => a.id));

    const firstDone = await list(t, ws.token, 'state=done&limit=1');
    expect(firstDone.nextCursor).not.toBeNull();
    expect(
      subjects(await list(t, ws.token, `state=done&limit=1&cursor=${firstDone.nextCursor}`)),
    ).toEqual(['doneOld']);

    const badCursor = await t.request('GET', `${URL}?cursor=garbage`, { token: ws.token });
    expect(sortedErrorPaths(badCursor)).toEqual(['cursor']);
    const badState = await t.request('GET', `${URL}?state=soon`, { token: ws.token });
    expect(sortedErrorPaths(badState)).toEqual(['state']);
  });

  it('updates subject, due time, owner and outcome; a stale If-Match is 412', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const activity = await create(t, ws.token, { type: 'call', subject: 'x', dueAt: at(-HOUR) });
    expect(activity.state).toBe('overdue');
    const dueAt = at(2 * HOUR);
    const patched = await t.request('PATCH', `${URL}/${activity.id}`, {
      token: ws.token,
      body: { subject: 'Rescheduled', dueAt, ownerId: member.id, outcome: 'Asked to call later' },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.headers.etag).toBe('"2"');
    expect(patched.body).toMatchObject({
      subject: 'Rescheduled',
      dueAt: new Date(dueAt).toISOString(),
      ownerId: member.id,
      outcome: 'Asked to call later',
      state: 'planned',
      version: 2,
    });
    const stale = await t.request('PATCH', `${URL}/${activity.id}`, {
      token: ws.token,
      body: { subject: 'Lost update' },
      headers: { 'if-match': '"1"' },
    });
    expectProblem(stale, 412, 'version_conflict');
    const noDue = await t.request('PATCH', `${URL}/${activity.id}`, {
      token: ws.token,
      body: { dueAt: null },
    });
    expect(sortedErrorPaths(noDue)).toEqual(['dueAt']);
    const foreign = await freshWorkspace(t);
    const badOwner = await t.request('PATCH', `${URL}/${activity.id}`, {
      token: ws.token,
      body: { ownerId: foreign.adminId },
    });
    expect(sortedErrorPaths(badOwner)).toEqual(['ownerId']);
    const read = await t.request('GET', `${URL}/${activity.id}`, { token: ws.token });
    expect(read.body).toMatchObject({ subject: 'Rescheduled', version: 2 });
  });

  it("hides another workspace's activity: 404 on read, write and complete", async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const activity = await create(t, other.token, { type: 'call', subject: 'x', dueAt: at(HOUR) });
    expectProblem(
      await t.request('GET', `${URL}/${activity.id}`, { token: ws.token }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('PATCH', `${URL}/${activity.id}`, {
        token: ws.token,
        body: { subject: 'y' },
      }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('POST', `${URL}/${activity.id}/complete`, { token: ws.token, body: {} }),
      404,
      'not_found',
    );
    expect((await list(t, ws.token, '')).items).toEqual([]);
    const mine = await t.request('GET', `${URL}/${activity.id}`, { token: other.token });
    expect(mine.body).toMatchObject({ subject: 'x', version: 1, state: 'planned' });
  });

  it('answers the questions the deal rules ask (repository functions)', async () => {
    const ws = await freshWorkspace(t);
    const deal = await dealIn(t, ws);
    const db = t.database.db;
    const now = new Date();
    expect(await nextPlannedActivity(db, ws.workspaceId, deal.id)).toBeNull();
    expect(await hasPlannedFutureActivity(db, ws.workspaceId, deal.id, now)).toBe(false);

    const overdue = await create(t, ws.token, {
      type: 'email',
      subject: 'late',
      dueAt: at(-HOUR),
      dealId: deal.id,
    });
    expect(await hasPlannedFutureActivity(db, ws.workspaceId, deal.id, now)).toBe(false);
    await create(t, ws.token, { type: 'call', subject: 'soon', dueAt: at(HOUR), dealId: deal.id });
    expect(await hasPlannedFutureActivity(db, ws.workspaceId, deal.id, now)).toBe(true);
    expect(await nextPlannedActivity(db, ws.workspaceId, deal.id)).toEqual({
      id: overdue.id,
      type: 'email',
      dueAt: new Date(overdue.dueAt!),
    });

    await create(t, ws.token, {
      type: 'meeting',
      subject: 'before the stage',
      doneAt: at(-20 * 24 * HOUR),
      dealId: deal.id,
    });
    await create(t, ws.token, { type: 'call', subject: 'x', doneAt: at(-HOUR), dealId: deal.id });
    const since = new Date(Date.now() - 10 * 24 * HOUR);
    expect(await completedActivityTypesSince(db, ws.workspaceId, deal.id, since)).toEqual(
      new Set(['call']),
    );
    const other = await freshWorkspace(t);
    expect(await completedActivityTypesSince(db, other.workspaceId, deal.id, since)).toEqual(
      new Set(),
    );
    expect(await nextPlannedActivity(db, other.workspaceId, deal.id)).toBeNull();
  });
});
