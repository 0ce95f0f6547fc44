import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { deals } from '../db/schema.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
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

describeApi('deal stage totals (board column headers)', (t) => {
  async function scene(app: TestApp) {
    const ws = await freshWorkspace(app);
    const member = await addMember(app, ws, 'member');
    const pipeline = await app.request('POST', '/api/v1/pipelines', {
      token: ws.token,
      body: { name: 'Totals', stages: [{ name: 'First' }, { name: 'Second' }, { name: 'Empty' }] },
    });
    expect(pipeline.status, JSON.stringify(pipeline.body)).toBe(201);
    const pipelineId = pipeline.body.id as string;
    const [first, second] = (pipeline.body.stages as { id: string }[]).map((s) => s.id);
    const deal = async (stageId: string, ownerId: string, value: number, currency = 'PLN') => {
      const created = await app.request('POST', '/api/v1/deals', {
        token: ws.token,
        body: { title: `Deal ${value}`, pipelineId, stageId, ownerId, value, currency },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id as string;
    };
    await deal(first!, ws.adminId, 100);
    await deal(first!, member.id, 50.5);
    await deal(first!, ws.adminId, 20, 'EUR');
    await deal(second!, member.id, 300);
    const won = await deal(first!, ws.adminId, 1000);
    await app.database.db
      .update(deals)
      .set({ status: 'won', closedAt: new Date() })
      .where(and(eq(deals.workspaceId, ws.workspaceId), eq(deals.id, won)));
    return { ws, member, pipelineId, first: first!, second: second! };
  }

  const totals = async (token: string, query: string) => {
    const answer = await t.request('GET', `/api/v1/deals/stage-totals?${query}`, { token });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const body = answer.body as unknown as Totals;
    return Object.fromEntries(body.items.map((i) => [i.stageId, i]));
  };

  it('counts and sums open deals per stage and currency, under the owner filter', async () => {
    const { ws, member, pipelineId, first, second } = await scene(t);
    const open = await totals(ws.token, `pipelineId=${pipelineId}&status=open`);
    expect(open[first]).toEqual({
      stageId: first,
      count: 3,
      values: [
        { currency: 'PLN', amount: 150.5, weighted: 0 },
        { currency: 'EUR', amount: 20, weighted: 0 },
      ],
    });
    expect(open[second]).toEqual({
      stageId: second,
      count: 1,
      values: [{ currency: 'PLN', amount: 300, weighted: 0 }],
    });
    expect(Object.keys(open)).toHaveLength(2); // the empty stage is left out
    const all = await totals(ws.token, `pipelineId=${pipelineId}`);
    expect(all[first]?.count).toBe(4);
    const mine = await totals(
      ws.token,
      `pipelineId=${pipelineId}&status=open&ownerId=${member.id}`,
    );
    expect(mine[first]?.values).toEqual([{ currency: 'PLN', amount: 50.5, weighted: 0 }]);
    expect(mine[second]?.count).toBe(1);
  });

  it("another workspace's pipeline is not found and bad filters are refused", async () => {
    const { pipelineId } = await scene(t);
    const other = await freshWorkspace(t);
    expectProblem(
      await t.request('GET', `/api/v1/deals/stage-totals?pipelineId=${pipelineId}`, {
        token: other.token,
      }),
      404,
      'not_found',
    );
    for (const query of ['', 'pipelineId=x', `pipelineId=${pipelineId}&stuck=maybe`]) {
      expectProblem(
        await t.request('GET', `/api/v1/deals/stage-totals?${query}`, { token: other.token }),
        400,
        'validation_failed',
      );
    }
  });
});
