import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

async function dealWithCallGate(t: TestApp) {
  const ws = await freshWorkspace(t);
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: {
      name: 'Calls first',
      stages: [
        {
          name: 'Identification',
          rotDays: 3,
          exitCriteria: [{ kind: 'activity', activityType: 'call', label: 'Call held' }],
        },
        { name: 'Qualification' },
      ],
    },
  });
  const stages = pipeline.body.stages as { id: string }[];
  const deal = await t.request('POST', '/api/v1/deals', {
    token: ws.token,
    body: { title: 'Kowalski Logistics', pipelineId: pipeline.body.id },
  });
  return { ws, stages, dealId: deal.body.id as string };
}

describeApi('deals and their activities', (t) => {
  it('shows the next step, and a logged call meets the activity criterion', async () => {
    const { ws, stages, dealId } = await dealWithCallGate(t);
    const move = () =>
      t.request('POST', `/api/v1/deals/${dealId}/move`, {
        token: ws.token,
        body: { stageId: stages[1]!.id },
      });
    const refused = await move();
    expect((refused.body.unmet as { kind: string }[]).map((u) => u.kind).sort()).toEqual([
      'activity',
      'nextActivity',
    ]);

    const dueAt = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString();
    const planned = await t.request('POST', '/api/v1/activities', {
      token: ws.token,
      body: { type: 'meeting', subject: 'Demo', dueAt, dealId },
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const withNext = await t.request('GET', `/api/v1/deals/${dealId}`, { token: ws.token });
    expect(withNext.body.nextActivity).toEqual({ id: planned.body.id, type: 'meeting', dueAt });

    const stillRefused = await move();
    expect(stillRefused.body.unmet).toEqual([
      expect.objectContaining({ kind: 'activity', label: 'Call held' }),
    ]);
    const call = await t.request('POST', '/api/v1/activities', {
      token: ws.token,
      body: { type: 'call', subject: 'First call', doneAt: new Date().toISOString(), dealId },
    });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    const moved = await move();
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.stageId).toBe(stages[1]!.id);
  });

  it('lists deals by pipeline, stage, status and owner, page by page', async () => {
    const { ws, stages, dealId } = await dealWithCallGate(t);
    const pipelineId = (await t.request('GET', `/api/v1/deals/${dealId}`, { token: ws.token })).body
      .pipelineId as string;
    const later = await t.request('POST', '/api/v1/deals', {
      token: ws.token,
      body: { title: 'Second', pipelineId, stageId: stages[1]!.id },
    });
    const ids = async (query: string) =>
      (
        (await t.request('GET', `/api/v1/deals?${query}`, { token: ws.token })).body.items as {
          id: string;
        }[]
      ).map((d) => d.id);
    expect(await ids(`pipelineId=${pipelineId}`)).toEqual([dealId, later.body.id]);
    expect(await ids(`stageId=${stages[1]!.id}&status=open`)).toEqual([later.body.id]);
    expect(await ids('status=won')).toEqual([]);
    expect(await ids(`ownerId=${ws.adminId}`)).toEqual([dealId, later.body.id]);
    const page1 = await t.request('GET', '/api/v1/deals?limit=1', { token: ws.token });
    expect((page1.body.items as { id: string }[]).map((d) => d.id)).toEqual([dealId]);
    const page2 = await t.request(
      'GET',
      `/api/v1/deals?limit=1&cursor=${page1.body.nextCursor as string}`,
      { token: ws.token },
    );
    expect((page2.body.items as { id: string }[]).map((d) => d.id)).toEqual([later.body.id]);
    expect(page2.body.nextCursor).toBeNull();
  });
});

describeApi('deal values in cents', (t) => {
  it('takes any amount in whole cents (10.05 too) and refuses a third decimal', async () => {
    const { ws, dealId } = await dealWithCallGate(t);
    const cents = await t.request('PATCH', `/api/v1/deals/${dealId}`, {
      token: ws.token,
      body: { value: 10.05 },
    });
    expect(cents.status, JSON.stringify(cents.body)).toBe(200);
    expect(cents.body.value).toBe(10.05);
    const third = await t.request('PATCH', `/api/v1/deals/${dealId}`, {
      token: ws.token,
      body: { value: 10.055 },
    });
    expect(third.status).toBe(400);
    expect(third.body.errors).toEqual([{ path: 'value', message: 'At most 2 decimals' }]);
  });
});
