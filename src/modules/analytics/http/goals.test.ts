import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { ok } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('goals', (t) => {
  it('a manager sets, replaces and removes a goal; members read them but change nothing', async () => {
    const ws = await freshWorkspace(t);
    const manager = await addMember(t, ws, 'manager');
    const member = await addMember(t, ws, 'member');
    const calls = { userId: member.id, measure: 'activities_done', period: 'week' };

    const created = await t.request('PUT', '/api/v1/goals', {
      token: manager.token,
      body: { ...calls, activityType: 'call', target: 40 },
    });
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.body).toMatchObject({
      userId: member.id,
      measure: 'activities_done',
      activityType: 'call',
      period: 'week',
      target: 40,
      updatedBy: manager.id,
      version: 1,
    });
    const goalId = created.body.id as string;

    // The same person, measure, type and period: replaced, not added.
    const replaced = await t.request('PUT', '/api/v1/goals', {
      token: manager.token,
      body: { ...calls, activityType: 'call', target: 50 },
      headers: { 'if-match': '"1"' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: goalId, target: 50, version: 2 });
    const stale = await t.request('PUT', '/api/v1/goals', {
      token: manager.token,
      body: { ...calls, activityType: 'call', target: 60 },
      headers: { 'if-match': '"1"' },
    });
    expectProblem(stale, 412, 'version_conflict');

    // Any type of activity, and won value per month: two more goals.
    await ok(t, 'PUT', '/api/v1/goals', ws.token, { ...calls, target: 60 });
    await ok(t, 'PUT', '/api/v1/goals', ws.token, {
      userId: manager.id,
      measure: 'won_value',
      period: 'month',
      target: 12500.5,
    });

    const forbidden = await t.request('PUT', '/api/v1/goals', {
      token: member.token,
      body: { ...calls, target: 1 },
    });
    expectProblem(forbidden, 403, 'forbidden');

    const all = await ok(t, 'GET', '/api/v1/goals', member.token);
    expect(
      (all.items as { userId: string; activityType: string | null; target: number }[]).map((g) => [
        g.userId === member.id ? 'member' : 'manager',
        g.activityType,
        g.target,
      ]),
    ).toEqual([
      // By name: "A manager" before "A member"; any type before one type.
      ['manager', null, 12500.5],
      ['member', null, 60],
      ['member', 'call', 50],
    ]);
    const mine = await ok(t, 'GET', `/api/v1/goals?userId=${member.id}`, member.token);
    expect((mine.items as unknown[]).length).toBe(2);

    expectProblem(
      await t.request('DELETE', `/api/v1/goals/${goalId}`, { token: member.token }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('DELETE', `/api/v1/goals/${goalId}`, {
        token: manager.token,
        headers: { 'if-match': '"1"' },
      }),
      412,
      'version_conflict',
    );
    const removed = await t.request('DELETE', `/api/v1/goals/${goalId}`, {
      token: manager.token,
      headers: { 'if-match': '"2"' },
    });
    expect(removed.status).toBe(204);
    expectProblem(
      await t.request('DELETE', `/api/v1/goals/${goalId}`, { token: manager.token }),
      404,
      'not_found',
    );
    const left = await ok(t, 'GET', `/api/v1/goals?userId=${member.id}`, member.token);
    expect(left.items).toEqual([expect.objectContaining({ activityType: null, target: 60 })]);
  });

  it('refuses goals that do not fit their measure, and people of other workspaces', async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const put = (body: Record<string, unknown>) =>
      t.request('PUT', '/api/v1/goals', {
        token: ws.token,
        body: { userId: ws.adminId, measure: 'deals_won', period: 'month', target: 3, ...body },
      });
    expect(errorPaths(await put({ measure: 'won_value', activityType: 'call' }))).toEqual([
      'activityType',
    ]);
    expect(errorPaths(await put({ target: 2.5 }))).toEqual(['target']);
    expect(errorPaths(await put({ target: 0 }))).toEqual(['target']);
    expect(errorPaths(await put({ measure: 'won_value', target: 10.005 }))).toEqual(['target']);
    expect(errorPaths(await put({ measure: 'calls', period: 'day' })).sort()).toEqual([
      'measure',
      'period',
    ]);
    expect(errorPaths(await put({ userId: other.adminId }))).toEqual(['userId']);
    expect((await ok(t, 'GET', '/api/v1/goals', ws.token)).items).toEqual([]);

    // Another workspace's goal does not exist here.
    const theirs = await ok(t, 'PUT', '/api/v1/goals', other.token, {
      userId: other.adminId,
      measure: 'deals_won',
      period: 'week',
      target: 2,
    });
    expectProblem(
      await t.request('DELETE', `/api/v1/goals/${theirs.id as string}`, { token: ws.token }),
      404,
      'not_found',
    );
    expect((await ok(t, 'GET', '/api/v1/goals', other.token)).items).toHaveLength(1);
  });
});
