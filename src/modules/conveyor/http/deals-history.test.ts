import { expect, it } from 'vitest';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { describeApi, type Answer, type TestApp } from '../../../server/test/test-app.ts';

interface Stage {
  id: string;
  name: string;
  exitCriteria: { id: string; kind: string; label: string }[];
}

interface Item {
  type: string;
  actor: { id: string; name: string } | null;
  [key: string]: unknown;
}

/** Identification needs a ticked check, Offer a known contact, Contract nothing. */
async function setUp(t: TestApp) {
  const ws = await freshWorkspace(t);
  await t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
    token: ws.token,
    body: { settings: { requireNextActivity: false } },
  });
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: {
      name: 'New business',
      stages: [
        { name: 'Identification', exitCriteria: [{ kind: 'check', label: 'Budget confirmed' }] },
        {
          name: 'Offer',
          exitCriteria: [{ kind: 'field', field: 'contactId', label: 'Contact known' }],
        },
        { name: 'Contract' },
      ],
    },
  });
  const stages = pipeline.body.stages as Stage[];
  const deal = await t.request('POST', '/api/v1/deals', {
    token: ws.token,
    body: { title: 'ACME — 40 licences', pipelineId: pipeline.body.id, value: 12500.5 },
  });
  expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  return { ws, stages, dealId: deal.body.id as string };
}

async function history(t: TestApp, token: string, dealId: string, query = '') {
  return t.request('GET', `/api/v1/deals/${dealId}/history${query}`, { token });
}

async function ok(answer: Promise<Answer>): Promise<Answer> {
  const a = await answer;
  expect(a.status, JSON.stringify(a.body)).toBe(200);
  return a;
}

