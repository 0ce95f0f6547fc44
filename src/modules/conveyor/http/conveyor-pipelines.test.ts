import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { newId } from '../../../kernel/db/ids.ts';
import { deals } from '../db/schema.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Criterion {
  id: string;
  kind: string;
  label: string;
  field?: string;
  activityType?: string;
}

interface Stage {
  id: string;
  name: string;
  order: number;
  goal: string;
  probability: number;
  rotDays: number | null;
  role: string | null;
  guidance: string;
  exitCriteria: Criterion[];
}

interface Pipeline {
  id: string;
  name: string;
  order: number;
  stages: Stage[];
  version: number;
}

const URL = '/api/v1/pipelines';

async function create(t: TestApp, token: string, body: unknown): Promise<Pipeline> {
  const answer = await t.request('POST', URL, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as unknown as Pipeline;
}

async function all(t: TestApp, ws: WorkspaceFixture): Promise<Pipeline[]> {
  const answer = await t.request('GET', URL, { token: ws.token });
  expect(answer.status).toBe(200);
  return answer.body.items as Pipeline[];
}

async function one(t: TestApp, ws: WorkspaceFixture, id: string): Promise<Pipeline> {
  const answer = await t.request('GET', `${URL}/${id}`, { token: ws.token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as Pipeline;
}

const threeStages = {
  name: 'Sales',
  stages: [
    { name: 'Lead', exitCriteria: [{ kind: 'check', label: 'Qualified' }] },
    { name: 'Offer', exitCriteria: [{ kind: 'field', field: 'value', label: 'Priced' }] },
    { name: 'Negotiation' },
  ],
};

/** The stage list as a PATCH body sends it back: ids and every field, without order. */
const asInput = (stages: Stage[]) => stages.map(({ order: _order, ...s }) => s);

describeApi('conveyor: pipelines', (t) => {
  it('creates a pipeline: ids everywhere, order 0..n-1, defaults, version 1 and an ETag', async () => {
    const ws = await freshWorkspace(t);
    const criteria = [
      { kind: 'activity', activityType: 'call', label: 'Call held' },
      { kind: 'field', field: 'contactId', label: 'Decision maker known' },
      { kind: 'check', label: 'Budget confirmed' },
      { kind: 'nextActivity', label: 'Next step planned' },
    ];
    const identification = {
      name: 'Identification',
      goal: 'A relationship with a decision maker',
      probability: 10,
      rotDays: 7,
      role: 'hunter',
      guidance: '**Call** first',
    };
    const answer = await t.request('POST', URL, {
      token: ws.token,
      body: {
        name: 'New business',
        stages: [{ ...identification, exitCriteria: criteria }, { name: 'Proposal' }],
      },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.headers.etag).toBe('"1"');
    const p = answer.body as unknown as Pipeline;
    expect(p).toMatchObject({ name: 'New business', version: 1, order: 0 });
    const [first, second] = p.stages;
    const anyId = expect.stringMatching(/^[0-9a-f-]{36}$/);
    expect(first).toEqual({
      ...identification,
      id: anyId,
      order: 0,
      optional: false,
      exitCriteria: criteria.map((c) => ({ id: anyId, ...c })),
    });
    const defaults = {
      goal: '',
      probability: 0,
      rotDays: null,
      role: null,
      optional: false,
      guidance: '',
    };
    expect(second).toEqual({
      id: anyId,
      name: 'Proposal',
      order: 1,
      ...defaults,
      exitCriteria: [],
    });
    const ids = [...p.stages.map((s) => s.id), ...first!.exitCriteria.map((c) => c.id)];
    expect(new Set(ids).size).toBe(6);

    const got = await t.request('GET', `${URL}/${p.id}`, { token: ws.token });
    expect(got.status).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.body).toEqual(answer.body);
    const second2 = await create(t, ws.token, { name: 'Renewals', stages: [{ name: 'Due' }] });
    expect(second2.order).toBe(1);
    expect(await all(t, ws)).toEqual([answer.body, second2]);
  });

  it('refuses bad pipelines with 400 and the path of every bad field, creating nothing', async () => {
    const ws = await freshWorkspace(t);
    const post = (body: unknown) => t.request('POST', URL, { token: ws.token, body });
    expect(errorPaths(await post({ name: 'P', stages: [] }))).toEqual(['stages']);
    expect(errorPaths(await post({ name: 'P' }))).toEqual(['stages']);
    expect(
      errorPaths(await post({ name: 'P', stages: [{ name: 'A', probability: 101 }] })),
    ).toEqual(['stages.0.probability']);
    const criterion = async (c: Record<string, unknown>) => {
      const paths = errorPaths(
        await post({ name: 'P', stages: [{ name: 'A', exitCriteria: [c] }] }),
      );
      expect(paths.length, JSON.stringify(c)).toBeGreaterThan(0);
      for (const path of paths) expect(path).toMatch(/^stages\.0\.exitCriteria\.0(\.|$)/);
    };
    await criterion({ kind: 'telepathy', label: 'Mind read' });
    await criterion({ kind: 'field', field: 'mood', label: 'Happy' });
    await criterion({ kind: 'activity', activityType: 'fax', label: 'Faxed' });
    await criterion({ kind: 'check', label: '  ' });
    const dup = await post({ name: 'P', stages: [{ name: 'Offer' }, { name: ' OFFER ' }] });
    expect(errorPaths(dup)).toEqual(['stages.1.name']);
    expect(await all(t, ws)).toEqual([]);
  });

  it('lets a manager create a pipeline; a member gets 403 forbidden and nothing is created', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const refused = await t.request('POST', URL, { token: member.token, body: threeStages });
    expectProblem(refused, 403, 'forbidden');
    expect(await all(t, ws)).toEqual([]);
    const manager = await addMember(t, ws, 'manager');
    const made = await create(t, manager.token, threeStages);
    const patch = await t.request('PATCH', `${URL}/${made.id}`, {
      token: member.token,
      body: { name: 'Mine now' },
    });
    expectProblem(patch, 403, 'forbidden');
    // A member may read the pipelines all the same.
    const read = await t.request('GET', URL, { token: member.token });
    expect(read.status).toBe(200);
    expect((read.body.items as Pipeline[]).map((p) => p.name)).toEqual(['Sales']);
  });

  it('reorders, renames, adds and removes stages, keeping stage and criterion ids', async () => {
    const ws = await freshWorkspace(t);
    const p = await create(t, ws.token, threeStages);
    const [lead, offer, negotiation] = p.stages;
    const body = {
      name: 'Sales (v2)',
      stages: [
        { ...asInput([offer!])[0], name: 'Proposal' },
        {
          ...asInput([lead!])[0],
          exitCriteria: [
            { ...lead!.exitCriteria[0], label: 'Qualified (BANT)' },
            { kind: 'nextActivity', label: 'Next step' },
          ],
        },
        { name: 'Contract', probability: 80 },
      ],
    };
    const answer = await t.request('PATCH', `${URL}/${p.id}`, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.headers.etag).toBe('"2"');
    const after = answer.body as unknown as Pipeline;
    expect(after).toMatchObject({ id: p.id, name: 'Sales (v2)', version: 2 });
    expect(after.stages.map((s) => [s.name, s.order])).toEqual([
      ['Proposal', 0],
      ['Lead', 1],
      ['Contract', 2],
    ]);
    expect(after.stages[0]!.id).toBe(offer!.id);
    expect(after.stages[0]!.exitCriteria).toEqual(offer!.exitCriteria);
    expect(after.stages[1]!.id).toBe(lead!.id);
    expect(after.stages[1]!.exitCriteria[0]).toEqual({
      ...lead!.exitCriteria[0],
      label: 'Qualified (BANT)',
    });
    expect(after.stages[1]!.exitCriteria[1]!.id).not.toBe(lead!.exitCriteria[0]!.id);
    expect(after.stages[2]).toMatchObject({ probability: 80, exitCriteria: [] });
    expect(p.stages.map((s) => s.id)).not.toContain(after.stages[2]!.id);
    expect(after.stages.map((s) => s.id)).not.toContain(negotiation!.id);
    expect(await one(t, ws, p.id)).toEqual(after);
  });

  it('refuses unknown stage or criterion ids and a stale If-Match, and changes nothing', async () => {
    const ws = await freshWorkspace(t);
    const p = await create(t, ws.token, threeStages);
    const other = await create(t, ws.token, { name: 'Other', stages: [{ name: 'Elsewhere' }] });
    const patch = (body: unknown, headers: Record<string, string> = {}) =>
      t.request('PATCH', `${URL}/${p.id}`, { token: ws.token, body, headers });
    const stages = asInput(p.stages);

    const strange = [...stages];
    strange[2] = { ...strange[2]!, id: randomUUID() };
    expect(errorPaths(await patch({ stages: strange }))).toEqual(['stages.2.id']);
    const borrowed = [...stages, { ...asInput(other.stages)[0]!, name: 'Borrowed' }];
    expect(errorPaths(await patch({ stages: borrowed }))).toEqual(['stages.3.id']);
    const withCriteria = (at: number, exitCriteria: unknown[]) => ({
      stages: stages.map((s, i) => (i === at ? { ...s, exitCriteria } : s)),
    });
    const [qualified] = stages[0]!.exitCriteria;
    const [priced] = stages[1]!.exitCriteria;
    const moved = await patch(withCriteria(1, [priced, qualified]));
    expect(errorPaths(moved)).toEqual(['stages.1.exitCriteria.1.id']);
    const invented = await patch(withCriteria(0, [{ ...qualified, id: randomUUID() }]));
    expect(errorPaths(invented)).toEqual(['stages.0.exitCriteria.0.id']);
    expect(errorPaths(await patch({ stages: [] }))).toEqual(['stages']);
    // One id listed twice would merge two entries into one stage (and drop the rest).
    const twice = [
      stages[0]!,
      { ...stages[0]!, name: 'Lead again', exitCriteria: [] },
      stages[1]!,
      stages[2]!,
    ];
    expect(errorPaths(await patch({ stages: twice }))).toEqual(['stages.1.id']);
    const criterionTwice = await patch(withCriteria(0, [qualified, { ...qualified, label: 'B' }]));
    expect(errorPaths(criterionTwice)).toEqual(['stages.0.exitCriteria.1.id']);

    const stale = await patch({ name: 'Stale', stages: stages.slice(0, 1) }, { 'if-match': '"7"' });
    expectProblem(stale, 412, 'version_conflict');
    expect(await one(t, ws, p.id)).toEqual(p);

    const ok = await patch({ name: 'Fresh' }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Fresh', version: 2, stages: p.stages });
    expectProblem(await patch({ name: 'Late' }, { 'if-match': '"1"' }), 412, 'version_conflict');
    expect((await one(t, ws, p.id)).name).toBe('Fresh');
  });

  it("answers 404 for another workspace's pipeline, on read and on write", async () => {
    const ws = await freshWorkspace(t);
    const stranger = await freshWorkspace(t);
    const p = await create(t, ws.token, threeStages);
    const read = await t.request('GET', `${URL}/${p.id}`, { token: stranger.token });
    expectProblem(read, 404, 'not_found');
    const write = await t.request('PATCH', `${URL}/${p.id}`, {
      token: stranger.token,
      body: { name: 'Hijacked' },
    });
    expectProblem(write, 404, 'not_found');
    expect(await all(t, stranger)).toEqual([]);
    expect(await one(t, ws, p.id)).toEqual(p);
    const unknown = await t.request('GET', `${URL}/${randomUUID()}`, { token: ws.token });
    expectProblem(unknown, 404, 'not_found');
  });

  it('refuses to remove a stage that holds a deal with 409 stage_in_use; an empty one goes', async () => {
    const ws = await freshWorkspace(t);
    const p = await create(t, ws.token, threeStages);
    const [lead, offer, negotiation] = p.stages;
    await t.database.db.insert(deals).values({
      workspaceId: ws.workspaceId,
      id: newId(),
      title: 'X',
      pipelineId: p.id,
      stageId: offer!.id,
      currency: 'PLN',
      stageEnteredAt: new Date(),
    });
    const url = `${URL}/${p.id}`;
    const refused = await t.request('PATCH', url, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { name: 'Renamed', stages: asInput([lead!, negotiation!]) },
    });
    expectProblem(refused, 409, 'stage_in_use');
    expect(refused.body.detail).toContain('Offer');
    expect(refused.body.stageIds).toEqual([offer!.id]);
    expect(await one(t, ws, p.id)).toEqual(p);

    const removed = await t.request('PATCH', url, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { stages: asInput([offer!, lead!]) },
    });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    const after = removed.body as unknown as Pipeline;
    expect(after.version).toBe(2);
    expect(after.stages.map((s) => [s.id, s.order])).toEqual([
      [offer!.id, 0],
      [lead!.id, 1],
    ]);
    expect(await one(t, ws, p.id)).toEqual(after);
  });
});
