import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface LostReason {
  id: string;
  name: string;
  standard: string;
  stageIds: string[] | null;
  active: boolean;
  order: number;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const URL = '/api/v1/lost-reasons';

async function create(t: TestApp, token: string, body: unknown): Promise<LostReason> {
  const answer = await t.request('POST', URL, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as unknown as LostReason;
}

async function list(t: TestApp, ws: WorkspaceFixture, query = ''): Promise<LostReason[]> {
  const answer = await t.request('GET', `${URL}${query}`, { token: ws.token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items as LostReason[];
}

/** A pipeline of two stages; returns their ids. */
async function stagesOf(t: TestApp, ws: WorkspaceFixture): Promise<string[]> {
  const answer = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: { name: 'Sales', stages: [{ name: 'Lead' }, { name: 'Offer' }] },
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return (answer.body.stages as { id: string }[]).map((s) => s.id);
}

const price = { name: 'Price', standard: 'The client named a cheaper competitor offer' };

describeApi('conveyor: loss reasons', (t) => {
  it('creates a reason: 201, active, stageIds null when absent, order, version 1 and an ETag', async () => {
    const ws = await freshWorkspace(t);
    const answer = await t.request('POST', URL, {
      token: ws.token,
      body: { name: '  Price ', standard: ' The client named a cheaper competitor offer ' },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.headers.etag).toBe('"1"');
    expect(answer.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ...price,
      stageIds: null,
      warm: null,
      active: true,
      order: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    const [lead, offer] = await stagesOf(t, ws);
    const limited = await create(t, ws.token, {
      name: 'No budget',
      standard: 'Budget frozen for the year',
      stageIds: [offer, lead],
    });
    expect(limited).toMatchObject({ stageIds: [offer, lead], order: 1, active: true });
    const everywhere = await create(t, ws.token, {
      name: 'Went silent',
      standard: 'No answer to three follow-ups',
      stageIds: [],
    });
    expect(everywhere.stageIds).toBeNull();
    expect(everywhere.order).toBe(2);
    expect(await list(t, ws)).toEqual([answer.body, limited, everywhere]);
  });

  it('requires a standard and refuses stages that are not of this workspace, creating nothing', async () => {
    const ws = await freshWorkspace(t);
    const post = (body: unknown) => t.request('POST', URL, { token: ws.token, body });
    expect(errorPaths(await post({ name: 'Price' }))).toEqual(['standard']);
    expect(errorPaths(await post({ name: 'Price', standard: '   ' }))).toEqual(['standard']);
    expect(errorPaths(await post({ name: '', standard: '' })).sort()).toEqual(['name', 'standard']);

    const [mine] = await stagesOf(t, ws);
    const [theirs] = await stagesOf(t, await freshWorkspace(t));
    const foreign = await post({ ...price, stageIds: [theirs] });
    expect(errorPaths(foreign)).toEqual(['stageIds.0']);
    expect(errorPaths(await post({ ...price, stageIds: [randomUUID()] }))).toEqual(['stageIds.0']);
    expect(errorPaths(await post({ ...price, stageIds: [mine, randomUUID()] }))).toEqual([
      'stageIds.1',
    ]);
    expect(errorPaths(await post({ ...price, stageIds: ['not-a-uuid'] }))).toEqual(['stageIds.0']);
    expect(await list(t, ws)).toEqual([]);
  });

  it('lists in creation order and filters with ?active=true / ?active=false', async () => {
    const ws = await freshWorkspace(t);
    const names = ['Zeta timing', 'Alpha price', 'Mid competitor'];
    const made: LostReason[] = [];
    for (const name of names) made.push(await create(t, ws.token, { name, standard: 'When' }));
    expect((await list(t, ws)).map((r) => r.name)).toEqual(names);

    const retired = await t.request('PATCH', `${URL}/${made[1]!.id}`, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { active: false },
    });
    expect(retired.status, JSON.stringify(retired.body)).toBe(200);
    expect(retired.headers.etag).toBe('"2"');
    expect(retired.body).toMatchObject({ active: false, version: 2, name: 'Alpha price' });

    expect((await list(t, ws)).map((r) => [r.name, r.active])).toEqual([
      ['Zeta timing', true],
      ['Alpha price', false],
      ['Mid competitor', true],
    ]);
    expect((await list(t, ws, '?active=true')).map((r) => r.name)).toEqual([
      'Zeta timing',
      'Mid competitor',
    ]);
    expect((await list(t, ws, '?active=false')).map((r) => r.name)).toEqual(['Alpha price']);
    const bad = await t.request('GET', `${URL}?active=maybe`, { token: ws.token });
    expect(errorPaths(bad)).toEqual(['active']);

    const revived = await t.request('PATCH', `${URL}/${made[1]!.id}`, {
      token: ws.token,
      body: { active: true },
    });
    expect(revived.body).toMatchObject({ active: true, version: 3 });
    expect(await list(t, ws, '?active=false')).toEqual([]);
  });

  it('edits name, standard and stages; [] means everywhere; a stale If-Match is 412 and changes nothing', async () => {
    const ws = await freshWorkspace(t);
    const [lead, offer] = await stagesOf(t, ws);
    const reason = await create(t, ws.token, { ...price, stageIds: [lead] });
    const url = `${URL}/${reason.id}`;
    const patch = (body: unknown, headers: Record<string, string> = {}) =>
      t.request('PATCH', url, { token: ws.token, body, headers });

    const edited = await patch(
      { name: 'Too expensive', standard: 'Our price was the stated reason', stageIds: [offer] },
      { 'if-match': '1' },
    );
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Too expensive',
      standard: 'Our price was the stated reason',
      stageIds: [offer],
      version: 2,
    });

    const stale = await patch({ name: 'Stale', active: false }, { 'if-match': '"1"' });
    expectProblem(stale, 412, 'version_conflict');
    expect(await list(t, ws)).toEqual([edited.body]);

    expect(errorPaths(await patch({ stageIds: [randomUUID()] }))).toEqual(['stageIds.0']);
    expect(errorPaths(await patch({ standard: '' }))).toEqual(['standard']);
    expect(await list(t, ws)).toEqual([edited.body]);

    const cleared = await patch({ stageIds: [] }, { 'if-match': '"2"' });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    expect(cleared.body).toMatchObject({ stageIds: null, version: 3, name: 'Too expensive' });
    expect((await list(t, ws))[0]!.stageIds).toBeNull();
  });

  it('lets a manager write; a member gets 403 forbidden and nothing changes', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    expectProblem(
      await t.request('POST', URL, { token: member.token, body: price }),
      403,
      'forbidden',
    );
    expect(await list(t, ws)).toEqual([]);

    const reason = await create(t, manager.token, price);
    const retire = await t.request('PATCH', `${URL}/${reason.id}`, {
      token: member.token,
      body: { active: false },
    });
    expectProblem(retire, 403, 'forbidden');
    // A member reads the list: they choose from it when losing a deal.
    const read = await t.request('GET', URL, { token: member.token });
    expect(read.status).toBe(200);
    expect(read.body.items).toEqual([reason]);
  });

  it("answers 404 for another workspace's reason and leaves it alone", async () => {
    const ws = await freshWorkspace(t);
    const stranger = await freshWorkspace(t);
    const reason = await create(t, ws.token, price);
    const write = await t.request('PATCH', `${URL}/${reason.id}`, {
      token: stranger.token,
      body: { active: false, name: 'Hijacked' },
    });
    expectProblem(write, 404, 'not_found');
    const unknown = await t.request('PATCH', `${URL}/${randomUUID()}`, {
      token: ws.token,
      body: { active: false },
    });
    expectProblem(unknown, 404, 'not_found');
    expect(await list(t, stranger)).toEqual([]);
    expect(await list(t, ws)).toEqual([reason]);
  });
});

describeApi('loss reasons when their stage is removed', (t) => {
  it('forgets a removed stage in the reasons limited to it, retiring one left with none', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/pipelines', {
      token: ws.token,
      body: { name: 'P', stages: [{ name: 'A' }, { name: 'B' }] },
    });
    const [a, b] = created.body.stages as { id: string; name: string }[];
    const onlyB = await t.request('POST', '/api/v1/lost-reasons', {
      token: ws.token,
      body: { name: 'Only at B', standard: 'When B fails', stageIds: [b!.id] },
    });
    const aAndB = await t.request('POST', '/api/v1/lost-reasons', {
      token: ws.token,
      body: { name: 'At A or B', standard: 'Any time', stageIds: [a!.id, b!.id] },
    });
    const patched = await t.request('PATCH', `/api/v1/pipelines/${created.body.id as string}`, {
      token: ws.token,
      body: { stages: [{ id: a!.id, name: 'A' }] },
    });
    expect(patched.status).toBe(200);
    const list = await t.request('GET', '/api/v1/lost-reasons', { token: ws.token });
    const byId = new Map(
      (list.body.items as { id: string; stageIds: string[] | null; active: boolean }[]).map((r) => [
        r.id,
        r,
      ]),
    );
    expect(byId.get(onlyB.body.id as string)).toMatchObject({ stageIds: null, active: false });
    expect(byId.get(aAndB.body.id as string)).toMatchObject({ stageIds: [a!.id], active: true });
  });

  it('a warm reason (seed 004: the warm base is kept) plans a revisit task for the deal’s owner', async () => {
    const ws = await freshWorkspace(t);
    const [first] = await stagesOf(t, ws);
    const warm = await create(t, ws.token, {
      name: 'Postponed',
      standard: 'The purchase moved to next year.',
      warm: { revisitDays: 120 },
    });
    expect(warm).toMatchObject({ warm: { revisitDays: 120 } });
    const pipelines = await t.request('GET', '/api/v1/pipelines', { token: ws.token });
    const pipelineId = (pipelines.body.items as { id: string; stages: { id: string }[] }[]).find(
      (p) => p.stages.some((s) => s.id === first),
    )!.id;
    const deal = await t.request('POST', '/api/v1/deals', {
      token: ws.token,
      body: { title: 'Fleet renewal', pipelineId, value: 5000 },
    });
    const lost = await t.request('POST', `/api/v1/deals/${deal.body.id}/lose`, {
      token: ws.token,
      body: { lostReasonId: warm.id },
    });
    expect(lost.status, JSON.stringify(lost.body)).toBe(200);
    const tasks = await t.request('GET', `/api/v1/activities?dealId=${deal.body.id}`, {
      token: ws.token,
    });
    const [task] = tasks.body.items as { type: string; subject: string; dueAt: string }[];
    expect(task).toMatchObject({
      type: 'task',
      subject: 'Revisit Fleet renewal (lost: Postponed)',
    });
    const days = (Date.parse(task!.dueAt) - Date.parse(lost.body.closedAt as string)) / 86_400_000;
    expect(Math.round(days)).toBe(120);

    // Made cold again, the next loss plans nothing.
    const cold = await t.request('PATCH', `${URL}/${warm.id}`, {
      token: ws.token,
      body: { warm: null },
    });
    expect(cold.body.warm).toBeNull();
  });
});
