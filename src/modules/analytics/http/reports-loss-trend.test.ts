import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { fetchFile, ok } from '../../../server/test/sales-history.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

/**
 * Ten losses from September to November in Warsaw (UTC+2 until 25 October, UTC+1 after), of
 * web-form and cold-call deals, where "Other" spreads: 1 of 4, 1 of 3, 2 of 3. Deal 1 is lost at
 * 00:30 on 1 September local time, deal 8 at 00:30 on 1 November; deal 11, at 23:30 on 31 August
 * local, is outside.
 */
async function lossHistory(t: TestApp) {
  t.clock.set('2026-08-20T10:00:00Z');
  const ws = await freshWorkspace(t, { timezone: 'Europe/Warsaw', currency: 'PLN' });
  const pipeline = await ok(t, 'POST', '/api/v1/pipelines', ws.token, {
    name: 'Sales',
    stages: [{ name: 'Talk' }, { name: 'Offer' }],
  });
  const reason = async (name: string) =>
    (
      await ok(t, 'POST', '/api/v1/lost-reasons', ws.token, {
        name,
        standard: name,
        stageIds: null,
      })
    ).id as string;
  const price = await reason('Price');
  const other = await reason('Other');
  const webForm = { channel: 'inbound', medium: 'web_form' };
  const coldCall = { channel: 'outbound', medium: 'cold_call' };
  const losses: [number, object, string, string][] = [
    [100, webForm, '2026-08-31T22:30:00Z', price],
    [100, webForm, '2026-09-10T10:00:00Z', price],
    [100, coldCall, '2026-09-15T10:00:00Z', price],
    [100, coldCall, '2026-09-20T10:00:00Z', other],
    [200, webForm, '2026-10-05T10:00:00Z', price],
    [200, coldCall, '2026-10-10T10:00:00Z', price],
    [200, coldCall, '2026-10-20T10:00:00Z', other],
    [300, coldCall, '2026-10-31T23:30:00Z', other],
    [300, webForm, '2026-11-10T10:00:00Z', price],
    [300, coldCall, '2026-11-20T10:00:00Z', other],
    [999, webForm, '2026-08-31T21:30:00Z', other],
  ];
  for (const [value, source, lostAt, lostReasonId] of losses) {
    t.clock.set('2026-08-20T10:00:00Z');
    const deal = await ok(t, 'POST', '/api/v1/deals', ws.token, {
      title: `Deal ${lostAt}`,
      pipelineId: pipeline.id,
      value,
      source,
    });
    t.clock.set(lostAt);
    await ok(t, 'POST', `/api/v1/deals/${deal.id as string}/lose`, ws.token, { lostReasonId });
  }
  t.clock.set('2026-12-02T10:00:00Z');
  return { ws, price, other };
}

describeApi('reports: loss reasons by source and over time', (t) => {
  it('splits losses by source and month and warns when a reason keeps growing', async () => {
    const { ws, price, other } = await lossHistory(t);
    const url = '/api/v1/reports/loss-reasons?from=2026-09-01&to=2026-11-30';
    const report = await ok(t, 'GET', url, ws.token);
    expect(report.total).toEqual({ count: 10, value: 1900 });
    expect(report.source).toEqual({ channel: null, medium: null, campaign: null });
    expect(report.bySource).toEqual([
      {
        id: null,
        name: 'outbound / cold_call',
        channel: 'outbound',
        medium: 'cold_call',
        count: 6,
        value: 1200,
        share: 0.6,
        reasons: [
          { reasonId: other, count: 4 },
          { reasonId: price, count: 2 },
        ],
      },
      {
        id: null,
        name: 'inbound / web_form',
        channel: 'inbound',
        medium: 'web_form',
        count: 4,
        value: 700,
        share: 0.4,
        reasons: [{ reasonId: price, count: 4 }],
      },
    ]);
    expect(report.months).toEqual([
      {
        month: '2026-09',
        count: 4,
        value: 400,
        reasons: [
          { reasonId: price, count: 3, share: 0.75 },
          { reasonId: other, count: 1, share: 0.25 },
        ],
      },
      {
        month: '2026-10',
        count: 3,
        value: 600,
        reasons: [
          { reasonId: price, count: 2, share: 0.667 },
          { reasonId: other, count: 1, share: 0.333 },
        ],
      },
      {
        month: '2026-11',
        count: 3,
        value: 900,
        reasons: [
          { reasonId: other, count: 2, share: 0.667 },
          { reasonId: price, count: 1, share: 0.333 },
        ],
      },
    ]);
    expect(report.growing).toEqual([
      {
        reasonId: other,
        name: 'Other',
        shares: [
          { month: '2026-09', share: 0.25 },
          { month: '2026-10', share: 0.333 },
          { month: '2026-11', share: 0.667 },
        ],
        share: 0.667,
      },
    ]);
    // Price is still the most frequent overall: both warnings stand.
    expect(report.warning).toEqual({ reasonId: price, name: 'Price', share: 0.6 });

    // Cold calling alone: "Other" dominates, but its share did not rise every month.
    const outbound = await ok(t, 'GET', `${url}&channel=outbound`, ws.token);
    expect(outbound.total).toEqual({ count: 6, value: 1200 });
    expect(outbound.growing).toEqual([]);
    expect(outbound.warning).toEqual({ reasonId: other, name: 'Other', share: 0.667 });
    const twoMonths = await ok(
      t,
      'GET',
      '/api/v1/reports/loss-reasons?from=2026-10-01&to=2026-11-30',
      ws.token,
    );
    expect(twoMonths.growing).toEqual([]); // three months are needed to call it a trend

    const csv = await fetchFile(t, `${url}&format=csv`, ws.token);
    const rows = Papa.parse<Record<string, string | number | null>>(csv.raw.toString('utf8'), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    }).data;
    expect(
      rows
        .filter((r) => ['Source', 'Month', 'Month: reason'].includes(String(r['Grouped by'])))
        .map((r) => [r['Grouped by'], r.Name, r.Count, r.Share, r.Month, r.Channel, r.Medium]),
    ).toEqual([
      ['Source', 'Outbound / Cold call', 6, 0.6, null, 'Outbound', 'Cold call'],
      ['Source', 'Inbound / Web form', 4, 0.4, null, 'Inbound', 'Web form'],
      ['Month', '2026-09', 4, null, '2026-09', null, null],
      ['Month: reason', 'Price', 3, 0.75, '2026-09', null, null],
      ['Month: reason', 'Other', 1, 0.25, '2026-09', null, null],
      ['Month', '2026-10', 3, null, '2026-10', null, null],
      ['Month: reason', 'Price', 2, 0.667, '2026-10', null, null],
      ['Month: reason', 'Other', 1, 0.333, '2026-10', null, null],
      ['Month', '2026-11', 3, null, '2026-11', null, null],
      ['Month: reason', 'Other', 2, 0.667, '2026-11', null, null],
      ['Month: reason', 'Price', 1, 0.333, '2026-11', null, null],
    ]);
  });
});
