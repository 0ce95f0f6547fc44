import { and, asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { events } from '../../../kernel/db/schema/events.ts';
import {
  addMember,
  freshWorkspace,
  type WorkspaceFixture,
} from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Stage {
  id: string;
  name: string;
  exitCriteria: { id: string; kind: string; label: string }[];
}

/** A three-stage pipeline: A needs a ticked check, B needs a contact, C has no criteria. */
async function setUp(t: TestApp, requireNextActivity = false) {
  const ws = await freshWorkspace(t);
  await t.request('PATCH', `/api/v1/workspaces/${ws.workspaceId}`, {
    token: ws.token,
    body: { settings: { requireNextActivity } },
  });
  const pipeline = await t.request('POST', '/api/v1/pipelines', {
    token: ws.token,
    body: {
      name: 'New business',
      stages: [
        { name: 'A', exitCriteria: [{ kind: 'check', label: 'Budget confirmed' }] },
        {
          name: 'B',
          exitCriteria: [{ kind: 'field', field: 'contactId', label: 'Contact known' }],
        },
        { name: 'C' },
      ],
    },
  });
  const stages = pipeline.body.stages as Stage[];
  const deal = await t.request('POST', '/api/v1/deals', {
    token: ws.token,
    body: { title: 'ACME — 40 licences', pipelineId: pipeline.body.id, value: 12500.5 },
  });
  expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  return { ws, pipelineId: pipeline.body.id as string, stages, dealId: deal.body.id as string };
}

async function eventTypes(t: TestApp, ws: WorkspaceFixture, dealId: string) {
  const rows = await t.database.db
    .select({ type: events.type, payload: events.payload, durationSeconds: events.durationSeconds })
    .from(events)
    .where(and(eq(events.workspaceId, ws.workspaceId), eq(events.dealId, dealId)))
    .orderBy(asc(events.id));
  return rows;
}

describeApi('deals through the gated conveyor', (t) => {
  it('starts in the first stage and records deal.created and deal.stage_entered', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const deal = await t.request('GET', `/api/v1/deals/${dealId}`, { token: ws.token });
    expect(deal.body).toMatchObject({
      stageId: stages[0]!.id,
      status: 'open',
      value: 12500.5,
      currency: 'PLN',
      ownerId: ws.adminId,
      nextActivity: null,
      checks: [],
      stuck: false,
      version: 1,
    });
    expect((await eventTypes(t, ws, dealId)).map((e) => e.type)).toEqual([
      'deal.created',
      'deal.stage_entered',
    ]);
  });

  it('refuses a forward move over unmet criteria of every passed stage, then passes when met', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const move = (stageId: string) =>
      t.request('POST', `/api/v1/deals/${dealId}/move`, { token: ws.token, body: { stageId } });
    const refused = await move(stages[2]!.id);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('stage_gate_unmet');
    expect(refused.body.unmet).toEqual([
      {
        stageId: stages[0]!.id,
        criterionId: stages[0]!.exitCriteria[0]!.id,
        kind: 'check',
        label: 'Budget confirmed',
      },
      {
        stageId: stages[1]!.id,
        criterionId: stages[1]!.exitCriteria[0]!.id,
        kind: 'field',
        label: 'Contact known',
      },
    ]);
    const unchanged = await t.request('GET', `/api/v1/deals/${dealId}`, { token: ws.token });
    expect(unchanged.body).toMatchObject({ stageId: stages[0]!.id, version: 1 });

    const ticked = await t.request(
      'PUT',
      `/api/v1/deals/${dealId}/checks/${stages[0]!.exitCriteria[0]!.id}`,
      { token: ws.token, body: { done: true } },
    );
    expect(ticked.body.checks).toEqual([
      { criterionId: stages[0]!.exitCriteria[0]!.id, done: true },
    ]);
    const toB = await move(stages[1]!.id);
    expect(toB.status, JSON.stringify(toB.body)).toBe(200);
    expect(toB.body.stageId).toBe(stages[1]!.id);
    const entered = (await eventTypes(t, ws, dealId)).filter(
      (e) => e.type === 'deal.stage_entered',
    );
    expect(entered).toHaveLength(2);
    expect(entered[1]!.durationSeconds).toBeGreaterThanOrEqual(0);
  });

  it('moves backward always, and lets only a manager with a reason override a gate', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const member = await addMember(t, ws, 'member');
    const manager = await addMember(t, ws, 'manager');
    // The member's own deal: members change only their own (the default permissions).
    const handed = await t.request('PATCH', `/api/v1/deals/${dealId}`, {
      token: ws.token,
      body: { ownerId: member.id },
    });
    expect(handed.status, JSON.stringify(handed.body)).toBe(200);
    const body = (override?: { reason?: string }) => ({ stageId: stages[2]!.id, override });
    const asMember = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: member.token,
      body: body({ reason: 'trust me' }),
    });
    expect(asMember.body.code).toBe('override_forbidden');
    const noReason = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: manager.token,
      body: body({ reason: '  ' }),
    });
    expect(noReason.body.code).toBe('override_reason_required');
    const overridden = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: manager.token,
      body: body({ reason: 'Signed at the fair, paperwork follows' }),
    });
    expect(overridden.status).toBe(200);
    const recorded = (await eventTypes(t, ws, dealId)).find(
      (e) => e.type === 'deal.gate_overridden',
    );
    expect(recorded?.payload).toMatchObject({ reason: 'Signed at the fair, paperwork follows' });
    const back = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: member.token,
      body: { stageId: stages[0]!.id },
    });
    expect(back.status).toBe(200);
    expect(back.body.stageId).toBe(stages[0]!.id);
  });

  it('requires a planned next activity for a forward move when the workspace says so', async () => {
    const { ws, stages, dealId } = await setUp(t, true);
    await t.request('PUT', `/api/v1/deals/${dealId}/checks/${stages[0]!.exitCriteria[0]!.id}`, {
      token: ws.token,
      body: { done: true },
    });
    const refused = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: ws.token,
      body: { stageId: stages[1]!.id },
    });
    expect(refused.body.unmet).toEqual([
      {
        stageId: stages[0]!.id,
        criterionId: null,
        kind: 'nextActivity',
        label: 'Next activity planned',
      },
    ]);
  });

  it('loses only with an active reason allowed at the stage; closed deals do not move; reopen', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const lose = (lostReasonId?: string) =>
      t.request('POST', `/api/v1/deals/${dealId}/lose`, {
        token: ws.token,
        body: { lostReasonId },
      });
    expect((await lose()).body.code).toBe('lost_reason_required');
    const atC = await t.request('POST', '/api/v1/lost-reasons', {
      token: ws.token,
      body: { name: 'Price', standard: 'After negotiation only', stageIds: [stages[2]!.id] },
    });
    expect((await lose(atC.body.id as string)).body.code).toBe('lost_reason_invalid');
    const retired = await t.request('POST', '/api/v1/lost-reasons', {
      token: ws.token,
      body: { name: 'Old', standard: 'Never' },
    });
    await t.request('PATCH', `/api/v1/lost-reasons/${retired.body.id as string}`, {
      token: ws.token,
      body: { active: false },
    });
    expect((await lose(retired.body.id as string)).body.code).toBe('lost_reason_invalid');
    const budget = await t.request('POST', '/api/v1/lost-reasons', {
      token: ws.token,
      body: { name: 'No budget', standard: 'The customer confirmed there is no budget this year' },
    });
    const lost = await lose(budget.body.id as string);
    expect(lost.status).toBe(200);
    expect(lost.body).toMatchObject({ status: 'lost', lostReasonId: budget.body.id });
    const moveLost = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: ws.token,
      body: { stageId: stages[1]!.id },
    });
    expect(moveLost.status).toBe(409);
    expect(moveLost.body.code).toBe('deal_closed');
    const reopened = await t.request('POST', `/api/v1/deals/${dealId}/reopen`, {
      token: ws.token,
      body: {},
    });
    expect(reopened.body).toMatchObject({
      status: 'open',
      stageId: stages[0]!.id,
      lostReasonId: null,
    });
    expect((await eventTypes(t, ws, dealId)).map((e) => e.type)).toContain('deal.reopened');
  });

  it('refuses a stage of another pipeline with 422 and a stale If-Match with 412', async () => {
    const { ws, dealId } = await setUp(t);
    const other = await t.request('POST', '/api/v1/pipelines', {
      token: ws.token,
      body: { name: 'Other', stages: [{ name: 'X' }] },
    });
    const wrong = await t.request('POST', `/api/v1/deals/${dealId}/move`, {
      token: ws.token,
      body: { stageId: (other.body.stages as Stage[])[0]!.id },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('stage_not_in_pipeline');
    const stale = await t.request('PATCH', `/api/v1/deals/${dealId}`, {
      token: ws.token,
      headers: { 'if-match': '"7"' },
      body: { title: 'Renamed' },
    });
    expect(stale.status).toBe(412);
  });

  it('wins only when every remaining stage is passed', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const refused = await t.request('POST', `/api/v1/deals/${dealId}/win`, {
      token: ws.token,
      body: {},
    });
    expect(refused.body.code).toBe('stage_gate_unmet');
    expect((refused.body.unmet as { stageId: string }[]).map((u) => u.stageId)).toEqual([
      stages[0]!.id,
      stages[1]!.id,
    ]);
    const won = await t.request('POST', `/api/v1/deals/${dealId}/win`, {
      token: ws.token,
      body: { comment: 'Great fit', override: { reason: 'Verbal yes from the CEO' } },
    });
    expect(won.body).toMatchObject({ status: 'won', closeComment: 'Great fit' });
    expect(won.body.closedAt).not.toBeNull();
  });

  it('serialises concurrent moves of one deal: it enters the target stage once', async () => {
    const { ws, stages, dealId } = await setUp(t);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.request('POST', `/api/v1/deals/${dealId}/move`, {
          token: ws.token,
          body: { stageId: stages[2]!.id, override: { reason: 'Fast track' } },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    const entered = (await eventTypes(t, ws, dealId)).filter(
      (e) => e.type === 'deal.stage_entered',
    );
    expect(entered).toHaveLength(2);
    const deal = await t.request('GET', `/api/v1/deals/${dealId}`, { token: ws.token });
    expect(deal.body).toMatchObject({ stageId: stages[2]!.id, version: 2 });
  });
});
