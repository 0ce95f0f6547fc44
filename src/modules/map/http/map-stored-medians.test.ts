import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { storeLampMedians } from '../app/store-lamp-medians.ts';
import { addLamp, lampReadings } from '../../../server/test/lamp-fixtures.ts';
import { createLead } from '../../../server/test/lead-fixtures.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

async function ok(t: TestApp, method: string, url: string, token: string, body?: unknown) {
  const answer = await t.request(method, `/api/v1${url}`, { token, body });
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

const DAY = 86_400;

const TIME_TO_CONTACT = {
  thresholds: { direction: 'lower_is_better', green: DAY, amber: 2 * DAY },
};

/** A Warsaw workspace with one lamp: the median time from an inbound lead to its first contact. */
async function scene(t: TestApp) {
  const ws = await freshWorkspace(t, { timezone: 'Europe/Warsaw' });
  const lampId = await addLamp(t, ws.token, {
    ...TIME_TO_CONTACT,
    name: 'Time to first contact',
    metric: { median: { event: 'lead.contacted', where: { channel: 'inbound' } }, of: 'duration' },
  });
  return { ws, lampId };
}

async function weeks(t: TestApp, ws: WorkspaceFixture, lampId: string) {
  return (await lampReadings(t, ws.token, lampId, '2026-W47', '2026-W48')).map((r) => [
    r.week,
    r.value,
    r.partial,
  ]);
}

/** The closed weeks' medians stored for the workspace that hold a value: week, value, events. */
async function storedWeeks(t: TestApp, ws: WorkspaceFixture) {
  const rows = await rawRows<{ week: string; value: number | string; events: number }>(
    t.database.db,
    sql`select week_start::text as week, value, events from metric_week_values
      where workspace_id = ${ws.workspaceId}::uuid and value is not null order by week_start`,
  );
  return rows.map((r) => [r.week, Number(r.value), Number(r.events)]);
}

async function logCall(t: TestApp, ws: WorkspaceFixture, leadId: string, doneAt: string) {
  await ok(t, 'POST', '/activities', ws.token, { type: 'call', subject: 'Call', leadId, doneAt });
}

describeApi('process map: closed weeks of a median lamp', (t) => {
  it('are computed once, and a call logged late into a closed week still moves its reading', async () => {
    t.clock.set('2026-11-17T09:00:00Z'); // Tuesday of 2026-W47
    const { ws, lampId } = await scene(t);
    const ada = await createLead(t, ws.token, { name: 'Ada' });
    const ben = await createLead(t, ws.token, { name: 'Ben' });
    const cyd = await createLead(t, ws.token, { name: 'Cyd' });
    t.clock.set('2026-11-18T09:00:00Z');
    await logCall(t, ws, ada.id, '2026-11-18T09:00:00Z'); // a day after the enquiry

    t.clock.set('2026-11-24T10:00:00Z'); // Tuesday of W48: W47 has closed
    await logCall(t, ws, cyd.id, '2026-11-24T09:00:00Z'); // a week after
    expect(await weeks(t, ws, lampId)).toEqual([
      ['2026-W47', DAY, false],
      ['2026-W48', 7 * DAY, true],
    ]);
    // The dashboard computed the closed week without storing it; the hourly job stores it, and
    // the reading is unchanged.
    expect(await storedWeeks(t, ws)).toEqual([]);
    await t.runner.runPublic(storeLampMedians, { workspaceId: ws.workspaceId });
    expect(await storedWeeks(t, ws)).toEqual(expect.arrayContaining([['2026-11-16', DAY, 1]]));
    expect(await weeks(t, ws, lampId)).toEqual([
      ['2026-W47', DAY, false],
      ['2026-W48', 7 * DAY, true],
    ]);

    // Ben was called on Friday of W47, but the call is logged only now: W47 holds two contacts.
    await logCall(t, ws, ben.id, '2026-11-20T09:00:00Z');
    expect(await weeks(t, ws, lampId)).toEqual([
      ['2026-W47', 2 * DAY, false], // median of 1 and 3 days
      ['2026-W48', 7 * DAY, true],
    ]);
  });

  it('are regrouped when the workspace moves to another time zone', async () => {
    // The workspace is made before the weeks it reads (earlier weeks read as no data).
    t.clock.set('2026-11-10T09:00:00Z');
    const { ws, lampId } = await scene(t);
    /** An inbound lead created at `created` and first called at `called` (the clock follows). */
    const contact = async (name: string, created: string, called: string) => {
      t.clock.set(created);
      const lead = await createLead(t, ws.token, { name });
      t.clock.set(called);
      await logCall(t, ws, lead.id, called);
    };
    await contact('Rita', '2026-11-10T12:00:00Z', '2026-11-11T12:00:00Z'); // W46 in both zones
    // Mondays 00:30 in Warsaw are still Sunday evenings in New York: a week earlier there.
    await contact('Piotr', '2026-11-15T11:30:00Z', '2026-11-15T23:30:00Z');
    await contact('Quinn', '2026-11-22T21:30:00Z', '2026-11-22T23:30:00Z');

    t.clock.set('2026-12-01T12:00:00Z'); // W49: the three weeks are closed in both zones
    const read = async () =>
      (await lampReadings(t, ws.token, lampId, '2026-W46', '2026-W48')).map((r) => r.value);
    expect(await read()).toEqual([DAY, 12 * 3600, 2 * 3600]);
    // The hourly job stores the Warsaw weeks.
    await t.runner.runPublic(storeLampMedians, { workspaceId: ws.workspaceId });
    expect(await storedWeeks(t, ws)).toEqual(
      expect.arrayContaining([
        ['2026-11-09', DAY, 1],
        ['2026-11-16', 12 * 3600, 1],
        ['2026-11-23', 2 * 3600, 1],
      ]),
    );
    await ok(t, 'PATCH', `/workspaces/${ws.workspaceId}`, ws.token, {
      timezone: 'America/New_York',
    });
    // W47 holds one contact in either zone, but another one: its stored value must not survive.
    expect(await read()).toEqual([(DAY + 12 * 3600) / 2, 2 * 3600, null]);
  });

  it('are not kept for a team: a median over a team follows its current members', async () => {
    t.clock.set('2026-11-16T09:00:00Z'); // Monday of 2026-W47
    const ws = await freshWorkspace(t, { timezone: 'Europe/Warsaw' });
    const team = await ok(t, 'POST', '/teams', ws.token, { name: 'North' });
    const member = await addMember(t, ws, 'member', { teamId: team.id });
    const lampId = await addLamp(t, ws.token, {
      ...TIME_TO_CONTACT,
      name: 'Time to first contact, North',
      metric: { median: { event: 'lead.contacted', where: { teamId: team.id } }, of: 'duration' },
    });
    const theirs = await createLead(t, ws.token, { name: 'Ada', ownerId: member.id });
    const mine = await createLead(t, ws.token, { name: 'Ben', ownerId: ws.adminId });
    t.clock.set('2026-11-17T09:00:00Z');
    await logCall(t, ws, theirs.id, '2026-11-17T09:00:00Z'); // a day
    t.clock.set('2026-11-19T09:00:00Z');
    await logCall(t, ws, mine.id, '2026-11-19T09:00:00Z'); // three days

    t.clock.set('2026-11-24T09:00:00Z'); // W48: W47 has closed
    const lastWeek = async () =>
      (await lampReadings(t, ws.token, lampId, '2026-W47', '2026-W47'))[0]!.value;
    expect(await lastWeek()).toBe(DAY);
    await t.runner.runPublic(storeLampMedians, { workspaceId: ws.workspaceId });
    expect(await storedWeeks(t, ws)).toEqual([]);
    await ok(t, 'PATCH', `/users/${ws.adminId}`, ws.token, { teamId: team.id });
    expect(await lastWeek()).toBe(2 * DAY); // median of one and three days
  });
});
