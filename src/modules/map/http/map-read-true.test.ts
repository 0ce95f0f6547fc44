import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { weeklyLampScene, type LampReading } from '../../../server/test/lamp-fixtures.ts';
import { ok } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

// Lamps that read true (issue 17, ADR 033): a week that has just begun is not red for what it
// has not counted yet, a share is never above 100 %, and a drill-down lists only the records
// its reader may see.

type Reading = LampReading;

describeApi('process map: lamps that read true', (t) => {
  it('on Monday morning no count lamp is red, and a share of a busy week reads 100 %', async () => {
    t.clock.set('2026-11-18T10:00:00Z'); // Wednesday of 2026-W47 in Warsaw
    const ws = await freshWorkspace(t);
    const scene = await weeklyLampScene(t, ws);
    const pipeline = { id: scene.pipelineId };
    const lamp = (metric: unknown, green: number, amber: number) =>
      scene.lamp(metric, { green, amber });
    const won = await lamp({ count: { event: 'deal.won' } }, 2, 1);
    const winRate = await lamp(
      { ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.created' } } } },
      0.25,
      0.15,
    );
    const deal = async (title: string) =>
      (await ok(t, 'POST', '/api/v1/deals', ws.token, { title, pipelineId: pipeline.id }))
        .id as string;
    // W47: two deals opened; W48: one more opened and all three won.
    const a = await deal('Alpha');
    const b = await deal('Beta');
    t.clock.set('2026-11-24T10:00:00Z');
    const c = await deal('Gamma');
    for (const id of [a, b, c]) {
      await ok(t, 'POST', `/api/v1/deals/${id}/win`, ws.token, {
        override: { reason: 'Signed at the fair' },
      });
    }

    t.clock.set('2026-11-30T07:00:00Z'); // Monday 08:00 in Warsaw: W49 has just begun
    const answer = await ok(t, 'GET', '/api/v1/lamps/readings?from=2026-W47&to=2026-W49', ws.token);
    const row = (lampId: string, week: string) =>
      (answer.readings as Reading[]).find((r) => r.lampId === lampId && r.week === week)!;
    // Nothing won yet this week: in progress, not red.
    expect(row(won, '2026-W49')).toMatchObject({ value: 0, status: 'grey', partial: true });
    // The closed weeks keep their colours: W47 won nothing (red), W48 three (green).
    expect(row(won, '2026-W47')).toMatchObject({ value: 0, status: 'red', partial: false });
    expect(row(won, '2026-W48')).toMatchObject({ value: 3, status: 'green', partial: false });
    // Three won in a week that opened one is every one of them, not 300 %.
    expect(row(winRate, '2026-W48')).toMatchObject({ value: 1, status: 'green' });
    for (const r of answer.readings as Reading[]) {
      if (r.lampId === winRate && r.value !== null) expect(r.value).toBeLessThanOrEqual(1);
      if (r.partial) expect(r.status).not.toBe('red');
    }
  });

  it("lists only the records a member may see behind a lamp, not a colleague's", async () => {
    t.clock.set('2026-11-18T10:00:00Z');
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const colleague = await addMember(t, ws, 'member');
    await ok(t, 'PATCH', `/api/v1/workspaces/${ws.workspaceId}`, ws.token, {
      settings: {
        permissions: {
          manager: { view: 'all', edit: 'all' },
          member: { view: 'own', edit: 'own' },
        },
      },
    });
    const scene = await weeklyLampScene(t, ws);
    const pipeline = { id: scene.pipelineId };
    const lampOf = (metric: unknown) => scene.lamp(metric, { green: 5, amber: 3 });
    const created = await lampOf({ count: { event: 'deal.created' } });
    const open = await lampOf({ state: 'open_deals' });
    for (const [title, ownerId] of [
      ['Mine', member.id],
      ['Theirs', colleague.id],
    ] as const) {
      await ok(t, 'POST', '/api/v1/deals', ws.token, { title, pipelineId: pipeline.id, ownerId });
    }
    const titles = async (lampId: string, token: string) =>
      (
        (await ok(t, 'GET', `/api/v1/lamps/${lampId}/drilldown?week=2026-W47`, token)).items as {
          title: string;
        }[]
      )
        .map((i) => i.title)
        .sort();
    for (const lampId of [created, open]) {
      expect(await titles(lampId, ws.token)).toEqual(['Mine', 'Theirs']);
      expect(await titles(lampId, member.token)).toEqual(['Mine']);
    }
    // The reading itself is the whole workspace's: the member sees the same number as the head.
    const readings = await ok(t, 'GET', '/api/v1/lamps/readings?to=2026-W47', member.token);
    const value = (readings.readings as Reading[]).find(
      (r) => r.lampId === created && r.week === '2026-W47',
    )?.value;
    expect(value).toBe(2);
  });
});
