import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import {
  addHunter,
  createLead,
  eventsOf,
  getLead,
  setStatus,
  type LeadBody,
} from '../../../server/test/lead-fixtures.ts';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';
import { aDisqualificationReason } from '../../../server/test/disqualification.ts';

async function logActivity(t: TestApp, token: string, body: Record<string, unknown>) {
  const created = await t.request('POST', '/api/v1/activities', { token, body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

async function history(t: TestApp, token: string, leadId: string, query = '') {
  const answer = await t.request('GET', `/api/v1/leads/${leadId}/history${query}`, { token });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as { items: Record<string, unknown>[]; nextCursor: string | null };
}

describeApi('leads: touches and the timeline', (t) => {
  it('a logged call on a new lead marks it contacted once, with the speed to lead', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws);
    t.clock.set('2026-11-23T09:00:00Z');
    const lead = await createLead(t, ws.token, {
      source: { channel: 'outbound', campaign: 'q4-it' },
    });
    t.clock.set('2026-11-23T11:00:00Z');
    // Logged at 11:00 for a call made at 10:30: the contact happened when the call was done.
    await logActivity(t, h.token, {
      type: 'call',
      subject: 'Cold call',
      leadId: lead.id,
      doneAt: '2026-11-23T10:30:00Z',
    });
    const contacted = await getLead(t, h.token, lead.id);
    expect(contacted).toMatchObject({
      status: 'contacted',
      firstContactedAt: '2026-11-23T10:30:00.000Z',
      version: lead.version + 1,
    });
    // A second touch (an e-mail) changes nothing more.
    await logActivity(t, h.token, {
      type: 'email',
      subject: 'Follow-up',
      leadId: lead.id,
      doneAt: '2026-11-23T11:00:00Z',
    });
    const leadEvents = (await eventsOf(t, ws.workspaceId, lead.id)).filter((e) =>
      e.type.startsWith('lead.'),
    );
    expect(leadEvents.map((e) => [e.type, e.durationSeconds, e.channel, e.campaign])).toEqual([
      ['lead.created', null, 'outbound', 'q4-it'],
      ['lead.assigned', null, 'outbound', 'q4-it'],
      ['lead.contacted', 5400, 'outbound', 'q4-it'],
    ]);
    expect(leadEvents[2]!.occurredAt.toISOString()).toBe('2026-11-23T10:30:00.000Z');
    expect(leadEvents[2]).toMatchObject({ actorId: h.id, ownerId: h.id });
    // The reply is the next status step, recorded as lead.replied.
    const replied = await setStatus(t, h.token, lead.id, 'replied');
    expect(replied.status).toBe('replied');
    const types = (await eventsOf(t, ws.workspaceId, lead.id)).map((e) => e.type);
    expect(types.filter((x) => x === 'lead.contacted')).toHaveLength(1);
    expect(types.at(-1)).toBe('lead.replied');
  });

  it('tasks, planned activities and leads past new are not touches; completing a planned call is', async () => {
    const ws = await freshWorkspace(t);
    t.clock.set('2026-11-23T09:00:00Z');
    const lead = await createLead(t, ws.token);
    await logActivity(t, ws.token, {
      type: 'task',
      subject: 'Research the company',
      leadId: lead.id,
      doneAt: '2026-11-23T09:00:00Z',
    });
    const planned = await logActivity(t, ws.token, {
      type: 'call',
      subject: 'Call back',
      leadId: lead.id,
      dueAt: '2026-11-23T12:00:00Z',
    });
    expect((await getLead(t, ws.token, lead.id)).status).toBe('new');

    t.clock.set('2026-11-23T09:20:00Z');
    const done = await t.request('POST', `/api/v1/activities/${planned.id as string}/complete`, {
      token: ws.token,
      body: {},
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const after = await getLead(t, ws.token, lead.id);
    expect(after).toMatchObject({
      status: 'contacted',
      firstContactedAt: '2026-11-23T09:20:00.000Z',
    });
    const contacted = (await eventsOf(t, ws.workspaceId, lead.id)).find(
      (e) => e.type === 'lead.contacted',
    );
    expect(contacted?.durationSeconds).toBe(1200);

    // An mql lead stays mql whatever is logged on it.
    const other = await createLead(t, ws.token, { name: 'Ewa Nowak' });
    await setStatus(t, ws.token, other.id, 'mql');
    await logActivity(t, ws.token, {
      type: 'meeting',
      subject: 'Demo',
      leadId: other.id,
      doneAt: '2026-11-23T09:20:00Z',
    });
    expect((await getLead(t, ws.token, other.id)).status).toBe('mql');
    const otherTypes = (await eventsOf(t, ws.workspaceId, other.id)).map((e) => e.type);
    expect(otherTypes.filter((x) => x === 'lead.contacted')).toHaveLength(1);
  });

  it("lists a lead's activities and its timeline, newest first, page by page", async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws);
    t.clock.set('2026-11-23T09:00:00Z');
    const lead: LeadBody = await createLead(t, ws.token, {
      source: { channel: 'inbound', medium: 'ads', campaign: 'bf' },
    });
    const elsewhere = await createLead(t, ws.token, { name: 'Someone else' });
    t.clock.set('2026-11-23T09:10:00Z');
    await logActivity(t, h.token, {
      type: 'call',
      subject: 'First call',
      leadId: lead.id,
      doneAt: '2026-11-23T09:10:00Z',
    });
    await logActivity(t, h.token, {
      type: 'task',
      subject: 'Not this lead',
      leadId: elsewhere.id,
      dueAt: '2026-11-24T09:00:00Z',
    });
    t.clock.set('2026-11-23T09:30:00Z');
    await setStatus(t, h.token, lead.id, 'sql');
    t.clock.set('2026-11-23T09:40:00Z');
    const dq = await t.request('POST', `/api/v1/leads/${lead.id}/disqualify`, {
      token: h.token,
      body: { reasonId: await aDisqualificationReason(t, h.token) },
    });
    expect(dq.status).toBe(200);

    const acts = await t.request('GET', `/api/v1/activities?leadId=${lead.id}`, { token: h.token });
    expect((acts.body.items as { subject: string }[]).map((a) => a.subject)).toEqual([
      'First call',
    ]);

    const all = await history(t, h.token, lead.id);
    expect(all.items.map((i) => i.type)).toEqual([
      'lead.disqualified',
      'lead.sql',
      'lead.mql',
      'lead.replied',
      'lead.contacted',
      'activity.completed',
      'activity.created',
      'lead.assigned',
      'lead.created',
    ]);
    const byType = Object.fromEntries(all.items.map((i) => [i.type, i]));
    expect(byType['lead.created']).toMatchObject({
      actor: { id: ws.adminId },
      ownerId: h.id,
      source: { channel: 'inbound', medium: 'ads', campaign: 'bf' },
      origin: { formId: null, formName: null, callId: null, importId: null },
    });
    expect(byType['lead.contacted']).toMatchObject({
      secondsToFirstContact: 600,
      contactedBy: 'call',
      actor: { id: h.id },
    });
    expect(byType['lead.disqualified']).toMatchObject({ reason: 'Not our target customer' });
    expect(byType['activity.completed']).toMatchObject({
      activity: { type: 'call', subject: 'First call', logged: false },
    });
    expect(byType['lead.sql']).toMatchObject({ secondsToFirstContact: null, reason: null });

    const first = await history(t, h.token, lead.id, '?limit=3');
    expect(first.items.map((i) => i.type)).toEqual(['lead.disqualified', 'lead.sql', 'lead.mql']);
    const second = await history(t, h.token, lead.id, `?limit=3&cursor=${first.nextCursor!}`);
    expect(second.items.map((i) => i.type)).toEqual([
      'lead.replied',
      'lead.contacted',
      'activity.completed',
    ]);
    const third = await history(t, h.token, lead.id, `?limit=3&cursor=${second.nextCursor!}`);
    expect(third.items.map((i) => i.type)).toEqual([
      'activity.created',
      'lead.assigned',
      'lead.created',
    ]);
    expect(third.nextCursor).toBeNull();

    const other = await freshWorkspace(t);
    expectProblem(
      await t.request('GET', `/api/v1/leads/${lead.id}/history`, { token: other.token }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('GET', `/api/v1/leads/${lead.id}/history?cursor=nope`, { token: h.token }),
      400,
      'validation_failed',
    );
  });

  it('a web-form lead names its form in the timeline, and converting links the deal', async () => {
    const ws = await freshWorkspace(t);
    const form = await t.request('POST', '/api/v1/forms', {
      token: ws.token,
      body: { name: 'Contact us', campaign: 'spring' },
    });
    expect(form.status).toBe(201);
    const sent = await t.request('POST', `/api/v1/forms/${form.body.key as string}/submissions`, {
      body: { name: 'Olga Petrova', email: 'olga@example.ru', utm_source: 'newsletter' },
    });
    expect(sent.status).toBe(201);
    const inbox = await t.request('GET', '/api/v1/leads', { token: ws.token });
    const lead = (inbox.body.items as LeadBody[])[0]!;
    await setStatus(t, ws.token, lead.id, 'sql');
    const pipeline = await t.request('POST', '/api/v1/pipelines', {
      token: ws.token,
      body: { name: 'New business', stages: [{ name: 'Qualification' }] },
    });
    const converted = await t.request('POST', `/api/v1/leads/${lead.id}/convert`, {
      token: ws.token,
      body: { pipelineId: pipeline.body.id },
    });
    expect(converted.status, JSON.stringify(converted.body)).toBe(201);
    const items = (await history(t, ws.token, lead.id)).items;
    expect(items[0]).toMatchObject({
      type: 'lead.converted',
      dealId: (converted.body.deal as { id: string }).id,
    });
    expect(items.at(-1)).toMatchObject({
      type: 'lead.created',
      actor: null,
      source: { channel: 'inbound', medium: 'web_form', campaign: 'spring' },
      origin: { formId: form.body.id, formName: 'Contact us', utmSource: 'newsletter' },
    });
  });

  it('an answered call from a new lead (telephony) is its first contact', async () => {
    const ws = await freshWorkspace(t);
    const pbx = await t.request('POST', '/api/v1/tokens', {
      token: ws.token,
      body: { name: 'PBX', scopes: ['integrations:telephony'] },
    });
    t.clock.set('2026-11-23T09:00:00Z');
    const lead = await createLead(t, ws.token, { phone: '+48 601 234 999' });
    t.clock.set('2026-11-23T09:30:00Z');
    const answered = await t.request('POST', '/api/v1/integrations/telephony/events', {
      token: pbx.body.token as string,
      body: {
        callId: 'touch-1',
        direction: 'inbound',
        from: '+48601234999',
        to: '+48221000000',
        status: 'answered',
        startedAt: '2026-11-23T09:15:00Z',
        durationSeconds: 120,
      },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    expect(await getLead(t, ws.token, lead.id)).toMatchObject({
      status: 'contacted',
      firstContactedAt: '2026-11-23T09:17:00.000Z',
    });
    const items = (await history(t, ws.token, lead.id)).items;
    expect(items.map((i) => i.type)).toContain('call.answered');
    expect(items.find((i) => i.type === 'lead.contacted')).toMatchObject({
      secondsToFirstContact: 1020,
      contactedBy: 'call',
    });
    expect(items.find((i) => i.type === 'call.answered')).toMatchObject({
      call: { direction: 'inbound', status: 'answered', durationSeconds: 120 },
      activity: null,
    });
  });
});
