import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import {
  addHunter,
  createLead,
  createPipeline,
  eventsOf,
  getLead,
  setStatus,
} from '../../../server/test/lead-fixtures.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi } from '../../../server/test/test-app.ts';
import { aDisqualificationReason } from '../../../server/test/disqualification.ts';

describeApi('leads: qualification, disqualification, conversion', (t) => {
  it('moves forward one event per status passed; lead.contacted carries the speed to lead', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws);
    t.clock.set('2026-11-23T09:00:00Z');
    const lead = await createLead(t, ws.token, {
      source: { channel: 'inbound', medium: 'ads', campaign: 'bf' },
    });
    t.clock.set('2026-11-23T09:07:30Z');
    const contacted = await setStatus(t, h.token, lead.id, 'contacted');
    expect(contacted).toMatchObject({
      status: 'contacted',
      firstContactedAt: '2026-11-23T09:07:30.000Z',
    });
    t.clock.set('2026-11-23T10:00:00Z');
    const sql = await setStatus(t, h.token, lead.id, 'sql');
    expect(sql.status).toBe('sql');
    expect(sql.firstContactedAt).toBe('2026-11-23T09:07:30.000Z');

    const events = await eventsOf(t, ws.workspaceId, lead.id);
    expect(events.map((e) => e.type)).toEqual([
      'lead.created',
      'lead.assigned',
      'lead.contacted',
      'lead.replied',
      'lead.mql',
      'lead.sql',
    ]);
    expect(events[2]).toMatchObject({ durationSeconds: 450, ownerId: h.id, actorId: h.id });
    for (const e of events) {
      expect(e).toMatchObject({ channel: 'inbound', medium: 'ads', campaign: 'bf', ownerId: h.id });
    }
    expect(events.slice(3).every((e) => e.durationSeconds === null)).toBe(true);
  });

  it('a skip from new records contacted too (with its duration); steps back or in place are 409', async () => {
    const ws = await freshWorkspace(t);
    t.clock.set('2026-11-23T09:00:00Z');
    const lead = await createLead(t, ws.token);
    t.clock.set('2026-11-23T09:00:42Z');
    await setStatus(t, ws.token, lead.id, 'mql');
    const types = (await eventsOf(t, ws.workspaceId, lead.id)).map((e) => [
      e.type,
      e.durationSeconds,
    ]);
    expect(types).toEqual([
      ['lead.created', null],
      ['lead.contacted', 42],
      ['lead.replied', null],
      ['lead.mql', null],
    ]);
    for (const status of ['contacted', 'replied', 'mql']) {
      expectProblem(
        await t.request('POST', `/api/v1/leads/${lead.id}/status`, {
          token: ws.token,
          body: { status },
        }),
        409,
        'invalid_transition',
      );
    }
    expect((await getLead(t, ws.token, lead.id)).status).toBe('mql');
    const bad = await t.request('POST', `/api/v1/leads/${lead.id}/status`, {
      token: ws.token,
      body: { status: 'converted' },
    });
    expectProblem(bad, 400, 'validation_failed');
    expectProblem(
      await t.request('POST', `/api/v1/leads/${lead.id}/status`, {
        token: ws.token,
        headers: { 'if-match': '"1"' },
        body: { status: 'sql' },
      }),
      412,
      'version_conflict',
    );
  });

  it('disqualifies an open lead with a reason; closed leads refuse every further step', async () => {
    const ws = await freshWorkspace(t);
    const lead = await createLead(t, ws.token);
    expectProblem(
      await t.request('POST', `/api/v1/leads/${lead.id}/disqualify`, {
        token: ws.token,
        body: { comment: 'no reason given' },
      }),
      422,
      'disqualification_reason_invalid',
    );
    const reasonId = await aDisqualificationReason(t, ws.token);
    const done = await t.request('POST', `/api/v1/leads/${lead.id}/disqualify`, {
      token: ws.token,
      body: { reasonId, comment: 'Student, no budget' },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({
      status: 'disqualified',
      disqualifyReason: 'Not our target customer',
      disqualificationReasonId: reasonId,
      disqualifyComment: 'Student, no budget',
    });
    expect(done.body.closedAt).toEqual(expect.any(String));
    const last = (await eventsOf(t, ws.workspaceId, lead.id)).at(-1);
    expect(last).toMatchObject({
      type: 'lead.disqualified',
      payload: { reason: 'Not our target customer', reasonId, comment: 'Student, no budget' },
    });
    for (const [path, body] of [
      ['disqualify', { reasonId }],
      ['status', { status: 'contacted' }],
    ] as const) {
      expectProblem(
        await t.request('POST', `/api/v1/leads/${lead.id}/${path}`, { token: ws.token, body }),
        409,
        'invalid_transition',
      );
    }
    const pipelineId = await createPipeline(t, ws.token);
    expectProblem(
      await t.request('POST', `/api/v1/leads/${lead.id}/convert`, {
        token: ws.token,
        body: { pipelineId },
      }),
      409,
      'lead_not_qualified',
    );
  });

  it('converts only an sql lead; the deal keeps the source and leadId, the person becomes a contact', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws);
    const pipelineId = await createPipeline(t, ws.token);
    const lead = await createLead(t, ws.token, {
      name: 'Anna Nowak',
      companyName: 'Nowak Sp. z o.o.',
      email: 'anna@nowak.test',
      source: { channel: 'inbound', medium: 'web_form', campaign: 'black-friday' },
    });
    await setStatus(t, h.token, lead.id, 'mql');
    expectProblem(
      await t.request('POST', `/api/v1/leads/${lead.id}/convert`, {
        token: h.token,
        body: { pipelineId },
      }),
      409,
      'lead_not_qualified',
    );
    await setStatus(t, h.token, lead.id, 'sql');
    const converted = await t.request('POST', `/api/v1/leads/${lead.id}/convert`, {
      token: h.token,
      body: { pipelineId, value: 12500.5, currency: 'PLN' },
    });
    expect(converted.status, JSON.stringify(converted.body)).toBe(201);
    const deal = converted.body.deal as Record<string, unknown>;
    expect(deal).toMatchObject({
      title: 'Nowak Sp. z o.o.',
      pipelineId,
      status: 'open',
      value: 12500.5,
      ownerId: h.id,
      leadId: lead.id,
      source: { channel: 'inbound', medium: 'web_form', campaign: 'black-friday' },
    });
    expect(deal.contactId).toEqual(expect.any(String));
    expect(deal.companyId).toEqual(expect.any(String));
    const after = await getLead(t, ws.token, lead.id);
    expect(after).toMatchObject({
      status: 'converted',
      convertedDealId: deal.id,
      contactId: deal.contactId,
    });
    const fetched = await t.request('GET', `/api/v1/deals/${deal.id as string}`, {
      token: ws.token,
    });
    expect(fetched.body).toMatchObject({ leadId: lead.id, source: { campaign: 'black-friday' } });
    const contact = await t.request('GET', `/api/v1/contacts/${deal.contactId as string}`, {
      token: ws.token,
    });
    expect(contact.body).toMatchObject({
      name: 'Anna Nowak',
      email: 'anna@nowak.test',
      companyId: deal.companyId,
    });

    const last = (await eventsOf(t, ws.workspaceId, lead.id)).at(-1);
    expect(last).toMatchObject({
      type: 'lead.converted',
      dealId: deal.id,
      pipelineId,
      campaign: 'black-friday',
    });
    const dealEvents = (await eventsOf(t, ws.workspaceId)).filter((e) => e.dealId === deal.id);
    expect(dealEvents.find((e) => e.type === 'deal.created')).toMatchObject({
      leadId: lead.id,
      channel: 'inbound',
      medium: 'web_form',
    });
    expectProblem(
      await t.request('POST', `/api/v1/leads/${lead.id}/convert`, {
        token: h.token,
        body: { pipelineId },
      }),
      409,
      'lead_not_qualified',
    );
  });

  it('a failed conversion changes nothing (unknown pipeline is 400, the lead stays sql)', async () => {
    const ws = await freshWorkspace(t);
    const lead = await createLead(t, ws.token, { companyName: 'Ghost Ltd' });
    await setStatus(t, ws.token, lead.id, 'sql');
    const bad = await t.request('POST', `/api/v1/leads/${lead.id}/convert`, {
      token: ws.token,
      body: { pipelineId: '018f0000-0000-7000-8000-000000000000' },
    });
    expectProblem(bad, 400, 'validation_failed');
    expect((await getLead(t, ws.token, lead.id)).status).toBe('sql');
    const companies = await t.request('GET', '/api/v1/companies', { token: ws.token });
    expect(companies.body.items).toEqual([]);
  });

  it('capacity freed by converting, disqualifying or a raised limit takes leads from the queue', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws, 1);
    const pipelineId = await createPipeline(t, ws.token);
    const first = await createLead(t, ws.token);
    const q1 = await createLead(t, ws.token);
    const q2 = await createLead(t, ws.token);
    const q3 = await createLead(t, ws.token);
    expect([first.ownerId, q1.ownerId, q2.ownerId, q3.ownerId]).toEqual([h.id, null, null, null]);

    await setStatus(t, h.token, first.id, 'sql');
    const converted = await t.request('POST', `/api/v1/leads/${first.id}/convert`, {
      token: h.token,
      body: { pipelineId },
    });
    expect(converted.status).toBe(201);
    expect((await getLead(t, ws.token, q1.id)).ownerId).toBe(h.id);

    const dq = await t.request('POST', `/api/v1/leads/${q1.id}/disqualify`, {
      token: h.token,
      body: { reasonId: await aDisqualificationReason(t, h.token) },
    });
    expect(dq.status).toBe(200);
    expect((await getLead(t, ws.token, q2.id)).ownerId).toBe(h.id);
    expect((await getLead(t, ws.token, q3.id)).ownerId).toBeNull();

    const raised = await t.request('PATCH', `/api/v1/users/${h.id}`, {
      token: ws.token,
      body: { leadLimit: 5 },
    });
    expect(raised.status, JSON.stringify(raised.body)).toBe(200);
    expect((await getLead(t, ws.token, q3.id)).ownerId).toBe(h.id);
  });

  it("shows managers each hunter's load and the queue; members get 403", async () => {
    const ws = await freshWorkspace(t);
    const a = await addHunter(t, ws, 1);
    const manager = await addMember(t, ws, 'manager');
    await createLead(t, ws.token);
    await createLead(t, ws.token);
    const load = await t.request('GET', '/api/v1/leads/load', { token: manager.token });
    expect(load.status, JSON.stringify(load.body)).toBe(200);
    expect(load.body).toEqual({
      people: [
        {
          userId: a.id,
          name: 'A member',
          hunter: true,
          active: true,
          openLeads: 1,
          leadLimit: 1,
          available: false,
        },
      ],
      unassigned: 1,
    });
    expectProblem(
      await t.request('GET', '/api/v1/leads/load', { token: a.token }),
      403,
      'forbidden',
    );
  });
});
