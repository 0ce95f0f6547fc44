import { ok, salesHistory, type SalesHistory } from './sales-history.ts';
import type { TestApp } from './test-app.ts';
import { aDisqualificationReason } from './disqualification.ts';

export interface LeadHistory extends SalesHistory {
  partnersPipelineId: string;
  leads: Record<'l1' | 'l2' | 'l3' | 'l4' | 'l5' | 'l6' | 'l7' | 'l8', string>;
  leadDeals: Record<'l1' | 'l5' | 'l6', string>;
  referral: string;
}

/**
 * The sales history (Warsaw, PLN; its deals have no source) plus leads and a sourced deal
 * around November's edges. Local time is UTC+1; "→" is what happened to the lead since.
 *  - L1 inbound/web_form/black-friday, 00:30 on 1 Nov: contacted after 30 min, SQL, converted
 *    (1000, Sales) and won on 10 Nov.
 *  - L2 inbound/web_form/black-friday, 2 Nov: contacted after 1 h, MQL, disqualified.
 *  - L3 inbound/web_form, 10 Nov: contacted after 2 h.      L4 inbound/phone, 15 Nov: untouched.
 *  - L5 outbound/cold_call, 5 Nov: contacted after 10 min, SQL, converted (500) into the
 *    Partners pipeline, lost on 25 Nov.
 *  - L6 outbound/cold_call, 00:30 on 1 Dec: contacted after 45 min, SQL, converted (800, Sales),
 *    won on 5 Dec.                                         L7 outbound/cold_call, 23:30 on 31 Oct.
 *  - L8 outbound/email, Bob's, 20 Nov: contacted after a day, disqualified.
 *  - Referral: a deal without a lead, inbound/referral, 12 Nov, 700, won on 25 Nov.
 */
export async function leadHistory(t: TestApp): Promise<LeadHistory> {
  const h = await salesHistory(t);
  const token = h.ws.token;
  const at = (iso: string) => t.clock.set(iso);
  const partners = await ok(t, 'POST', '/api/v1/pipelines', token, {
    name: 'Partners',
    stages: [{ name: 'Talk' }, { name: 'Sign' }],
  });
  const lead = async (
    iso: string,
    source: { channel: string; medium?: string; campaign?: string },
    ownerId?: string,
  ) => {
    at(iso);
    return (await ok(t, 'POST', '/api/v1/leads', token, { name: `Lead ${iso}`, source, ownerId }))
      .id as string;
  };
  const status = (id: string, iso: string, to: string) => {
    at(iso);
    return ok(t, 'POST', `/api/v1/leads/${id}/status`, token, { status: to });
  };
  const disqualify = async (id: string, iso: string) => {
    const reasonId = await aDisqualificationReason(t, token);
    at(iso);
    return ok(t, 'POST', `/api/v1/leads/${id}/disqualify`, token, { reasonId });
  };
  const convert = async (id: string, iso: string, value: number, pipelineId = h.pipelineId) => {
    at(iso);
    const answer = await ok(t, 'POST', `/api/v1/leads/${id}/convert`, token, {
      pipelineId,
      value,
    });
    return (answer.deal as { id: string }).id;
  };
  const deal = (id: string, iso: string, action: string, body: object = {}) => {
    at(iso);
    return ok(t, 'POST', `/api/v1/deals/${id}/${action}`, token, body);
  };
  const webForm = { channel: 'inbound', medium: 'web_form' };
  const coldCall = { channel: 'outbound', medium: 'cold_call' };

  const l1 = await lead('2026-10-31T23:30:00Z', { ...webForm, campaign: 'black-friday' });
  await status(l1, '2026-11-01T00:00:00Z', 'contacted');
  await status(l1, '2026-11-02T10:00:00Z', 'sql');
  const d1 = await convert(l1, '2026-11-03T10:00:00Z', 1000);
  await deal(d1, '2026-11-10T10:00:00Z', 'win');

  const l2 = await lead('2026-11-02T09:00:00Z', { ...webForm, campaign: 'black-friday' });
  await status(l2, '2026-11-02T10:00:00Z', 'mql');
  await disqualify(l2, '2026-11-04T10:00:00Z');

  const l3 = await lead('2026-11-10T10:00:00Z', webForm);
  await status(l3, '2026-11-10T12:00:00Z', 'contacted');
  const l4 = await lead('2026-11-15T10:00:00Z', { channel: 'inbound', medium: 'phone' });

  const l5 = await lead('2026-11-05T08:00:00Z', coldCall);
  await status(l5, '2026-11-05T08:10:00Z', 'replied');
  await status(l5, '2026-11-06T10:00:00Z', 'sql');
  const d5 = await convert(l5, '2026-11-20T10:00:00Z', 500, partners.id as string);
  await deal(d5, '2026-11-25T10:00:00Z', 'lose', { lostReasonId: h.reasons.timing });

  const l6 = await lead('2026-11-30T23:30:00Z', coldCall);
  await status(l6, '2026-12-01T00:15:00Z', 'sql');
  const d6 = await convert(l6, '2026-12-02T10:00:00Z', 800);
  await deal(d6, '2026-12-05T10:00:00Z', 'win');
  const l7 = await lead('2026-10-31T22:30:00Z', coldCall);

  const l8 = await lead('2026-11-20T10:00:00Z', { channel: 'outbound', medium: 'email' }, h.bob.id);
  await status(l8, '2026-11-21T10:00:00Z', 'contacted');
  await disqualify(l8, '2026-11-22T10:00:00Z');

  at('2026-11-12T10:00:00Z');
  const referral = (
    await ok(t, 'POST', '/api/v1/deals', token, {
      title: 'Referral',
      pipelineId: h.pipelineId,
      value: 700,
      source: { channel: 'inbound', medium: 'referral' },
    })
  ).id as string;
  await deal(referral, '2026-11-25T10:00:00Z', 'win');
  at('2026-12-20T10:00:00Z');
  return {
    ...h,
    partnersPipelineId: partners.id as string,
    leads: { l1, l2, l3, l4, l5, l6, l7, l8 },
    leadDeals: { l1: d1, l5: d5, l6: d6 },
    referral,
  };
}
