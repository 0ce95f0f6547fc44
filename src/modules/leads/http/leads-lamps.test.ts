import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

async function ok(t: TestApp, method: string, url: string, token: string, body?: unknown) {
  const answer = await t.request(method, `/api/v1${url}`, { token, body });
  expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}

interface Group {
  kind: string;
  lamps: { id: string; position: string }[];
}

/** The b2b-classic lamps of prospecting, marketing and qualification, read for one week. */
async function readings(t: TestApp, token: string) {
  const map = (await ok(t, 'GET', '/process-map', token)) as unknown as { groups: Group[] };
  const answer = (await ok(t, 'GET', '/lamps/readings?from=2026-W48&to=2026-W48', token)) as {
    readings: { lampId: string; value: number | null }[];
  };
  const value = (id: string) => answer.readings.find((r) => r.lampId === id)?.value;
  const out: Record<string, number | null | undefined> = {};
  for (const kind of ['prospecting', 'marketing', 'qualification']) {
    const group = map.groups.find((g) => g.kind === kind)!;
    for (const lamp of group.lamps) out[`${kind}.${lamp.position}`] = value(lamp.id);
  }
  return out;
}

describeApi('leads: the b2b-classic lamps read the lead flow', (t) => {
  it('prospecting, marketing and qualification lamps move with imports, touches, forms and statuses', async () => {
    const ws = await freshWorkspace(t);
    t.clock.set('2026-11-25T09:00:00Z');
    const created = await ok(t, 'POST', '/workspaces', ws.token, {
      name: 'Lamps',
      locale: 'en',
      timezone: 'Europe/Warsaw',
      currency: 'PLN',
      template: 'b2b-classic',
    });
    const token = created.apiToken as string;
    expect(await readings(t, token)).toEqual({
      'prospecting.start': 0,
      'prospecting.middle': 0, // no replies yet
      'prospecting.end': 0,
      'marketing.start': 0,
      'marketing.middle': 0,
      'marketing.end': 0,
      'qualification.start': null,
      'qualification.middle': null,
      'qualification.end': 0,
    });

    // Outbound: a list of three prospects; two reached by a logged call or e-mail, one replied
    // and matches the profile (MQL).
    const csv =
      'Name,Email\nAda Lis,ada@lis.example\nBeata Kos,beata@kos.example\nCyryl Wróbel,cyryl@wrobel.example\n';
    await ok(t, 'POST', '/leads/imports', token, { csv, campaign: 'cold-q4' });
    const outbound = (await ok(t, 'GET', '/leads?channel=outbound', token)).items as {
      id: string;
      name: string;
    }[];
    const ada = outbound.find((l) => l.name === 'Ada Lis')!;
    const beata = outbound.find((l) => l.name === 'Beata Kos')!;
    t.clock.set('2026-11-25T11:00:00Z');
    await ok(t, 'POST', '/activities', token, {
      type: 'call',
      subject: 'Cold call',
      leadId: ada.id,
      doneAt: '2026-11-25T11:00:00Z',
    });
    await ok(t, 'POST', '/activities', token, {
      type: 'email',
      subject: 'Intro',
      leadId: beata.id,
      doneAt: '2026-11-25T11:00:00Z',
    });
    await ok(t, 'POST', `/leads/${ada.id}/status`, token, { status: 'replied' });
    await ok(t, 'POST', `/leads/${ada.id}/status`, token, { status: 'mql' });

    // Inbound: a web-form enquiry answered in 30 minutes and qualified for sales at once.
    const form = await ok(t, 'POST', '/forms', token, { name: 'Contact' });
    t.clock.set('2026-11-25T12:00:00Z');
    await ok(t, 'POST', `/forms/${form.key as string}/submissions`, '', {
      name: 'Dorota Mróz',
      email: 'dorota@mroz.example',
    });
    const inbound = (
      (await ok(t, 'GET', '/leads?channel=inbound', token)).items as { id: string }[]
    )[0]!;
    t.clock.set('2026-11-25T12:30:00Z');
    await ok(t, 'POST', `/leads/${inbound.id}/status`, token, { status: 'sql' });

    expect(await readings(t, token)).toEqual({
      'prospecting.start': 2, // reached: lead.contacted, outbound
      'prospecting.middle': 1, // prospects who replied, outbound
      'prospecting.end': 1, // outbound MQL
      'marketing.start': 1, // inbound leads created
      'marketing.middle': 1, // open inbound leads at week end
      'marketing.end': 1, // inbound MQL
      'qualification.start': 1800, // median seconds to first contact, inbound
      'qualification.middle': 1, // SQL ÷ decided (SQL or disqualified): 1 of 1
      'qualification.end': 1, // SQL
    });

    // The MOFU lamp drills down to the open inbound leads behind it.
    const map = (await ok(t, 'GET', '/process-map', token)) as unknown as { groups: Group[] };
    const mofu = map.groups
      .find((g) => g.kind === 'marketing')!
      .lamps.find((l) => l.position === 'middle')!;
    const drill = await ok(t, 'GET', `/lamps/${mofu.id}/drilldown`, token);
    expect(
      (drill.items as { kind: string; title: string }[]).map((i) => [i.kind, i.title]),
    ).toEqual([['lead', 'Dorota Mróz']]);
  });
});
