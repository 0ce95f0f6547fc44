import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { freshWorkspace, type WorkspaceFixture } from '../../../server/test/fresh-workspace.ts';
import { addLamp, lampReadings } from '../../../server/test/lamp-fixtures.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';

async function ok(t: TestApp, method: string, url: string, token: string, body?: unknown) {
  const answer = await t.request(method, `/api/v1${url}`, { token, body });
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

/** A deal without any activity, and a lamp counting open deals without a next step. */
async function scene(t: TestApp) {
  const ws = await freshWorkspace(t);
  await ok(t, 'PATCH', `/workspaces/${ws.workspaceId}`, ws.token, {
    settings: { requireNextActivity: false },
  });
  const pipeline = await ok(t, 'POST', '/pipelines', ws.token, {
    name: 'Sales',
    stages: [{ name: 'Lead' }, { name: 'Offer' }],
  });
  const deal = await ok(t, 'POST', '/deals', ws.token, { title: 'A', pipelineId: pipeline.id });
  const lampId = await addLamp(t, ws.token, {
    name: 'Deals without a next step',
    metric: { state: 'deals_without_next_activity' },
    thresholds: { direction: 'lower_is_better', green: 0, amber: 1 },
  });
  return { ws, dealId: deal.id as string, lampId };
}

async function nextActivityAt(t: TestApp, ws: WorkspaceFixture, dealId: string) {
  const [row] = await rawRows<{ at: Date | string | null }>(
    t.database.db,
    sql`select next_activity_at as at from deals
      where workspace_id = ${ws.workspaceId}::uuid and id = ${dealId}::uuid`,
  );
  return row!.at === null ? null : new Date(row!.at).toISOString();
}

describeApi('deals: the next step follows the planned activities', (t) => {
  it('as activities are planned, rescheduled and completed', async () => {
    t.clock.set('2026-11-25T09:00:00Z');
    const { ws, dealId, lampId } = await scene(t);
    const lampValue = async () =>
      (await lampReadings(t, ws.token, lampId, '2026-W48', '2026-W48'))[0]!.value;
    const plan = async (dueAt: string) =>
      (
        await ok(t, 'POST', '/activities', ws.token, {
          type: 'call',
          subject: 'Call',
          dealId,
          dueAt,
        })
      ).id as string;
    expect(await lampValue()).toBe(1);
    expect(await nextActivityAt(t, ws, dealId)).toBeNull();

    const friday = await plan('2026-11-27T10:00:00.000Z');
    const monday = await plan('2026-11-30T10:00:00.000Z');
    expect(await nextActivityAt(t, ws, dealId)).toBe('2026-11-27T10:00:00.000Z');
    expect(await lampValue()).toBe(0);

    await ok(t, 'PATCH', `/activities/${monday}`, ws.token, { dueAt: '2026-11-26T08:00:00Z' });
    expect(await nextActivityAt(t, ws, dealId)).toBe('2026-11-26T08:00:00.000Z');
    await ok(t, 'POST', `/activities/${monday}/complete`, ws.token, {});
    expect(await nextActivityAt(t, ws, dealId)).toBe('2026-11-27T10:00:00.000Z');
    // A call logged as done is no next step.
    await ok(t, 'POST', '/activities', ws.token, {
      type: 'call',
      subject: 'Logged',
      dealId,
      doneAt: '2026-11-25T08:00:00Z',
    });
    await ok(t, 'POST', `/activities/${friday}/complete`, ws.token, {});
    expect(await nextActivityAt(t, ws, dealId)).toBeNull();
    expect(await lampValue()).toBe(1);
  });

  it('when one transaction completes the last planned activity while another plans a new one', async () => {
    if (t.kind !== 'postgres') return; // one connection in PGlite: nothing runs concurrently
    t.clock.set('2026-11-25T09:00:00Z');
    const { ws, dealId } = await scene(t);
    const planned = (
      await ok(t, 'POST', '/activities', ws.token, {
        type: 'call',
        subject: 'Call',
        dealId,
        dueAt: '2026-11-27T10:00:00Z',
      })
    ).id as string;
    let commitPlanning!: () => void;
    let planningWritten!: () => void;
    const written = new Promise<void>((resolve) => (planningWritten = resolve));
    // Plans a call on Monday and holds its transaction open until told to commit.
    const planning = t.database.transaction(async (tx) => {
      await tx.execute(sql`insert into activities (workspace_id, id, type, subject, due_at,
          deal_id, owner_id, created_by)
        values (${ws.workspaceId}::uuid, ${newId()}::uuid, 'call', 'Monday call',
          '2026-11-30T10:00:00Z', ${dealId}::uuid, ${ws.adminId}::uuid, ${ws.adminId}::uuid)`);
      planningWritten();
      await new Promise<void>((resolve) => (commitPlanning = resolve));
    });
    await written;
    let started!: (pid: number) => void;
    const backend = new Promise<number>((resolve) => (started = resolve));
    const completing = t.database.transaction(async (tx) => {
      const [row] = await rawRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
      started(row!.pid);
      await tx.execute(sql`update activities set done_at = now()
        where workspace_id = ${ws.workspaceId}::uuid and id = ${planned}::uuid`);
    });
    const pid = await backend;
    // Commit the planning only once the completion waits for the deal's lock.
    for (let waited = 0; ; waited += 10) {
      const [row] = await rawRows<{ waiting: boolean }>(
        t.database.db,
        sql`select wait_event_type = 'Lock' as waiting from pg_stat_activity where pid = ${pid}`,
      );
      if (row?.waiting || waited > 5_000) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    commitPlanning();
    await planning;
    await completing;
    expect(await nextActivityAt(t, ws, dealId)).toBe('2026-11-30T10:00:00.000Z');
  });
});