describeApi('deal history', (t) => {
  it('tells a scripted deal back, newest first, with actors, stages, override, reasons', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const [identification, offer, contract] = stages as [Stage, Stage, Stage];
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    // The member works on the admin's deal here, so members edit every record in this workspace.
    const everything = { view: 'all', edit: 'all' };
    const settings = { permissions: { manager: everything, member: everything } };
    await ok(
      t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
        token: ws.token,
        body: { settings },
      }),
    );
    const as = (who: { token: string }, path: string, body: unknown, method = 'POST') =>
      ok(t.request(method, `/api/v1/deals/${dealId}${path}`, { token: who.token, body }));

    await as(ws, `/checks/${identification.exitCriteria[0]!.id}`, { done: true }, 'PUT');
    await as(member, '/move', { stageId: offer.id });
    await as(manager, '/move', {
      stageId: contract.id,
      override: { reason: 'Client signed by phone' },
    });
    await as(ws, '', { value: 20000, title: 'ACME — 40 licences' }, 'PATCH');
    const reason = await t.request('POST', '/api/v1/lost-reasons', {
      token: ws.token,
      body: { name: 'No budget', standard: 'No budget this year' },
    });
    await as(ws, '/lose', { lostReasonId: reason.body.id, comment: 'Frozen until spring' });
    await as(ws, '/reopen', {});
    await as(manager, '/win', { comment: 'Signed' });
    const call = await t.request('POST', '/api/v1/activities', {
      token: member.token,
      body: {
        type: 'call',
        subject: 'Kick-off call',
        dealId,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    await ok(
      t.request('POST', `/api/v1/activities/${call.body.id as string}/complete`, {
        token: member.token,
        body: {},
      }),
    );

    const answer = await ok(history(t, member.token, dealId));
    const items = answer.body.items as Item[];
    expect(answer.body.nextCursor).toBeNull();
    const admin = { id: ws.adminId, name: expect.stringMatching(/^Admin /) as unknown };
    const managerRef = { id: manager.id, name: 'A manager' };
    const memberRef = { id: member.id, name: 'A member' };
    const ref = (s: Stage) => ({ id: s.id, name: s.name });
    const activity = { id: call.body.id, type: 'call', subject: 'Kick-off call', logged: false };
    expect(items.map((i) => i.type)).toEqual([
      'activity.completed',
      'activity.created',
      'deal.won',
      'deal.reopened',
      'deal.lost',
      'deal.updated',
      'deal.stage_entered',
      'deal.gate_overridden',
      'deal.stage_entered',
      'deal.stage_entered',
      'deal.created',
    ]);
    const none = {
      fromStage: null,
      toStage: null,
      direction: null,
      secondsInPreviousStage: null,
      override: null,
      lostReason: null,
      comment: null,
      previousStatus: null,
      activity: null,
      changedFields: null,
    };
    expect(items).toMatchObject([
      { ...none, actor: memberRef, stage: ref(contract), activity },
      { ...none, actor: memberRef, stage: ref(contract), activity },
      { ...none, actor: managerRef, stage: ref(contract), comment: 'Signed', amount: 20000 },
      { ...none, actor: admin, stage: ref(contract), previousStatus: 'lost', amount: null },
      {
        ...none,
        actor: admin,
        stage: ref(contract),
        lostReason: { id: reason.body.id, name: 'No budget' },
        comment: 'Frozen until spring',
        amount: 20000,
      },
      { ...none, actor: admin, changedFields: ['value'], amount: 20000 },
      {
        ...none,
        actor: managerRef,
        fromStage: ref(offer),
        toStage: ref(contract),
        direction: 'forward',
        secondsInPreviousStage: expect.any(Number) as unknown,
      },
      {
        ...none,
        actor: managerRef,
        fromStage: ref(offer),
        toStage: ref(contract),
        override: {
          reason: 'Client signed by phone',
          on: 'move',
          unmet: [
            {
              stageId: offer.id,
              criterionId: offer.exitCriteria[0]!.id,
              kind: 'field',
              label: 'Contact known',
            },
          ],
        },
      },
      {
        ...none,
        actor: memberRef,
        stage: ref(offer),
        fromStage: ref(identification),
        toStage: ref(offer),
        direction: 'forward',
        secondsInPreviousStage: expect.any(Number) as unknown,
      },
      { ...none, actor: admin, stage: ref(identification), amount: null },
      { ...none, actor: admin, stage: ref(identification), amount: 12500.5 },
    ]);
    for (let i = 1; i < items.length; i++) {
      expect(Date.parse(items[i - 1]!.occurredAt as string)).toBeGreaterThanOrEqual(
        Date.parse(items[i]!.occurredAt as string),
      );
    }
  });

  it('records a field edit only when a value really changes, with the changed names', async () => {
    const { ws, dealId } = await setUp(t);
    const patch = (body: unknown) =>
      ok(t.request('PATCH', `/api/v1/deals/${dealId}`, { token: ws.token, body }));
    await patch({ value: 12500.5 });
    await patch({ value: 99, expectedCloseDate: '2027-01-31', currency: 'PLN' });
    const items = (await ok(history(t, ws.token, dealId))).body.items as Item[];
    expect(items.map((i) => i.type)).toEqual([
      'deal.updated',
      'deal.stage_entered',
      'deal.created',
    ]);
    expect(items[0]).toMatchObject({ changedFields: ['value', 'expectedCloseDate'], amount: 99 });
  });

  it('pages through the history with limit and cursor; a bad cursor is a 400', async () => {
    const { ws, stages, dealId } = await setUp(t);
    for (const stage of [stages[1]!, stages[0]!, stages[1]!, stages[0]!]) {
      // Backward moves always pass; forward ones are overridden by the admin.
      await ok(
        t.request('POST', `/api/v1/deals/${dealId}/move`, {
          token: ws.token,
          body: { stageId: stage.id, override: { reason: 'Testing pages' } },
        }),
      );
    }
    const all = (await ok(history(t, ws.token, dealId))).body.items as Item[];
    expect(all).toHaveLength(8);
    // Every page size, so page breaks fall both before and after an override.
    for (const [limit, expectedPages] of [
      [1, 8],
      [2, 4],
      [3, 3],
    ] as const) {
      const seen: Item[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await ok(history(t, ws.token, dealId, `?limit=${limit}${after}`));
        seen.push(...(page.body.items as Item[]));
        cursor = page.body.nextCursor as string | null;
        pages++;
      } while (cursor);
      expect(pages).toBe(expectedPages);
      expect(seen.map((i) => i.id)).toEqual(all.map((i) => i.id));
    }
    const bad = await history(t, ws.token, dealId, '?cursor=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
  });

  it("is 404 for another workspace's deal and for an unknown one", async () => {
    const { dealId } = await setUp(t);
    const other: WorkspaceFixture = await freshWorkspace(t);
    const foreign = await history(t, other.token, dealId);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('not_found');
    const unknown = await history(t, other.token, '0190b5a0-0000-7000-8000-000000000000');
    expect(unknown.status).toBe(404);
  });
});
