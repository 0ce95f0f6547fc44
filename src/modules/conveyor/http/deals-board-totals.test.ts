// The board's column and pipeline totals: the sum of deal values and the same weighted by each
// stage's probability, counted on the server over every deal under the board's filters and
// the reader's view of records — not over the cards a column happens to have loaded.
import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Sums {
  count: number;
  values: { currency: string; amount: number; weighted: number }[];
}
interface Totals {
  items: (Sums & { stageId: string })[];
  pipeline: Sums;
}

describeApi('board totals: sums and weighted sums per column and for the pipeline', (t) => {
  async function pipeline(app: TestApp, token: string) {
    const created = await app.request('POST', '/api/v1/pipelines', {
      token,
      body: {
        name: 'Weighted',
        stages: [
          { name: 'Qualified', probability: 10 },
          { name: 'Proposal', probability: 55 },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const [qualified, proposal] = (created.body.stages as { id: string }[]).map((s) => s.id);
    return { pipelineId: created.body.id as string, qualified: qualified!, proposal: proposal! };
  }

  async function deal(
    app: TestApp,
    token: string,
    body: { pipelineId: string; stageId: string; value: number | null; ownerId?: string },
  ) {
    const created = await app.request('POST', '/api/v1/deals', {
      token,
      body: { title: `Deal ${body.value}`, currency: 'GBP', ...body },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  }

  async function totals(app: TestApp, token: string, query: string) {
    const answer = await app.request('GET', `/api/v1/deals/stage-totals?${query}`, { token });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const body = answer.body as unknown as Totals;
    return { ...body, stage: Object.fromEntries(body.items.map((i) => [i.stageId, i])) };
  }

  it("weighs each column by its stage's probability and adds the columns up", async () => {
    const ws = await freshWorkspace(t);
    const p = await pipeline(t, ws.token);
    await deal(t, ws.token, { pipelineId: p.pipelineId, stageId: p.qualified, value: 1000 });
    await deal(t, ws.token, { pipelineId: p.pipelineId, stageId: p.qualified, value: 0.05 }); // 0.005 → 0.01
    await deal(t, ws.token, { pipelineId: p.pipelineId, stageId: p.qualified, value: null }); // counted, adds nothing
    await deal(t, ws.token, { pipelineId: p.pipelineId, stageId: p.proposal, value: 2000 });

    const open = await totals(t, ws.token, `pipelineId=${p.pipelineId}&status=open`);
    expect(open.stage[p.qualified]).toEqual({
      stageId: p.qualified,
      count: 3,
      values: [{ currency: 'GBP', amount: 1000.05, weighted: 100.01 }],
    });
    expect(open.stage[p.proposal]?.values).toEqual([
      { currency: 'GBP', amount: 2000, weighted: 1100 },
    ]);
    expect(open.pipeline).toEqual({
      count: 4,
      values: [{ currency: 'GBP', amount: 3000.05, weighted: 1200.01 }],
    });
  });

  it('weighs a won deal in full when the board shows closed deals too', async () => {
    const ws = await freshWorkspace(t);
    const p = await pipeline(t, ws.token);
    await deal(t, ws.token, { pipelineId: p.pipelineId, stageId: p.proposal, value: 200 });
    const won = await deal(t, ws.token, {
      pipelineId: p.pipelineId,
      stageId: p.proposal,
      value: 500,
    });
    const win = await t.request('POST', `/api/v1/deals/${won}/win`, { token: ws.token, body: {} });
    expect(win.status, JSON.stringify(win.body)).toBe(200);

    const open = await totals(t, ws.token, `pipelineId=${p.pipelineId}&status=open`);
    expect(open.pipeline.values).toEqual([{ currency: 'GBP', amount: 200, weighted: 110 }]);
    const all = await totals(t, ws.token, `pipelineId=${p.pipelineId}`);
    expect(all.pipeline).toEqual({
      count: 2,
      values: [{ currency: 'GBP', amount: 700, weighted: 610 }],
    });
  });

  it('counts every deal under the filters, not only the first page of cards', async () => {
    const ws = await freshWorkspace(t);
    const p = await pipeline(t, ws.token);
    const many = 57;
    for (let i = 1; i <= many; i++) {
      await deal(t, ws.token, { pipelineId: p.pipelineId, stageId: p.proposal, value: 100 });
    }
    await deal(t, ws.token, { pipelineId: p.pipelineId, stageId: p.qualified, value: 40 });

    // The board draws a column's first page; the column holds more than that.
    const page = await t.request(
      'GET',
      `/api/v1/deals?pipelineId=${p.pipelineId}&stageId=${p.proposal}&status=open`,
      { token: ws.token },
    );
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect((page.body.items as unknown[]).length).toBe(50);
    expect(page.body.nextCursor).not.toBeNull();

    const open = await totals(t, ws.token, `pipelineId=${p.pipelineId}&status=open`);
    expect(open.stage[p.proposal]).toEqual({
      stageId: p.proposal,
      count: many,
      values: [{ currency: 'GBP', amount: 5700, weighted: 3135 }],
    });
    expect(open.pipeline).toEqual({
      count: many + 1,
      values: [{ currency: 'GBP', amount: 5740, weighted: 3139 }],
    });
  });

  it("follows the board's filters and leaves out what the reader may not see", async () => {
    const ws = await freshWorkspace(t);
    const member = await addMember(t, ws, 'member');
    const settings = await t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
      token: ws.token,
      body: {
        settings: {
          permissions: {
            manager: { view: 'all', edit: 'all' },
            member: { view: 'own', edit: 'own' },
          },
        },
      },
    });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const p = await pipeline(t, ws.token);
    await deal(t, ws.token, {
      pipelineId: p.pipelineId,
      stageId: p.proposal,
      value: 700,
      ownerId: ws.adminId,
    });
    await deal(t, ws.token, {
      pipelineId: p.pipelineId,
      stageId: p.proposal,
      value: 300,
      ownerId: member.id,
    });
    await deal(t, ws.token, {
      pipelineId: p.pipelineId,
      stageId: p.qualified,
      value: 50,
      ownerId: member.id,
    });
    const planned = await deal(t, ws.token, {
      pipelineId: p.pipelineId,
      stageId: p.qualified,
      value: 20,
      ownerId: member.id,
    });
    const activity = await t.request('POST', '/api/v1/activities', {
      token: ws.token,
      body: {
        type: 'call',
        subject: 'Call back',
        dealId: planned,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(activity.status, JSON.stringify(activity.body)).toBe(201);

    // The member sees only their own deals, in the columns and in the pipeline's total.
    const theirs = await totals(t, member.token, `pipelineId=${p.pipelineId}&status=open`);
    expect(theirs.stage[p.proposal]?.values).toEqual([
      { currency: 'GBP', amount: 300, weighted: 165 },
    ]);
    expect(theirs.pipeline).toEqual({
      count: 3,
      values: [{ currency: 'GBP', amount: 370, weighted: 172 }],
    });
    expect(JSON.stringify(theirs)).not.toContain('700');

    // The admin's board filtered by owner, then by "no next step only".
    const byOwner = await totals(
      t,
      ws.token,
      `pipelineId=${p.pipelineId}&status=open&ownerId=${ws.adminId}`,
    );
    expect(byOwner.pipeline).toEqual({
      count: 1,
      values: [{ currency: 'GBP', amount: 700, weighted: 385 }],
    });
    const noNext = await totals(
      t,
      ws.token,
      `pipelineId=${p.pipelineId}&status=open&noNextActivity=true`,
    );
    expect(noNext.pipeline).toEqual({
      count: 3,
      values: [{ currency: 'GBP', amount: 1050, weighted: 555 }],
    });
  });

  it('an empty pipeline totals nothing', async () => {
    const ws = await freshWorkspace(t);
    const p = await pipeline(t, ws.token);
    const open = await totals(t, ws.token, `pipelineId=${p.pipelineId}&status=open`);
    expect(open.items).toEqual([]);
    expect(open.pipeline).toEqual({ count: 0, values: [] });
  });
});
