import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Group {
  id: string;
  name: string;
  kind: string;
  mode: string;
  cadence?: string;
  trigger?: string;
  ownerUserId?: string;
  next: string[];
  lamps: { id: string }[];
  processes: { name: string; description: string }[];
  version: number;
}

const GROUPS = '/api/v1/process-map/groups';

async function createGroup(t: TestApp, ws: WorkspaceFixture, body: object): Promise<Group> {
  const answer = await t.request('POST', GROUPS, { token: ws.token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body as unknown as Group;
}

const prospecting = {
  name: 'Prospecting',
  kind: 'prospecting',
  result: 'Leads: prospects who said "yes, let\'s talk"',
  mode: 'standing',
  cadence: 'weekly',
  processes: [{ name: 'Build the contact base', description: 'Every week, 200 new prospects' }],
};
const sales = { name: 'Sales', kind: 'sales', mode: 'triggered', trigger: 'lead.sql' };

describeApi('process map: groups', (t) => {
  it('an empty workspace has an active map without groups', async () => {
    const ws = await freshWorkspace(t);
    const answer = await t.request('GET', '/api/v1/process-map', { token: ws.token });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      version: { id: expect.any(String), name: 'Process map', state: 'active' },
      groups: [],
    });
  });

  it('adds groups with processes and links; the map lists them in order', async () => {
    const ws = await freshWorkspace(t);
    const salesGroup = await createGroup(t, ws, sales);
    const answer = await t.request('POST', GROUPS, {
      token: ws.token,
      body: { ...prospecting, ownerUserId: ws.adminId, next: [salesGroup.id] },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.etag).toBe('"1"');
    expect(answer.body).toEqual({
      id: expect.any(String),
      ...prospecting,
      ownerUserId: ws.adminId,
      next: [salesGroup.id],
      lamps: [],
      position: 1,
      version: 1,
    });
    const map = await t.request('GET', '/api/v1/process-map', { token: ws.token });
    const groups = map.body.groups as Group[];
    expect(groups.map((g) => [g.name, g.mode, g.trigger ?? g.cadence])).toEqual([
      ['Sales', 'triggered', 'lead.sql'],
      ['Prospecting', 'standing', 'weekly'],
    ]);
    expect(groups[0]).not.toHaveProperty('cadence');
  });

  it('reports every problem of a group at once and creates nothing', async () => {
    const ws = await freshWorkspace(t);
    const answer = await t.request('POST', GROUPS, {
      token: ws.token,
      body: { name: ' ', kind: 'magic', mode: 'standing' },
    });
    expectProblem(answer, 400, 'validation_failed');
    expect(errorPaths(answer).sort()).toEqual(['kind', 'name']);

    const timing = await t.request('POST', GROUPS, {
      token: ws.token,
      body: { ...prospecting, cadence: null, trigger: 'lead.sql', next: [randomUUID()] },
    });
    expectProblem(timing, 400, 'validation_failed');
    expect(errorPaths(timing).sort()).toEqual(['cadence', 'next.0', 'trigger']);

    const badTrigger = await t.request('POST', GROUPS, {
      token: ws.token,
      body: { ...sales, trigger: 'deal.exploded' },
    });
    expectProblem(badTrigger, 400, 'validation_failed');
    expect(errorPaths(badTrigger)).toEqual(['trigger']);

    const stranger = await t.request('POST', GROUPS, {
      token: ws.token,
      body: { ...prospecting, ownerUserId: randomUUID() },
    });
    expectProblem(stranger, 400, 'validation_failed');
    expect(errorPaths(stranger)).toEqual(['ownerUserId']);

    const map = await t.request('GET', '/api/v1/process-map', { token: ws.token });
    expect(map.body.groups).toEqual([]);
  });

  it('edits a group with If-Match; a stale version is 412 and changes nothing', async () => {
    const ws = await freshWorkspace(t);
    const group = await createGroup(t, ws, prospecting);
    const other = await createGroup(t, ws, sales);
    const url = `${GROUPS}/${group.id}`;
    const edited = await t.request('PATCH', url, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { mode: 'triggered', trigger: 'deal.won', next: [other.id], name: 'Outbound' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.headers.etag).toBe('"2"');
    expect(edited.body).toMatchObject({ name: 'Outbound', mode: 'triggered', next: [other.id] });
    expect(edited.body.trigger).toBe('deal.won');
    expect(edited.body).not.toHaveProperty('cadence');

    const stale = await t.request('PATCH', url, {
      token: ws.token,
      headers: { 'if-match': '"1"' },
      body: { name: 'Lost update' },
    });
    expectProblem(stale, 412, 'version_conflict');

    const selfLink = await t.request('PATCH', url, { token: ws.token, body: { next: [group.id] } });
    expectProblem(selfLink, 400, 'validation_failed');
    expect(errorPaths(selfLink)).toEqual(['next.0']);

    const map = await t.request('GET', '/api/v1/process-map', { token: ws.token });
    const groups = map.body.groups as Group[];
    expect(groups.find((g) => g.id === group.id)).toMatchObject({ name: 'Outbound', version: 2 });
  });

  it('removing a group removes the links to it', async () => {
    const ws = await freshWorkspace(t);
    const target = await createGroup(t, ws, sales);
    const source = await createGroup(t, ws, { ...prospecting, next: [target.id] });
    const removed = await t.request('DELETE', `${GROUPS}/${target.id}`, { token: ws.token });
    expect(removed.status).toBe(204);
    const map = await t.request('GET', '/api/v1/process-map', { token: ws.token });
    expect(map.body.groups).toEqual([expect.objectContaining({ id: source.id, next: [] })]);
    const again = await t.request('DELETE', `${GROUPS}/${target.id}`, { token: ws.token });
    expectProblem(again, 404, 'not_found');
  });

  it('members read the map but cannot change it; other workspaces see 404', async () => {
    const ws = await freshWorkspace(t);
    const group = await createGroup(t, ws, prospecting);
    const member = await addMember(t, ws, 'member');
    const read = await t.request('GET', '/api/v1/process-map', { token: member.token });
    expect(read.status).toBe(200);
    expectProblem(
      await t.request('POST', GROUPS, { token: member.token, body: sales }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('PATCH', `${GROUPS}/${group.id}`, { token: member.token, body: {} }),
      403,
      'forbidden',
    );
    const outsider = await freshWorkspace(t);
    expectProblem(
      await t.request('PATCH', `${GROUPS}/${group.id}`, { token: outsider.token, body: {} }),
      404,
      'not_found',
    );
    const linked = await t.request('POST', GROUPS, {
      token: outsider.token,
      body: { ...sales, next: [group.id] },
    });
    expectProblem(linked, 400, 'validation_failed');
    expect(errorPaths(linked)).toEqual(['next.0']);
  });
});
