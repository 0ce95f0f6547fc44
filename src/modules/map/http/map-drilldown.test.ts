import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { weeklyLampScene } from '../../../server/test/lamp-fixtures.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

async function ok(t: TestApp, method: string, url: string, token: string, body?: unknown) {
  const answer = await t.request(method, url, { token, body });
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

interface Item {
  kind: string;
  id: string;
  title: string;
  dealId: string | null;
}

describeApi('process map: lamp drilldown', (t) => {
  it('lists the deals and activities a lamp counts in a week', async () => {
    t.clock.set('2026-11-18T10:00:00Z'); // 2026-W47 in Warsaw
    const ws = await freshWorkspace(t);
    const scene = await weeklyLampScene(t, ws);
    const pipeline = { id: scene.pipelineId };
    const lamp = (metric: unknown) => scene.lamp(metric, { green: 2, amber: 1 });
    const won = await lamp({
      ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.created' } } },
    });
    const calls = await lamp({
      count: { event: 'activity.completed', where: { activityType: 'call' } },
    });
    const bare = await lamp({ state: 'deals_without_next_activity' });

    const deal = async (title: string) =>
      (await ok(t, 'POST', '/api/v1/deals', ws.token, { title, pipelineId: pipeline.id }))
        .id as string;
    const a = await deal('Alpha');
    const b = await deal('Beta');
    await ok(t, 'POST', `/api/v1/deals/${a}/win`, ws.token, {
      override: { reason: 'Signed at the fair' },
    });
    const call = await ok(t, 'POST', '/api/v1/activities', ws.token, {
      type: 'call',
      subject: 'Discovery call',
      dealId: b,
      doneAt: '2026-11-18T09:00:00Z',
    });

    const drill = async (lampId: string, week = '') =>
      ok(t, 'GET', `/api/v1/lamps/${lampId}/drilldown${week}`, ws.token);
    const wonItems = await drill(won);
    expect(wonItems).toMatchObject({ lampId: won, week: '2026-W47', truncated: false });
    expect((wonItems.items as Item[]).map((i) => [i.kind, i.title, i.dealId])).toEqual([
      ['deal', 'Alpha', a],
    ]);
    expect(((await drill(calls)).items as Item[]).map((i) => [i.kind, i.title, i.dealId])).toEqual([
      ['activity', 'Discovery call', b],
    ]);
    expect(call.id).toBeTruthy();
    // Beta is open without a planned step: the state lamp lists it, this week only.
    expect(((await drill(bare)).items as Item[]).map((i) => i.title)).toEqual(['Beta']);
    expect((await drill(bare, '?week=2026-W46')).items).toEqual([]);
    expect((await drill(won, '?week=2026-W46')).items).toEqual([]);

    expectProblem(
      await t.request('GET', `/api/v1/lamps/${randomUUID()}/drilldown`, { token: ws.token }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('GET', `/api/v1/lamps/${won}/drilldown?week=2026-W99`, { token: ws.token }),
      400,
      'validation_failed',
    );
    const outsider = await freshWorkspace(t);
    expectProblem(
      await t.request('GET', `/api/v1/lamps/${won}/drilldown`, { token: outsider.token }),
      404,
      'not_found',
    );
  });
});
