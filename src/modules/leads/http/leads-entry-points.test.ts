import { expect, it } from 'vitest';
import { freshWorkspace, type WorkspaceFixture } from '../../../server/test/fresh-workspace.ts';
import {
  addHunter,
  createPipeline,
  getLead,
  setStatus,
} from '../../../server/test/lead-fixtures.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

async function ok(t: TestApp, method: 'GET' | 'POST', url: string, token?: string, body?: object) {
  const answer = await t.request(method, url, { token, body });
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return answer.body;
}

/** The three ways a lead arrives by itself: a missed call, a web form, a prospect list. */
async function leadsFromEveryEntryPoint(t: TestApp, ws: WorkspaceFixture) {
  const pbx = (await ok(t, 'POST', '/api/v1/tokens', ws.token, {
    name: 'PBX',
    scopes: ['integrations:telephony'],
  })) as { token: string };
  const call = (await ok(t, 'POST', '/api/v1/integrations/telephony/events', pbx.token, {
    callId: 'c-1',
    direction: 'inbound',
    from: '+48 601 234 567',
    to: '+48 22 100 00 00',
    status: 'missed',
    startedAt: '2026-11-23T09:00:00Z',
  })) as { leadId: string };
  const form = (await ok(t, 'POST', '/api/v1/forms', ws.token, { name: 'Kontakt' })) as {
    id: string;
    key: string;
  };
  await ok(t, 'POST', `/api/v1/forms/${form.key}/submissions`, undefined, {
    name: 'Zofia Nowak',
    email: 'zofia@example.com',
    utm_source: 'google',
    utm_medium: 'cpc',
  });
  await ok(t, 'POST', '/api/v1/leads/imports', ws.token, {
    csv: 'Name,Email\nJan Kowalski,jan@example.com\n',
    campaign: 'targi',
  });
  const leads = (await ok(t, 'GET', '/api/v1/leads', ws.token)) as {
    items: { id: string; name: string; ownerId: string | null; source: object }[];
  };
  const byName = (name: string) => leads.items.find((l) => l.name === name)!;
  return {
    call: leads.items.find((l) => l.id === call.leadId)!,
    form: { ...byName('Zofia Nowak'), formId: form.id },
    imported: byName('Jan Kowalski'),
  };
}

async function nextTasks(t: TestApp, ws: WorkspaceFixture, leadId: string) {
  const list = (await ok(t, 'GET', `/api/v1/activities?leadId=${leadId}`, ws.token)) as {
    items: { type: string; subject: string; ownerId: string | null; doneAt: string | null }[];
  };
  return list.items.filter((a) => a.doneAt === null);
}

describeApi('leads: every entry point ends with a source, an owner and a next task', (t) => {
  it('a missed call, a web form and an imported prospect; the tasks speak Polish in a Polish workspace', async () => {
    const ws = await freshWorkspace(t, { locale: 'pl' });
    const h = await addHunter(t, ws, 2);
    t.clock.set('2026-11-23T09:05:00Z');
    const { call, form, imported } = await leadsFromEveryEntryPoint(t, ws);

    expect(call).toMatchObject({
      ownerId: h.id,
      source: { channel: 'inbound', medium: 'phone', campaign: null },
    });
    expect(await nextTasks(t, ws, call.id)).toEqual([
      expect.objectContaining({
        type: 'call',
        ownerId: h.id,
        subject: 'Oddzwoń: +48601234567 (nieodebrane połączenie)',
      }),
    ]);
    expect(form).toMatchObject({
      ownerId: h.id,
      source: { channel: 'inbound', medium: 'cpc', campaign: null },
    });
    expect(await nextTasks(t, ws, form.id)).toEqual([
      expect.objectContaining({
        type: 'task',
        ownerId: h.id,
        subject: 'Odpowiedz na zapytanie: Zofia Nowak (Kontakt)',
      }),
    ]);
    // The hunter is full (limit 2): the prospect waits in the queue, its task unassigned.
    expect(imported).toMatchObject({
      ownerId: null,
      source: { channel: 'outbound', medium: 'prospect_list', campaign: 'targi' },
    });
    expect(await nextTasks(t, ws, imported.id)).toEqual([
      expect.objectContaining({
        type: 'task',
        ownerId: null,
        subject: 'Pierwszy kontakt: Jan Kowalski (targi)',
      }),
    ]);
  });

  it('calls logged from telephony and tasks in Russian; an English workspace stays English', async () => {
    const ru = await freshWorkspace(t, { locale: 'ru' });
    await addHunter(t, ru);
    const { call, form } = await leadsFromEveryEntryPoint(t, ru);
    expect((await nextTasks(t, ru, call.id))[0]?.subject).toBe(
      'Перезвонить: +48601234567 (пропущенный звонок)',
    );
    expect((await nextTasks(t, ru, form.id))[0]?.subject).toBe(
      'Ответить на заявку: Zofia Nowak (Kontakt)',
    );
    const pbx = (await ok(t, 'POST', '/api/v1/tokens', ru.token, {
      name: 'PBX 2',
      scopes: ['integrations:telephony'],
    })) as { token: string };
    await ok(t, 'POST', '/api/v1/integrations/telephony/events', pbx.token, {
      callId: 'c-2',
      direction: 'outbound',
      from: '+48 22 100 00 00',
      to: '+48 601 234 567',
      status: 'ended',
      startedAt: '2026-11-23T10:00:00Z',
      durationSeconds: 60,
    });
    const done = (await ok(t, 'GET', `/api/v1/activities?leadId=${call.id}`, ru.token)) as {
      items: { subject: string; doneAt: string | null }[];
    };
    expect(done.items.filter((a) => a.doneAt).map((a) => a.subject)).toEqual([
      'Исходящий звонок: +48601234567',
    ]);

    const en = await freshWorkspace(t, { locale: 'en' });
    const { imported } = await leadsFromEveryEntryPoint(t, en);
    expect((await nextTasks(t, en, imported.id))[0]?.subject).toBe(
      'First touch: Jan Kowalski (targi)',
    );
  });

  it('a won deal is traced back to its first contact: the lead, its form and its source', async () => {
    const ws = await freshWorkspace(t);
    const h = await addHunter(t, ws);
    const { form } = await leadsFromEveryEntryPoint(t, ws);
    const pipelineId = await createPipeline(t, ws.token);
    await setStatus(t, h.token, form.id, 'sql');
    const converted = (await ok(t, 'POST', `/api/v1/leads/${form.id}/convert`, h.token, {
      pipelineId,
      value: 1000,
    })) as { deal: { id: string } };
    const won = await t.request('POST', `/api/v1/deals/${converted.deal.id}/win`, {
      token: ws.token,
      body: { override: { reason: 'Signed' } },
    });
    expect(won.status, JSON.stringify(won.body)).toBe(200);

    const deal = (await ok(t, 'GET', `/api/v1/deals/${converted.deal.id}`, ws.token)) as {
      status: string;
      leadId: string;
      source: object;
    };
    expect(deal).toMatchObject({
      status: 'won',
      leadId: form.id,
      source: { channel: 'inbound', medium: 'cpc' },
    });
    expect((await getLead(t, ws.token, deal.leadId)).convertedDealId).toBe(converted.deal.id);
    const history = (await ok(t, 'GET', `/api/v1/leads/${deal.leadId}/history`, ws.token)) as {
      items: { type: string; origin: object | null }[];
    };
    expect(history.items.at(-1)).toMatchObject({
      type: 'lead.created',
      origin: { formId: form.formId, formName: 'Kontakt', utmSource: 'google' },
    });
  });
});
