import { expect, it } from 'vitest';
import { snapshotLampReadings } from '../app/snapshot-lamp-readings.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import type { LampReading } from '../../../server/test/lamp-fixtures.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

type Reading = LampReading;

async function ok(t: TestApp, method: string, url: string, token: string, body?: unknown) {
  const answer = await t.request(method, url, { token, body });
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

/** A New York workspace (weeks end Sunday midnight there) with a two-stage pipeline. */
async function scene(t: TestApp) {
  const ws = await freshWorkspace(t, { timezone: 'America/New_York', currency: 'USD' });
  await ok(t, 'PATCH', `/api/v1/workspaces/${ws.workspaceId}`, ws.token, {
    settings: { requireNextActivity: false },
  });
  const pipeline = await ok(t, 'POST', '/api/v1/pipelines', ws.token, {
    name: 'Sales',
    stages: [{ name: 'Lead' }, { name: 'Offer' }],
  });
  const [lead, offer] = (pipeline.stages as { id: string }[]).map((s) => s.id);
  const group = await ok(t, 'POST', '/api/v1/process-map/groups', ws.token, {
    name: 'Sales',
    kind: 'sales',
    mode: 'triggered',
    trigger: 'lead.sql',
  });
  return {
    ws,
    pipelineId: pipeline.id as string,
    lead: lead!,
    offer: offer!,
    groupId: group.id as string,
  };
}

async function lamp(
  t: TestApp,
  ws: WorkspaceFixture,
  groupId: string,
  name: string,
  metric: unknown,
  thresholds: object,
) {
  const body = await ok(t, 'POST', '/api/v1/lamps', ws.token, {
    groupId,
    position: 'end',
    name,
    metric,
    thresholds,
  });
  return body.id as string;
}

function table(readings: Reading[], lampId: string) {
  return readings
    .filter((r) => r.lampId === lampId)
    .map((r) => [r.week, r.value, r.status, r.partial]);
}

const higher = (green: number, amber: number) => ({ direction: 'higher_is_better', green, amber });
const lower = (green: number, amber: number) => ({ direction: 'lower_is_better', green, amber });

describeApi('process map: lamp readings', (t) => {
  it('computes weekly readings from the event log in the workspace time zone', async () => {
    t.clock.set('2026-11-16T15:00:00Z'); // Monday of 2026-W47 in New York
    const { ws, pipelineId, offer, groupId } = await scene(t);
    const created = await lamp(
      t,
      ws,
      groupId,
      'New deals',
      { count: { event: 'deal.created' } },
      higher(3, 2),
    );
    const timeToOffer = await lamp(
      t,
      ws,
      groupId,
      'Time before the offer',
      { median: { event: 'deal.stage_entered', where: { stageId: offer } }, of: 'duration' },
      lower(200_000, 300_000),
    );
    const winRate = await lamp(
      t,
      ws,
      groupId,
      'Won per new deal',
      { ratio: { of: { count: { event: 'deal.won' } }, to: { count: { event: 'deal.created' } } } },
      higher(0.5, 0.2),
    );
    const open = await lamp(t, ws, groupId, 'Open deals', { state: 'open_deals' }, higher(2, 1));
    const deal = async (title: string) =>
      (await ok(t, 'POST', '/api/v1/deals', ws.token, { title, pipelineId, value: 100 }))
        .id as string;

    const a = await deal('A');
    t.clock.set('2026-11-18T15:00:00Z');
    await deal('B');
    const bId = (
      (await ok(t, 'GET', '/api/v1/deals?status=open', ws.token)).items as {
        id: string;
        title: string;
      }[]
    ).find((d) => d.title === 'B')!.id;
    await ok(t, 'POST', `/api/v1/deals/${a}/move`, ws.token, { stageId: offer }); // 2 days in Lead
    t.clock.set('2026-11-22T15:00:00Z');
    await ok(t, 'POST', `/api/v1/deals/${bId}/move`, ws.token, { stageId: offer }); // 4 days
    t.clock.set('2026-11-23T03:00:00Z'); // Sunday 22:00 in New York: still W47 there (W48 in UTC)
    await deal('C');
    t.clock.set('2026-11-23T15:00:00Z'); // Monday of W48
    await deal('D');
    await ok(t, 'POST', `/api/v1/deals/${a}/win`, ws.token, {});

    t.clock.set('2026-11-25T12:00:00Z'); // W48 is the current week
    const answer = await ok(t, 'GET', '/api/v1/lamps/readings?from=2026-W46&to=2026-W49', ws.token);
    expect(answer.weeks).toEqual(['2026-W46', '2026-W47', '2026-W48', '2026-W49']);
    const readings = answer.readings as Reading[];
    expect(table(readings, created)).toEqual([
      // The workspace was made in W47: the week before is not a week of no deals.
      ['2026-W46', null, 'grey', false],
      ['2026-W47', 3, 'green', false],
      // One new deal by Wednesday is not yet a red week: the week is still running (ADR 033).
      ['2026-W48', 1, 'grey', true],
      ['2026-W49', null, 'grey', false],
    ]);
    expect(table(readings, timeToOffer)).toEqual([
      ['2026-W46', null, 'grey', false],
      ['2026-W47', 259_200, 'amber', false],
      ['2026-W48', null, 'grey', true],
      ['2026-W49', null, 'grey', false],
    ]);
    expect(table(readings, winRate)).toEqual([
      ['2026-W46', null, 'grey', false],
      ['2026-W47', 0, 'red', false],
      // A running week's ratio can still move either way: in progress, not yet green.
      ['2026-W48', 1, 'grey', true],
      ['2026-W49', null, 'grey', false],
    ]);
    // State has a live value for the current week only, until the weekly snapshot stores it.
    expect(table(readings, open)).toEqual([
      ['2026-W46', null, 'grey', false],
      ['2026-W47', null, 'grey', false],
      ['2026-W48', 3, 'green', true],
      ['2026-W49', null, 'grey', false],
    ]);

    t.clock.set('2026-11-30T12:00:00Z'); // Monday of W49: W48 has closed
    const stored = await t.runner.runPublic(snapshotLampReadings, { workspaceId: ws.workspaceId });
    expect(stored).toBe(1);
    await ok(t, 'POST', `/api/v1/deals/${bId}/win`, ws.token, {});
    const later = await ok(t, 'GET', '/api/v1/lamps/readings?from=2026-W48&to=2026-W49', ws.token);
    expect(table(later.readings as Reading[], open)).toEqual([
      ['2026-W48', 3, 'green', false],
      ['2026-W49', 2, 'green', true],
    ]);
    // Idempotent: a second run keeps the stored reading.
    await t.runner.runPublic(snapshotLampReadings, { workspaceId: ws.workspaceId });
    const again = await ok(t, 'GET', '/api/v1/lamps/readings?from=2026-W48&to=2026-W48', ws.token);
    expect(table(again.readings as Reading[], open)).toEqual([['2026-W48', 3, 'green', false]]);
  });

  it('takes hand-entered values for manual lamps only, for weeks that have begun', async () => {
    t.clock.set('2026-11-25T12:00:00Z');
    const { ws, groupId } = await scene(t);
    const nps = await lamp(t, ws, groupId, 'NPS', { manual: true }, higher(50, 30));
    const counted = await lamp(
      t,
      ws,
      groupId,
      'Deals',
      { count: { event: 'deal.created' } },
      higher(1, 0),
    );
    const put = await t.request('PUT', `/api/v1/lamps/${nps}/readings/2026-W47`, {
      token: ws.token,
      body: { value: 42 },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({
      lampId: nps,
      week: '2026-W47',
      value: 42,
      status: 'amber',
      partial: false,
    });
    const readings = await ok(
      t,
      'GET',
      '/api/v1/lamps/readings?from=2026-W47&to=2026-W48',
      ws.token,
    );
    expect(table(readings.readings as Reading[], nps)).toEqual([
      ['2026-W47', 42, 'amber', false],
      ['2026-W48', null, 'grey', false],
    ]);

    const future = await t.request('PUT', `/api/v1/lamps/${nps}/readings/2026-W50`, {
      token: ws.token,
      body: { value: 1 },
    });
    expectProblem(future, 400, 'validation_failed');
    expect(errorPaths(future)).toEqual(['week']);
    const computed = await t.request('PUT', `/api/v1/lamps/${counted}/readings/2026-W47`, {
      token: ws.token,
      body: { value: 1 },
    });
    expectProblem(computed, 400, 'validation_failed');
    const member = await addMember(t, ws, 'member');
    expectProblem(
      await t.request('PUT', `/api/v1/lamps/${nps}/readings/2026-W47`, {
        token: member.token,
        body: { value: 1 },
      }),
      403,
      'forbidden',
    );
    const cleared = await t.request('PUT', `/api/v1/lamps/${nps}/readings/2026-W47`, {
      token: ws.token,
      body: { value: null },
    });
    expect(cleared.body).toMatchObject({ value: null, status: 'grey' });
  });

  it('refuses a bad metric with 422 invalid_metric naming each problem, creating nothing', async () => {
    const { ws, groupId } = await scene(t);
    const answer = await t.request('POST', '/api/v1/lamps', {
      token: ws.token,
      body: {
        groupId,
        position: 'start',
        name: 'Broken',
        metric: {
          ratio: {
            of: { count: { event: 'deal.exploded' } },
            to: { sum: { event: 'deal.won', where: { colour: 'red' } } },
          },
        },
        thresholds: higher(1, 0),
      },
    });
    expectProblem(answer, 422, 'invalid_metric');
    expect(answer.body.errors).toEqual([
      { path: 'metric.ratio.of.count.event', message: 'unknown event type' },
      { path: 'metric.ratio.to.sum.where.colour', message: 'unknown key' },
    ]);
    const map = await ok(t, 'GET', '/api/v1/process-map', ws.token);
    expect((map.groups as { lamps: unknown[] }[])[0]!.lamps).toEqual([]);

    const thresholds = await t.request('POST', '/api/v1/lamps', {
      token: ws.token,
      body: {
        groupId,
        position: 'start',
        name: 'Upside down',
        metric: { manual: true },
        thresholds: higher(1, 5),
      },
    });
    expectProblem(thresholds, 400, 'validation_failed');
  });

  it('describes each lamp as a sentence in the workspace language', async () => {
    const { ws, groupId } = await scene(t);
    await lamp(t, ws, groupId, 'Won', { count: { event: 'deal.won' } }, higher(1, 0));
    const map = await ok(t, 'GET', '/api/v1/process-map', ws.token);
    const [described] = (map.groups as { lamps: { description: string }[] }[])[0]!.lamps;
    expect(described!.description).toMatch(/won/i);
    const preview = await ok(t, 'POST', '/api/v1/metrics/preview', ws.token, {
      metric: { count: { event: 'deal.created' } },
      thresholds: higher(1, 0),
    });
    expect(preview.weeks).toHaveLength(13);
    expect(preview.values).toHaveLength(13);
    expect(preview.statuses).toHaveLength(13);
  });
});
