import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { deals } from '../db/schema.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

interface Listed {
  items: { id: string; stuck: boolean; nextActivity: unknown }[];
  nextCursor: string | null;
}

async function get(t: TestApp, token: string, url: string): Promise<Listed> {
  const answer = await t.request('GET', url, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as Listed;
}

/**
 * A pipeline (Rotting: rot after 3 days; Patient: never rots), a team North with one member,
 * and deals set up so every filter has something to keep and something to drop:
 *  a: admin's, Rotting, idle 5 days, only a completed call 4 days ago → stuck, no next step
 *  b: North's, Rotting, entered 5 days ago but a call yesterday, a meeting planned → neither
 *  c: North's, Rotting, entered yesterday (older last activity does not count) → no next step
 *  d: outsider's, Patient, entered 30 days ago, a planned task → neither
 *  e: admin's, Rotting, idle 5 days but won → not stuck (only open deals rot), no next step
 */
async function scene(t: TestApp) {
  const ws = await freshWorkspace(t);
  const team = await t.request('POST', '/api/v1/teams', {
    token: ws.token,
    body: { name: 'North' },
  });
  expect(team.status, JSON.stringify(team.body)).toBe(201);
  const teamId = team.body.id as string;
  const north = await addMember(t, ws, 'member', { teamId });
  const outsider = await addMember(t, ws, 'member');
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: 'Filters', stages: [{ name: 'Rotting', rotDays: 3 }, { name: 'Patient' }] },
  });
  expect(pipeline.status, JSON.stringify(pipeline.body)).toBe(201);
  const pipelineId = pipeline.body.id as string;
  const [rotting, patient] = (pipeline.body.stages as { id: string }[]).map((s) => s.id);

  const deal = async (title: string, stageId: string, ownerId: string) => {
    const created = await t.request('POST', '/api/v1/deals', {
      token: ws.token,
      body: { title, pipelineId, stageId, ownerId },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };
  const a = await deal('A', rotting!, ws.adminId);
  const b = await deal('B', rotting!, north.id);
  const c = await deal('C', rotting!, north.id);
  const d = await deal('D', patient!, outsider.id);
  const e = await deal('E', rotting!, ws.adminId);

  await backdate(t, ws, a, { stageEnteredAt: ago(5 * DAY) });
  await backdate(t, ws, b, { stageEnteredAt: ago(5 * DAY) });
  await backdate(t, ws, c, { stageEnteredAt: ago(DAY), lastActivityAt: ago(10 * DAY) });
  await backdate(t, ws, d, { stageEnteredAt: ago(30 * DAY) });
  await backdate(t, ws, e, { stageEnteredAt: ago(5 * DAY), status: 'won', closedAt: new Date() });

  const activity = async (body: Record<string, unknown>) => {
    const created = await t.request('POST', '/api/v1/activities', { token: ws.token, body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };
  await activity({ type: 'call', subject: 'Old call', dealId: a, doneAt: ago(4 * DAY) });
  await activity({ type: 'call', subject: 'Fresh call', dealId: b, doneAt: ago(DAY) });
  await activity({ type: 'meeting', subject: 'Demo', dealId: b, dueAt: ago(-DAY) });
  await activity({ type: 'task', subject: 'Wait', dealId: d, dueAt: ago(-2 * DAY) });
  return { ws, teamId, north, outsider, pipelineId, activity, ids: { a, b, c, d, e } };
}

async function backdate(
  t: TestApp,
  ws: WorkspaceFixture,
  id: string,
  patch: Partial<typeof deals.$inferInsert>,
) {
  await t.database.db
    .update(deals)
    .set(patch)
    .where(and(eq(deals.workspaceId, ws.workspaceId), eq(deals.id, id)));
}

const sorted = (...ids: string[]) => [...ids].sort();

describeApi('deal and activity filters', (t) => {
  it('filters deals by stuck, next step and team, matching the stuck marker', async () => {
    const { ws, teamId, pipelineId, ids } = await scene(t);
    const { a, b, c, d, e } = ids;
    const idsOf = async (query: string) =>
      (await get(t, ws.token, `/api/v1/deals?pipelineId=${pipelineId}&${query}`)).items.map(
        (x) => x.id,
      );

    const all = await get(t, ws.token, `/api/v1/deals?pipelineId=${pipelineId}`);
    expect(all.items.filter((x) => x.stuck).map((x) => x.id)).toEqual([a]);
    expect(all.items.filter((x) => x.nextActivity === null).map((x) => x.id)).toEqual(
      sorted(a, c, e),
    );

    expect(await idsOf('stuck=true')).toEqual([a]);
    expect(await idsOf('stuck=false')).toEqual(sorted(b, c, d, e));
    expect(await idsOf('stuck=false&status=open')).toEqual(sorted(b, c, d));
    expect(await idsOf('noNextActivity=true')).toEqual(sorted(a, c, e));
    expect(await idsOf('noNextActivity=true&status=open')).toEqual(sorted(a, c));
    expect(await idsOf('noNextActivity=false')).toEqual(sorted(b, d));
    expect(await idsOf('stuck=true&noNextActivity=false')).toEqual([]);
    expect(await idsOf(`teamId=${teamId}`)).toEqual(sorted(b, c));
    expect(await idsOf(`teamId=${teamId}&noNextActivity=true`)).toEqual([c]);
    expect(await idsOf(`ownerId=${ws.adminId}&stuck=true`)).toEqual([a]);
  });

  it('a completed next step makes the deal show up without one; a planned one takes it out', async () => {
    const { ws, pipelineId, activity, ids } = await scene(t);
    const url = `/api/v1/deals?pipelineId=${pipelineId}&status=open&noNextActivity=true`;
    const planned = await activity({
      type: 'call',
      subject: 'Call back',
      dealId: ids.c,
      dueAt: ago(-HOUR),
    });
    expect((await get(t, ws.token, url)).items.map((x) => x.id)).toEqual([ids.a]);
    const done = await t.request('POST', `/api/v1/activities/${planned}/complete`, {
      token: ws.token,
      body: {},
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((await get(t, ws.token, url)).items.map((x) => x.id)).toEqual(sorted(ids.a, ids.c));
    // A completed activity is life: c entered its stage a day ago anyway, a stays stuck.
    const stuck = await get(t, ws.token, `/api/v1/deals?pipelineId=${pipelineId}&stuck=true`);
    expect(stuck.items.map((x) => x.id)).toEqual([ids.a]);
  });

  it('pages through filtered deals with the cursor, every match once', async () => {
    const { ws, pipelineId, ids } = await scene(t);
    const base = `/api/v1/deals?pipelineId=${pipelineId}&stuck=false&limit=2`;
    const first = await get(t, ws.token, base);
    expect(first.nextCursor).not.toBeNull();
    const second = await get(t, ws.token, `${base}&cursor=${first.nextCursor!}`);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((x) => x.id)).toEqual(
      sorted(ids.b, ids.c, ids.d, ids.e),
    );
  });

  it('filters activities by due window and team', async () => {
    const { ws, teamId, north, activity, ids } = await scene(t);
    const yesterday = await activity({
      type: 'call',
      subject: 'Overdue',
      dealId: ids.c,
      dueAt: ago(20 * HOUR),
    });
    const soon = await activity({
      type: 'email',
      subject: 'Soon',
      dealId: ids.c,
      dueAt: ago(-HOUR),
    });
    const mine = await activity({ type: 'task', subject: 'Mine', dueAt: ago(-2 * HOUR) });
    const idsOf = async (query: string) =>
      (await get(t, ws.token, `/api/v1/activities?state=planned&${query}`)).items.map((x) => x.id);

    const from = ago(2 * HOUR).toISOString();
    const to = ago(-3 * HOUR).toISOString();
    expect(await idsOf(`dueAfter=${from}&dueBefore=${to}`)).toEqual([soon, mine]);
    expect(await idsOf(`dueBefore=${from}`)).toEqual([yesterday]);
    expect(await idsOf(`teamId=${teamId}&dueBefore=${to}`)).toEqual([yesterday, soon]);
    expect(await idsOf(`teamId=${teamId}&dueAfter=${from}&dueBefore=${to}`)).toEqual([soon]);
    expect(await idsOf(`ownerId=${north.id}&dueBefore=${from}`)).toEqual([yesterday]);
    // dueAfter is inclusive, dueBefore exclusive.
    const soonAt = (await t.request('GET', `/api/v1/activities/${soon}`, { token: ws.token })).body
      .dueAt as string;
    expect(await idsOf(`teamId=${teamId}&dueAfter=${soonAt}&dueBefore=${to}`)).toEqual([soon]);
    expect(await idsOf(`teamId=${teamId}&dueAfter=${from}&dueBefore=${soonAt}`)).toEqual([]);
  });

  it('refuses malformed filters with 400', async () => {
    const ws = await freshWorkspace(t);
    for (const url of [
      '/api/v1/deals?stuck=yes',
      '/api/v1/deals?noNextActivity=1',
      '/api/v1/deals?teamId=north',
      '/api/v1/activities?dueBefore=tomorrow',
      '/api/v1/activities?teamId=x',
    ]) {
      expectProblem(await t.request('GET', url, { token: ws.token }), 400, 'validation_failed');
    }
  });
});
