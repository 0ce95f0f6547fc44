import { expect, it } from 'vitest';
import { freshWorkspace, type WorkspaceFixture } from '../../../server/test/fresh-workspace.ts';
import {
  addHunter,
  createLead,
  createPipeline,
  eventsOf,
} from '../../../server/test/lead-fixtures.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

const URL = '/api/v1/integrations/telephony/events';

async function telephonyToken(t: TestApp, ws: WorkspaceFixture): Promise<string> {
  const created = await t.request('POST', '/api/v1/tokens', {
    token: ws.token,
    body: { name: 'PBX', scopes: ['integrations:telephony'] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.token as string;
}

const call = (over: Record<string, unknown>) => ({
  callId: `c-${Math.random().toString(36).slice(2)}`,
  direction: 'inbound',
  from: '+48 601 234 567',
  to: '+48 22 100 00 00',
  status: 'answered',
  startedAt: '2026-11-23T09:00:00Z',
  ...over,
});

async function activitiesOf(t: TestApp, token: string, query: string) {
  const list = await t.request('GET', `/api/v1/activities?${query}`, { token });
  expect(list.status, JSON.stringify(list.body)).toBe(200);
  return list.body.items as Record<string, unknown>[];
}

describeApi('telephony webhook', (t) => {
  it('needs a token with the integration scope: normal tokens get 403, and it gets 403 elsewhere', async () => {
    const ws = await freshWorkspace(t);
    const pbx = await telephonyToken(t, ws);
    expectProblem(
      await t.request('POST', URL, { token: ws.token, body: call({}) }),
      403,
      'forbidden',
    );
    expectProblem(await t.request('POST', URL, { body: call({}) }), 401, 'unauthenticated');
    expectProblem(await t.request('GET', '/api/v1/leads', { token: pbx }), 403, 'forbidden');
    expect(
      errorPaths(
        await t.request('POST', URL, {
          token: pbx,
          body: call({ status: 'ringing', startedAt: 'soon' }),
        }),
      ).sort(),
    ).toEqual(['startedAt', 'status']);
  });

  it('logs an answered call on the matched contact and its only open deal, owned by the agent', async () => {
    const ws = await freshWorkspace(t);
    const pbx = await telephonyToken(t, ws);
    const agent = await addHunter(t, ws);
    t.clock.set('2026-11-23T12:00:00Z');
    const contact = await t.request('POST', '/api/v1/contacts', {
      token: ws.token,
      body: { name: 'Jan', phone: '+48601234567' },
    });
    const pipelineId = await createPipeline(t, ws.token);
    const deal = await t.request('POST', '/api/v1/deals', {
      token: ws.token,
      body: { title: 'Deal', pipelineId, contactId: contact.body.id },
    });
    const body = call({
      from: '+48 601-234-567',
      durationSeconds: 125,
      agent: agent.email,
    });
    const first = await t.request('POST', URL, { token: pbx, body });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      contactId: contact.body.id,
      leadId: null,
      dealId: deal.body.id,
      activityId: expect.any(String),
      callbackId: null,
      leadCreated: false,
    });
    const logged = await activitiesOf(t, ws.token, `dealId=${deal.body.id as string}&state=done`);
    expect(logged).toEqual([
      expect.objectContaining({
        id: first.body.activityId,
        type: 'call',
        contactId: contact.body.id,
        ownerId: agent.id,
        doneAt: '2026-11-23T09:02:05.000Z',
      }),
    ]);
    const events = (await eventsOf(t, ws.workspaceId)).filter(
      (e) => e.contactId === contact.body.id,
    );
    expect(events.find((e) => e.type === 'call.answered')).toMatchObject({
      durationSeconds: 125,
      dealId: deal.body.id,
      ownerId: agent.id,
      channel: 'inbound',
    });
    expect(events.find((e) => e.type === 'activity.completed')).toMatchObject({
      durationSeconds: 125,
    });

    // The same call delivered again: the same answer, nothing new.
    const count = (await eventsOf(t, ws.workspaceId)).length;
    const again = await t.request('POST', URL, { token: pbx, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect((await eventsOf(t, ws.workspaceId)).length).toBe(count);
    expect(await activitiesOf(t, ws.token, `dealId=${deal.body.id as string}`)).toHaveLength(1);
  });

  it('a missed call from an unknown number opens a phone lead routed to a hunter, with a callback', async () => {
    const ws = await freshWorkspace(t);
    const pbx = await telephonyToken(t, ws);
    const h = await addHunter(t, ws, 5);
    const body = call({ status: 'missed', from: '+44 20 7946 0958' });
    const first = await t.request('POST', URL, { token: pbx, body });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      leadCreated: true,
      activityId: null,
      callbackId: expect.any(String),
    });
    const lead = await t.request('GET', `/api/v1/leads/${first.body.leadId as string}`, {
      token: ws.token,
    });
    expect(lead.body).toMatchObject({
      name: '+442079460958',
      phone: '+442079460958',
      status: 'new',
      ownerId: h.id,
      source: { channel: 'inbound', medium: 'phone', campaign: null },
    });
    const planned = await activitiesOf(t, ws.token, `ownerId=${h.id}&state=planned`);
    expect(planned).toEqual([
      expect.objectContaining({
        id: first.body.callbackId,
        type: 'call',
        leadId: first.body.leadId,
        doneAt: null,
      }),
    ]);
    const types = (await eventsOf(t, ws.workspaceId, first.body.leadId as string)).map(
      (e) => e.type,
    );
    expect(types).toEqual(['lead.created', 'lead.assigned', 'activity.created', 'call.missed']);

    const again = await t.request('POST', URL, { token: pbx, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const leads = await t.request('GET', '/api/v1/leads', { token: ws.token });
    expect(leads.body.items).toHaveLength(1);

    // The next missed call from that number finds the lead: a callback, no second lead.
    const next = await t.request('POST', URL, { token: pbx, body: { ...body, callId: 'next' } });
    expect(next.body).toMatchObject({ leadId: first.body.leadId, leadCreated: false });
    expect(await activitiesOf(t, ws.token, `ownerId=${h.id}&state=planned`)).toHaveLength(2);
  });

  it('when every hunter is full the lead and its callback wait unassigned', async () => {
    const ws = await freshWorkspace(t);
    const pbx = await telephonyToken(t, ws);
    const h = await addHunter(t, ws, 1);
    await createLead(t, ws.token, { ownerId: h.id });
    const missed = await t.request('POST', URL, {
      token: pbx,
      body: call({ status: 'missed', from: '+48 500 100 200' }),
    });
    expect(missed.status).toBe(201);
    const lead = await t.request('GET', `/api/v1/leads/${missed.body.leadId as string}`, {
      token: ws.token,
    });
    expect(lead.body.ownerId).toBeNull();
    const events = await eventsOf(t, ws.workspaceId, missed.body.leadId as string);
    expect(events.find((e) => e.type === 'call.missed')).toMatchObject({
      ownerId: null,
      channel: 'inbound',
    });
  });

  it("an outbound call to a lead's number is logged on the lead; a missed outbound makes no task", async () => {
    const ws = await freshWorkspace(t);
    const pbx = await telephonyToken(t, ws);
    const h = await addHunter(t, ws);
    const lead = await createLead(t, ws.token, { phone: '+48 601 999 888' });
    const out = await t.request('POST', URL, {
      token: pbx,
      body: call({
        direction: 'outbound',
        from: '+48 22 100 00 00',
        to: '+48601999888',
        status: 'ended',
        durationSeconds: 30,
      }),
    });
    expect(out.body).toMatchObject({
      leadId: lead.id,
      activityId: expect.any(String),
      leadCreated: false,
    });
    const done = await activitiesOf(t, ws.token, `ownerId=${h.id}&state=done`);
    expect(done).toEqual([expect.objectContaining({ leadId: lead.id, type: 'call' })]);
    const unanswered = await t.request('POST', URL, {
      token: pbx,
      body: call({ direction: 'outbound', to: '+48 700 000 001', status: 'missed' }),
    });
    expect(unanswered.body).toMatchObject({
      leadCreated: false,
      callbackId: null,
      activityId: null,
    });
    expect(await activitiesOf(t, ws.token, 'state=planned')).toEqual([]);
  });
});
