import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

interface Stage {
  id: string;
  name: string;
  optional: boolean;
  exitCriteria: { id: string; kind: string }[];
}

/** A b2b-classic workspace made through the API, with its pipeline. */
async function b2bClassic(t: TestApp) {
  const ws = await freshWorkspace(t);
  const created = await t.request('POST', '/api/v1/workspaces', {
    token: ws.token,
    body: {
      name: 'Classic',
      locale: 'en',
      timezone: 'Europe/Warsaw',
      currency: 'PLN',
      template: 'b2b-classic',
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const token = created.body.apiToken as string;
  const pipelines = await t.request('GET', '/api/v1/pipelines', { token });
  const pipeline = (pipelines.body.items as { id: string; stages: Stage[] }[])[0]!;
  return { token, pipeline };
}

describeApi('optional stages (seed 002: negotiation may happen)', (t) => {
  it('b2b-classic marks Negotiation optional and no other stage', async () => {
    const { pipeline } = await b2bClassic(t);
    expect(pipeline.stages.map((s) => [s.name, s.optional])).toEqual([
      ['Identification', false],
      ['Qualification', false],
      ['Offer', false],
      ['Negotiation', true],
    ]);
  });

  it('a fresh b2b-classic deal is won from Offer without the Negotiation checks', async () => {
    const { token, pipeline } = await b2bClassic(t);
    const offer = pipeline.stages.find((s) => s.name === 'Offer')!;
    const deal = await t.request('POST', '/api/v1/deals', {
      token,
      body: {
        title: 'Offer accepted as sent',
        pipelineId: pipeline.id,
        stageId: offer.id,
        value: 9000,
        expectedCloseDate: '2030-01-31',
      },
    });
    expect(deal.status, JSON.stringify(deal.body)).toBe(201);
    const dealId = deal.body.id as string;
    // Offer's own gate still applies: its check and its e-mail are not done yet.
    const early = await t.request('POST', `/api/v1/deals/${dealId}/win`, { token, body: {} });
    expect(early.status).toBe(422);
    const unmetStages = new Set((early.body.unmet as { stageId: string }[]).map((u) => u.stageId));
    expect([...unmetStages]).toEqual([offer.id]);

    for (const c of offer.exitCriteria.filter((c) => c.kind === 'check')) {
      const ticked = await t.request('PUT', `/api/v1/deals/${dealId}/checks/${c.id}`, {
        token,
        body: { done: true },
      });
      expect(ticked.status, JSON.stringify(ticked.body)).toBe(200);
    }
    const mail = await t.request('POST', '/api/v1/activities', {
      token,
      body: { dealId, type: 'email', subject: 'Offer sent', doneAt: new Date().toISOString() },
    });
    expect(mail.status, JSON.stringify(mail.body)).toBe(201);
    const won = await t.request('POST', `/api/v1/deals/${dealId}/win`, { token, body: {} });
    expect(won.status, JSON.stringify(won.body)).toBe(200);
    expect(won.body.status).toBe('won');
  });

  it('a deal that entered Negotiation must meet its checks to be won', async () => {
    const { token, pipeline } = await b2bClassic(t);
    const negotiation = pipeline.stages.find((s) => s.name === 'Negotiation')!;
    const deal = await t.request('POST', '/api/v1/deals', {
      token,
      body: { title: 'Haggling', pipelineId: pipeline.id, stageId: negotiation.id, value: 100 },
    });
    const won = await t.request('POST', `/api/v1/deals/${deal.body.id}/win`, { token, body: {} });
    expect(won.status).toBe(422);
    expect(won.body.code).toBe('stage_gate_unmet');
    const unmet = won.body.unmet as { stageId: string }[];
    expect(unmet.length).toBe(negotiation.exitCriteria.length);
  });

  it('an admin can make a stage optional and back, and the flag is kept', async () => {
    const { token, pipeline } = await b2bClassic(t);
    const full = await t.request('GET', `/api/v1/pipelines/${pipeline.id}`, { token });
    const stages = (full.body.stages as Stage[]).map((s, i) => ({
      ...s,
      optional: i === 1,
    }));
    const patched = await t.request('PATCH', `/api/v1/pipelines/${pipeline.id}`, {
      token,
      headers: { 'if-match': `"${full.body.version}"` },
      body: {
        stages: stages.map(({ id, name, optional, exitCriteria }) => ({
          id,
          name,
          optional,
          exitCriteria,
        })),
      },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect((patched.body.stages as Stage[]).map((s) => s.optional)).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });
});
