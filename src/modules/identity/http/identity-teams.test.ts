import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { expectProblem, sortedErrorPaths } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Team {
  id: string;
  name: string;
  createdAt: string;
  version: number;
}

async function listTeams(t: TestApp, token: string): Promise<Team[]> {
  const list = await t.request('GET', '/api/v1/teams', { token });
  expect(list.status).toBe(200);
  return list.body.items as Team[];
}

describeApi('identity: teams', (t) => {
  it('creates, lists and renames teams under If-Match', async () => {
    const ws = await freshWorkspace(t);
    const created = await t.request('POST', '/api/v1/teams', {
      token: ws.token,
      body: { name: '  North  ' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ name: 'North', version: 1 });
    expect(created.headers.etag).toBe('"1"');
    await t.request('POST', '/api/v1/teams', { token: ws.token, body: { name: 'East' } });
    expect((await listTeams(t, ws.token)).map((x) => x.name)).toEqual(['East', 'North']);

    const url = `/api/v1/teams/${created.body.id as string}`;
    const renamed = await t.request('PATCH', url, {
      token: ws.token,
      body: { name: 'South' },
      headers: { 'if-match': '"1"' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: created.body.id, name: 'South', version: 2 });
    expect(renamed.headers.etag).toBe('"2"');

    const stale = await t.request('PATCH', url, {
      token: ws.token,
      body: { name: 'West' },
      headers: { 'if-match': '"1"' },
    });
    expectProblem(stale, 412, 'version_conflict');
    expect((await listTeams(t, ws.token)).map((x) => x.name)).toEqual(['East', 'South']);
  });

  it('refuses a duplicate name (any case) with 409, on create and rename; other workspaces may reuse it', async () => {
    const ws = await freshWorkspace(t);
    const first = await t.request('POST', '/api/v1/teams', {
      token: ws.token,
      body: { name: 'Hunters' },
    });
    expect(first.status).toBe(201);
    expectProblem(
      await t.request('POST', '/api/v1/teams', { token: ws.token, body: { name: 'HUNTERS' } }),
      409,
      'duplicate',
    );
    const other = await t.request('POST', '/api/v1/teams', {
      token: ws.token,
      body: { name: 'Farmers' },
    });
    expectProblem(
      await t.request('PATCH', `/api/v1/teams/${other.body.id as string}`, {
        token: ws.token,
        body: { name: 'hunters' },
      }),
      409,
      'duplicate',
    );
    expect((await listTeams(t, ws.token)).map((x) => x.name)).toEqual(['Farmers', 'Hunters']);

    const elsewhere = await freshWorkspace(t);
    const reused = await t.request('POST', '/api/v1/teams', {
      token: elsewhere.token,
      body: { name: 'Hunters' },
    });
    expect(reused.status).toBe(201);
  });

  it('does not let a member create or rename teams (403) but lets them see the list', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const team = await t.request('POST', '/api/v1/teams', {
      token: ws.token,
      body: { name: 'Core' },
    });
    expectProblem(
      await t.request('POST', '/api/v1/teams', { token: member.token, body: { name: 'Mine' } }),
      403,
      'forbidden',
    );
    expectProblem(
      await t.request('PATCH', `/api/v1/teams/${team.body.id as string}`, {
        token: member.token,
        body: { name: 'Hijacked' },
      }),
      403,
      'forbidden',
    );
    expect((await listTeams(t, member.token)).map((x) => x.name)).toEqual(['Core']);
  });

  it('rejects an empty team name with 400', async () => {
    const ws = await freshWorkspace(t);
    const bad = await t.request('POST', '/api/v1/teams', {
      token: ws.token,
      body: { name: '   ' },
    });
    expectProblem(bad, 400, 'validation_failed');
    expect(sortedErrorPaths(bad)).toEqual(['name']);
    expect(await listTeams(t, ws.token)).toEqual([]);
  });
});
