import { EVERY_OWNER } from '../../../kernel/db/owner-filter.ts';
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { eventRollups, events } from '../../../kernel/db/schema/events.ts';
import { findDeal } from './deals-repo.ts';
import { moveDealIfUnchanged, readDealForMove } from './deal-moves.ts';
import type { NewEvent } from '../../../kernel/db/events/new-event.ts';

async function dealInTwoStages(t: TestApp) {
  const ws = await freshWorkspace(t);
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: 'Two', stages: [{ name: 'A' }, { name: 'B' }] },
  });
  const stageIds = (pipeline.body.stages as { id: string }[]).map((s) => s.id);
  const deal = await t.request('POST', '/api/v1/deals', {
    token: ws.token,
    body: {
      title: 'Mapped',
      pipelineId: pipeline.body.id,
      value: 1234.5,
      expectedCloseDate: '2026-12-31',
    },
  });
  return { ws, stageIds, dealId: deal.body.id as string };
}

async function counts(t: TestApp, workspaceId: string) {
  const [logged] = await t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(events)
    .where(and(eq(events.workspaceId, workspaceId), eq(events.type, 'deal.stage_entered')));
  const [rolled] = await t.database.db
    .select({ n: sql<number>`coalesce(sum(${eventRollups.count}), 0)::int` })
    .from(eventRollups)
    .where(
      and(eq(eventRollups.workspaceId, workspaceId), eq(eventRollups.type, 'deal.stage_entered')),
    );
  return { logged: logged!.n, rolled: rolled!.n };
}

describeApi('deal moves: the guarded one-statement write', (t) => {
  it('writes the move, its events and the rollup when the version still matches, else nothing', async () => {
    const { ws, stageIds, dealId } = await dealInTwoStages(t);
    const db = t.database.db;
    const now = new Date('2026-11-30T10:00:00Z');
    const read = (await readDealForMove(db, ws.workspaceId, dealId, now, EVERY_OWNER))!;
    expect(read.deal).toEqual(await findDeal(db, ws.workspaceId, dealId));
    expect(read.facts).toEqual({
      checks: [],
      activityTypesDoneSince: new Set(),
      hasPlannedFutureActivity: false,
      nextActivity: null,
    });
    const event: NewEvent = {
      type: 'deal.stage_entered',
      occurredAt: now,
      actorId: ws.adminId,
      dealId,
      stageId: stageIds[1]!,
      fromStageId: stageIds[0]!,
      payload: { direction: 'forward' },
    };
    const before = await counts(t, ws.workspaceId);

    const stale = await moveDealIfUnchanged(
      db,
      ws.workspaceId,
      dealId,
      read.deal.version + 1,
      stageIds[1]!,
      [event],
      now,
    );
    expect(stale).toBeNull();
    expect(await counts(t, ws.workspaceId)).toEqual(before);

    const moved = await moveDealIfUnchanged(
      db,
      ws.workspaceId,
      dealId,
      read.deal.version,
      stageIds[1]!,
      [event],
      now,
    );
    // Mapped from the raw row exactly as Drizzle maps a select of the deal.
    expect(moved).toEqual(await findDeal(db, ws.workspaceId, dealId));
    expect(moved).toMatchObject({
      stageId: stageIds[1],
      stageEnteredAt: now,
      version: read.deal.version + 1,
      value: 1234.5,
      expectedCloseDate: '2026-12-31',
    });
    expect(await counts(t, ws.workspaceId)).toEqual({
      logged: before.logged + 1,
      rolled: before.rolled + 1,
    });
  });
});
