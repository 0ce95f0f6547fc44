import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { eventRollups, events } from '../../../kernel/db/schema/events.ts';
import { freshWorkspace, type WorkspaceFixture } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Stage {
  id: string;
  name: string;
  order: number;
  exitCriteria: { id: string; kind: string; label: string }[];
}

async function setUp(t: TestApp) {
  const ws = await freshWorkspace(t);
  await t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
    token: ws.token,
    body: { settings: { requireNextActivity: false } },
  });
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: 'Races', stages: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] },
  });
  const deal = await t.request('POST', '/api/v1/deals', {
    token: ws.token,
    body: { title: 'Raced deal', pipelineId: pipeline.body.id, value: 100 },
  });
  return {
    ws,
    pipelineId: pipeline.body.id as string,
    stages: pipeline.body.stages as Stage[],
    dealId: deal.body.id as string,
  };
}

/** deal.stage_entered in the log and in the rollup (summed over its weeks and stages). */
async function stageEntries(t: TestApp, ws: WorkspaceFixture, dealId: string) {
  const logged = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(events)
    .where(
      and(
        eq(events.workspaceId, ws.workspaceId),
        eq(events.dealId, dealId),
        eq(events.type, 'deal.stage_entered'),
      ),
    );
  const rolled = await t.database.db
    .select({ n: sql<number>`coalesce(sum(${eventRollups.count}), 0)::int` })
    .from(eventRollups)
    .where(
      and(
        eq(eventRollups.workspaceId, ws.workspaceId),
        eq(eventRollups.type, 'deal.stage_entered'),
      ),
    );
  return { logged: logged[0]!.n, rolled: rolled[0]!.n };
}

describeApi('moving a deal under concurrency (optimistic write, locked retry)', (t) => {
  it('loses no move when moves to different stages race: version, log and rollup agree', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const targets = [1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0].map((i) => stages[i]!.id);
    const answers = await Promise.all(
      targets.map((stageId) =>
        t.request('POST', `/api/v1/deals/${dealId}/move`, {
          token: ws.token,
          body: { stageId, override: { reason: 'Race' } },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(targets.map(() => 200));
    const deal = await t.request('GET', `/api/v1/deals/${dealId}`, { token: ws.token });
    const version = deal.body.version as number;
    // Every effective move bumped the version once and logged one stage entry (plus the
    // creation's); each answer shows the deal in the stage it asked for.
    expect(await stageEntries(t, ws, dealId)).toEqual({ logged: version, rolled: version });
    answers.forEach((a, i) => expect(a.body.stageId).toBe(targets[i]));
    const moved = new Set(answers.map((a) => a.body.version as number));
    expect(Math.max(...moved)).toBe(version);
  });

  it('answers 412 to a stale If-Match however the race ends, and moves only once', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const answers = await Promise.all(
      [1, 2].map((i) =>
        t.request('POST', `/api/v1/deals/${dealId}/move`, {
          token: ws.token,
          headers: { 'if-match': '"1"' },
          body: { stageId: stages[i]!.id, override: { reason: 'Race' } },
        }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    expect(await stageEntries(t, ws, dealId)).toEqual({ logged: 2, rolled: 2 });
  });

  it('applies a pipeline edit to the next move (the cached pipeline is keyed by its version)', async () => {
    const { ws, pipelineId, stages, dealId } = await setUp(t);
    const first = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: ws.token,
      body: { stageId: stages[1]!.id },
    });
    expect(first.status).toBe(200);
    const edited = await t.request('PATCH', `/api/v1/pipelines/${pipelineId}`, {
      token: ws.token,
      body: {
        stages: stages.map(({ order: _order, ...s }, i) =>
          i === 1 ? { ...s, exitCriteria: [{ kind: 'check', label: 'Signed NDA' }] } : s,
        ),
      },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const refused = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: ws.token,
      body: { stageId: stages[2]!.id },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('stage_gate_unmet');
  });
});
