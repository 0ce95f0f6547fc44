import { expect, it } from 'vitest';
import {
  completedActivityTypesSince,
  hasPlannedFutureActivity,
  nextPlannedActivity,
} from '../db/activities-repo.ts';
import {
  type Activity,
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
import { expectProblem, sortedErrorPaths } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('conveyor: activities — completing, listing, editing', (t) => {
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
