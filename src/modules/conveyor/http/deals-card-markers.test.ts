// A board card marks an overdue next step, a missing one and a deal rotting in its stage from
// the deals list alone: each listed deal carries its next planned activity (with its due time),
// and `stuck` by the stage's rot days — the one rule the stuck filter and report also use.
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi } from '../../../server/test/test-app.ts';

interface Listed {
  items: {
    title: string;
    value: number | null;
    stuck: boolean;
    nextActivity: { type: string; dueAt: string | null } | null;
  }[];
}

const DAY = 86_400_000;

describeApi('the deals list carries what the card markers need', (t) => {
  it('an overdue and a missing next step, rotting past the rot days, blank and zero values', async () => {
    const ws = await freshWorkspace(t);
    const start = new Date('2026-03-02T09:00:00Z');
    t.clock.set(start);
    const created = await t.request('POST', '/api/v1/pipelines', {
      token: ws.token,
      body: { name: 'Markers', stages: [{ name: 'Talks', probability: 30, rotDays: 3 }] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const pipelineId = created.body.id as string;
    const ids = new Map<string, string>();
    for (const [title, value] of [
      ['Overdue', 100],
      ['Planned', 0],
      ['Nothing planned', null],
    ] as const) {
      const deal = await t.request('POST', '/api/v1/deals', {
        token: ws.token,
        body: { title, pipelineId, value },
      });
      expect(deal.status, JSON.stringify(deal.body)).toBe(201);
      ids.set(title, deal.body.id as string);
    }
    const plan = async (title: string, dueAt: Date) => {
      const activity = await t.request('POST', '/api/v1/activities', {
        token: ws.token,
        body: { type: 'call', subject: 'Call', dealId: ids.get(title), dueAt: dueAt.toISOString() },
      });
      expect(activity.status, JSON.stringify(activity.body)).toBe(201);
    };
    await plan('Overdue', new Date(start.getTime() + DAY));
    await plan('Planned', new Date(start.getTime() + 30 * DAY));
    // A call done on day 2 keeps "Planned" alive a little longer than the others.
    t.clock.set(new Date(start.getTime() + 2 * DAY));
    const done = await t.request('POST', '/api/v1/activities', {
      token: ws.token,
      body: {
        type: 'call',
        subject: 'Called',
        dealId: ids.get('Planned'),
        doneAt: new Date(start.getTime() + 2 * DAY).toISOString(),
      },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(201);

    // Four days on: idle for more than the stage's three days, unless a call was made since.
    t.clock.set(new Date(start.getTime() + 4 * DAY));
    const listed = await t.request('GET', `/api/v1/deals?pipelineId=${pipelineId}`, {
      token: ws.token,
    });
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    const byTitle = new Map((listed.body as unknown as Listed).items.map((d) => [d.title, d]));
    expect(byTitle.get('Overdue')).toMatchObject({
      value: 100,
      stuck: true,
      nextActivity: { type: 'call', dueAt: new Date(start.getTime() + DAY).toISOString() },
    });
    expect(byTitle.get('Planned')).toMatchObject({ value: 0, stuck: false });
    expect(byTitle.get('Planned')?.nextActivity?.dueAt).toBe(
      new Date(start.getTime() + 30 * DAY).toISOString(),
    );
    expect(byTitle.get('Nothing planned')).toMatchObject({
      value: null,
      stuck: true,
      nextActivity: null,
    });
  });
});
