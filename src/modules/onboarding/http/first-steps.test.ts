// The first-steps checklist ticks itself from what the team does: an invitation or a second
// member, the pipeline settings opened or a pipeline saved, a deal, the map opened.
import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { createPipeline } from '../../../server/test/lead-fixtures.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Checklist {
  steps: { key: string; done: boolean }[];
  complete: boolean;
  dismissed: boolean;
}

async function checklist(t: TestApp, token: string): Promise<Checklist> {
  const answer = await t.request('GET', '/api/v1/first-steps', { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as Checklist;
}

function ticked(list: Checklist): string[] {
  return list.steps.filter((step) => step.done).map((step) => step.key);
}

async function seen(t: TestApp, token: string, page: string) {
  const answer = await t.request('POST', '/api/v1/first-steps/seen', { token, body: { page } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as unknown as Checklist;
}

/** A pipeline and a deal in it; the pipeline's id. */
async function newDeal(t: TestApp, token: string): Promise<string> {
  const pipelineId = await createPipeline(t, token);
  const deal = await t.request('POST', '/api/v1/deals', {
    token,
    body: { title: 'First deal', pipelineId },
  });
  expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  return pipelineId;
}

describeApi('first steps', (t) => {
  it('start with nothing ticked in a new workspace, in a fixed order', async () => {
    const ws = await freshWorkspace(t);
    const list = await checklist(t, ws.token);
    expect(list).toEqual({
      steps: [
        { key: 'invite', done: false },
        { key: 'pipeline', done: false },
        { key: 'deal', done: false },
        { key: 'map', done: false },
      ],
      complete: false,
      dismissed: false,
    });
  });

  it('tick the team when a second person joins', async () => {
    const ws = await freshWorkspace(t);
    await addMember(t, ws, 'member');
    expect(ticked(await checklist(t, ws.token))).toEqual(['invite']);
  });

  it('tick the deal step when a deal exists, and the pipeline when one is saved', async () => {
    const ws = await freshWorkspace(t);
    const pipelineId = await newDeal(t, ws.token);
    expect(ticked(await checklist(t, ws.token))).toEqual(['deal']);
    const renamed = await t.request('PATCH', `/api/v1/pipelines/${pipelineId}`, {
      token: ws.token,
      body: { name: 'Our sales' },
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(ticked(await checklist(t, ws.token))).toEqual(['pipeline', 'deal']);
  });

  it('tick the pipeline and the map when their pages are opened, by anyone', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    expect(ticked(await seen(t, member.token, 'map'))).toEqual(['invite', 'map']);
    expect(ticked(await seen(t, ws.token, 'pipeline'))).toEqual(['invite', 'pipeline', 'map']);
    // Opening again changes nothing.
    expect(ticked(await seen(t, ws.token, 'map'))).toEqual(['invite', 'pipeline', 'map']);
    await newDeal(t, ws.token);
    expect((await checklist(t, ws.token)).complete).toBe(true);
  });

  it("does not make the workspace's version stale when a page is seen", async () => {
    const ws = await freshWorkspace(t);
    const before = await t.request('GET', `/api/v1/workspaces/${ws.workspaceId}`, {
      token: ws.token,
    });
    await seen(t, ws.token, 'map');
    const after = await t.request('GET', `/api/v1/workspaces/${ws.workspaceId}`, {
      token: ws.token,
    });
    expect(after.body.version).toBe(before.body.version);
  });

  it("never counts another workspace's team, deals or pages", async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    await addMember(t, other, 'member');
    await newDeal(t, other.token);
    await seen(t, other.token, 'map');
    expect(ticked(await checklist(t, ws.token))).toEqual([]);
  });

  it('are put away and brought back by admins and managers, not members', async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    expectProblem(
      await t.request('PATCH', '/api/v1/first-steps', {
        token: member.token,
        body: { dismissed: true },
      }),
      403,
      'forbidden',
    );
    const away = await t.request('PATCH', '/api/v1/first-steps', {
      token: manager.token,
      body: { dismissed: true },
    });
    expect(away.body).toMatchObject({ dismissed: true });
    expect((await checklist(t, member.token)).dismissed).toBe(true);
    const back = await t.request('PATCH', '/api/v1/first-steps', {
      token: ws.token,
      body: { dismissed: false },
    });
    expect(back.body).toMatchObject({ dismissed: false });
  });

  it('refuse an unknown page and a missing answer with 400', async () => {
    const ws = await freshWorkspace(t);
    expectProblem(
      await t.request('POST', '/api/v1/first-steps/seen', {
        token: ws.token,
        body: { page: 'board' },
      }),
      400,
      'validation_failed',
    );
    expectProblem(
      await t.request('PATCH', '/api/v1/first-steps', { token: ws.token, body: {} }),
      400,
      'validation_failed',
    );
    expectProblem(await t.request('GET', '/api/v1/first-steps'), 401, 'unauthenticated');
  });
});
