import { and, asc, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { eventRollups, events } from '../schema/events.ts';
import { appendEvents, appendEventsInBulk } from './append-events.ts';
import type { NewEvent } from './new-event.ts';

// Warsaw is on CET (UTC+1) in November: 23:30 UTC on Sunday 29 November 2026 is already 00:30 on
// Monday 30 November there, but still 18:30 on Sunday in New York (EST, UTC-5). 22:30 UTC is the
// last hour of Sunday in Warsaw (23:30), so it belongs to the week of Monday 23 November.
const MONDAY_IN_WARSAW = new Date('2026-11-29T23:30:00Z');
const SUNDAY_IN_WARSAW = new Date('2026-11-29T22:30:00Z');

async function appendWon(t: TestApp, workspaceId: string, list: Omit<NewEvent, 'type'>[]) {
  await t.runner.runPublic(async (_input: void, { tx }) => {
    await appendEvents(
      tx,
      workspaceId,
      list.map((e) => ({ type: 'deal.won', ...e })),
    );
  }, undefined);
}

async function weeks(t: TestApp, workspaceId: string) {
  const rows = await t.database.db
    .select()
    .from(eventRollups)
    .where(and(eq(eventRollups.workspaceId, workspaceId), eq(eventRollups.type, 'deal.won')))
    // Rows with an owner after those without, within a week: a stable order to compare by.
    .orderBy(asc(eventRollups.weekStart), sql`${eventRollups.ownerId} is not null`);
  return rows.map((r) => ({
    weekStart: r.weekStart,
    ownerId: r.ownerId,
    count: r.count,
    amountSum: Number(r.amountSum),
    durationSum: Number(r.durationSum),
  }));
}

/** The error and its causes (Drizzle wraps the driver's error). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(' | ');
}

describeApi('event log: weekly rollup and append-only', (t) => {
  it("rolls events up per ISO week in the workspace's time zone, summing amounts and durations", async () => {
    const ws = await freshWorkspace(t, { timezone: 'Europe/Warsaw' });
    const base = { actorId: ws.adminId, ownerId: ws.adminId };
    await appendWon(t, ws.workspaceId, [
      { ...base, occurredAt: MONDAY_IN_WARSAW, amount: 1200.5, durationSeconds: 3600 },
      { ...base, occurredAt: SUNDAY_IN_WARSAW, amount: 99.99, durationSeconds: 60 },
    ]);
    // A second transaction folds into the same rows.
    await appendWon(t, ws.workspaceId, [
      { ...base, occurredAt: MONDAY_IN_WARSAW, amount: 0.25, durationSeconds: 40 },
    ]);
    expect(await weeks(t, ws.workspaceId)).toEqual([
      { weekStart: '2026-11-23', ownerId: ws.adminId, count: 1, amountSum: 99.99, durationSum: 60 },
      {
        weekStart: '2026-11-30',
        ownerId: ws.adminId,
        count: 2,
        amountSum: 1200.75,
        durationSum: 3640,
      },
    ]);
    const logged = await t.database.db
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, ws.workspaceId), eq(events.type, 'deal.won')));
    expect(logged).toHaveLength(3);
    expect(logged.map((e) => e.occurredAt.toISOString()).sort()).toEqual([
      '2026-11-29T22:30:00.000Z',
      '2026-11-29T23:30:00.000Z',
      '2026-11-29T23:30:00.000Z',
    ]);
  });

  it('puts the same instant in the other week for a New York workspace', async () => {
    const ws = await freshWorkspace(t, { timezone: 'America/New_York', currency: 'USD' });
    const base = { actorId: ws.adminId, ownerId: ws.adminId };
    await appendWon(t, ws.workspaceId, [
      { ...base, occurredAt: MONDAY_IN_WARSAW, amount: 10, durationSeconds: 1 },
      { ...base, occurredAt: SUNDAY_IN_WARSAW, amount: 20, durationSeconds: 2 },
      // Monday 30 November 00:30 in New York (05:30 UTC): the next week there.
      { ...base, occurredAt: new Date('2026-11-30T05:30:00Z'), amount: 5, durationSeconds: 3 },
    ]);
    expect(await weeks(t, ws.workspaceId)).toEqual([
      { weekStart: '2026-11-23', ownerId: ws.adminId, count: 2, amountSum: 30, durationSum: 3 },
      { weekStart: '2026-11-30', ownerId: ws.adminId, count: 1, amountSum: 5, durationSum: 3 },
    ]);
  });

  it('regroups the rollup into local weeks of the new zone when the workspace moves', async () => {
    const ws = await freshWorkspace(t, { timezone: 'Europe/Warsaw' });
    const other = await freshWorkspace(t, { timezone: 'Europe/Warsaw' });
    const base = { actorId: ws.adminId, ownerId: ws.adminId };
    await appendWon(t, ws.workspaceId, [
      { ...base, occurredAt: MONDAY_IN_WARSAW, amount: 10, durationSeconds: 1 },
      { ...base, occurredAt: SUNDAY_IN_WARSAW, amount: 20, durationSeconds: 2 },
    ]);
    await appendWon(t, other.workspaceId, [
      { actorId: other.adminId, ownerId: other.adminId, occurredAt: MONDAY_IN_WARSAW, amount: 7 },
    ]);
    const moved = await t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
      token: ws.token,
      body: { timezone: 'America/New_York' },
    });
    expect(moved.status).toBe(200);
    // Both instants are Sunday 29 November in New York: one week, one row.
    expect(await weeks(t, ws.workspaceId)).toEqual([
      { weekStart: '2026-11-23', ownerId: ws.adminId, count: 2, amountSum: 30, durationSum: 3 },
    ]);
    // Another workspace keeps its own weeks.
    expect((await weeks(t, other.workspaceId)).map((r) => r.weekStart)).toEqual(['2026-11-30']);
  });

  it('keeps separate rollup rows per owner and nothing when the transaction rolls back', async () => {
    const ws = await freshWorkspace(t);
    await appendWon(t, ws.workspaceId, [
      { actorId: ws.adminId, ownerId: ws.adminId, occurredAt: MONDAY_IN_WARSAW, amount: 1 },
      { actorId: ws.adminId, ownerId: null, occurredAt: MONDAY_IN_WARSAW, amount: 2 },
    ]);
    const failed = t.runner.runPublic(async (_input: void, { tx }) => {
      await appendEvents(tx, ws.workspaceId, [
        { type: 'deal.won', actorId: ws.adminId, occurredAt: MONDAY_IN_WARSAW, amount: 50 },
      ]);
      throw new Error('the state change failed');
    }, undefined);
    await expect(failed).rejects.toThrow('the state change failed');
    const rows = await weeks(t, ws.workspaceId);
    expect(rows.map((r) => [r.ownerId, r.count, r.amountSum]).sort()).toEqual(
      [
        [ws.adminId, 1, 1],
        [null, 1, 2],
      ].sort(),
    );
  });

  it('refuses to UPDATE an event: history is never rewritten', async () => {
    const ws = await freshWorkspace(t);
    await appendWon(t, ws.workspaceId, [
      { actorId: ws.adminId, occurredAt: MONDAY_IN_WARSAW, amount: 100 },
    ]);
    const rewrite = t.database.db.execute(
      sql`update events set amount = 1 where workspace_id = ${ws.workspaceId}::uuid`,
    );
    const error: unknown = await rewrite.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(messages(error)).toMatch(/append-only/);
    const [row] = await t.database.db
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, ws.workspaceId), eq(events.type, 'deal.won')));
    expect(Number(row!.amount)).toBe(100);
  });

  it('refuses to DELETE an event: corrections are new events', async () => {
    const ws = await freshWorkspace(t);
    await appendWon(t, ws.workspaceId, [
      { actorId: ws.adminId, occurredAt: MONDAY_IN_WARSAW, amount: 100 },
    ]);
    const erase = t.database.db.execute(
      sql`delete from events where workspace_id = ${ws.workspaceId}::uuid`,
    );
    const error: unknown = await erase.then(
      () => null,
      (e: unknown) => e,
    );
    expect(messages(error)).toMatch(/append-only/);
    const rows = await t.database.db
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, ws.workspaceId), eq(events.type, 'deal.won')));
    expect(rows).toHaveLength(1);
  });

  it('the bulk append (one array per column) writes the same events and rollup as the plain one', async () => {
    const ws = await freshWorkspace(t, { timezone: 'Europe/Warsaw' });
    const list = (n: number): NewEvent[] =>
      Array.from({ length: n }, (_, i) => ({
        type: 'deal.won',
        occurredAt: i % 2 ? MONDAY_IN_WARSAW : SUNDAY_IN_WARSAW,
        actorId: ws.adminId,
        ownerId: i % 3 ? ws.adminId : null,
        channel: i % 2 ? 'inbound' : null,
        amount: i % 4 ? 10.25 : null,
        durationSeconds: i,
        payload: { note: `"quoted" \\ {braces}, commas; ${i}`, n: i },
      }));
    await t.runner.runPublic(async (_input: void, { tx }) => {
      await appendEventsInBulk(tx, ws.workspaceId, list(40));
    }, undefined);
    const bulk = await weeks(t, ws.workspaceId);
    const stored = await t.database.db
      .select()
      .from(events)
      .where(and(eq(events.workspaceId, ws.workspaceId), eq(events.type, 'deal.won')))
      .orderBy(asc(events.id));
    expect(stored).toHaveLength(40);
    expect(stored.map((e) => e.payload)).toEqual(list(40).map((e) => e.payload));
    expect(stored.map((e) => [e.amount, e.channel, e.ownerId])).toEqual(
      list(40).map((e) => [e.amount ?? null, e.channel ?? null, e.ownerId ?? null]),
    );

    const other = await freshWorkspace(t, { timezone: 'Europe/Warsaw' });
    const again = list(40).map((e) => ({
      ...e,
      actorId: other.adminId,
      ownerId: e.ownerId && other.adminId,
    }));
    await t.runner.runPublic(async (_input: void, { tx }) => {
      await appendEvents(tx, other.workspaceId, again);
    }, undefined);
    const plain = await weeks(t, other.workspaceId);
    const anonymous = (rows: typeof bulk) =>
      rows.map((r) => ({ ...r, ownerId: r.ownerId !== null }));
    expect(anonymous(bulk)).toEqual(anonymous(plain));
    expect(bulk.reduce((sum, r) => sum + r.count, 0)).toBe(40);
  });
});
