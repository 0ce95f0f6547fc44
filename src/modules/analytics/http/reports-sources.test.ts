import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { errorPaths } from '../../../server/test/problem-assertions.ts';
import { leadHistory } from '../../../server/test/lead-history.ts';
import { fetchFile, ok } from '../../../server/test/sales-history.ts';
import { describeApi, type TestApp } from '../../../server/test/test-app.ts';

type Row = Record<string, unknown> & {
  channel: string | null;
  medium: string | null;
  campaign: string | null;
  conversion: Record<string, number | null>;
  firstContact: { count: number; medianSeconds: number | null };
};

/** Counts, revenue and money of a row, in a fixed order. */
const figures = (r: Row) => [
  r.channel,
  r.medium,
  r.campaign,
  r.leads,
  r.contacted,
  r.mql,
  r.sql,
  r.deals,
  r.dealsWithoutLead,
  r.won,
  r.revenue,
  r.cost,
  r.costPerLead,
  r.costPerWon,
  r.returnOnCost,
];

async function enterCosts(t: TestApp, token: string) {
  const put = (month: string, source: object, amount: number) =>
    ok(t, 'PUT', '/api/v1/channel-costs', token, { month, ...source, amount });
  const coldCall = { channel: 'outbound', medium: 'cold_call' };
  const webForm = { channel: 'inbound', medium: 'web_form' };
  await put('2026-10', coldCall, 3100); // 100 a day
  await put('2026-11', coldCall, 3000); // 100 a day
  await put('2026-12', coldCall, 3100); // 100 a day
  await put('2026-11', webForm, 600); // 20 a day
  await put('2026-11', { ...webForm, campaign: 'black-friday' }, 300); // 10 a day
  await put('2026-11', { channel: 'inbound' }, 900); // 30 a day, the channel as a whole
  await put('2026-11', { channel: 'outbound', medium: 'email' }, 0);
  await put('2026-12', webForm, 620); // 20 a day
  await put('2027-01', webForm, 10_000); // outside every period below
}

describeApi('reports: sources', (t) => {
  it('follows each source from lead to revenue and weighs it against its cost', async () => {
    const h = await leadHistory(t);
    await enterCosts(t, h.ws.token);
    // A cost entered while the workspace counted in euro is not mixed into PLN reports.
    const workspaceUrl = `/api/v1/workspaces/${h.ws.workspaceId}`;
    await ok(t, 'PATCH', workspaceUrl, h.ws.token, { currency: 'EUR' });
    await ok(t, 'PUT', '/api/v1/channel-costs', h.ws.token, {
      month: '2026-11',
      channel: 'inbound',
      medium: 'ads',
      amount: 5000,
    });
    await ok(t, 'PATCH', workspaceUrl, h.ws.token, { currency: 'PLN' });

    const url = '/api/v1/reports/sources?from=2026-11-01&to=2026-11-30';
    const report = await ok(t, 'GET', url, h.ws.token);
    expect(report.groupBy).toBe('channel');
    expect(report.costsApplied).toBe(true);
    // November's cohort: leads L1–L5 and L8 (not L6, 1 Dec local, nor L7, 31 Oct local); deals
    // without a lead: Referral and the sales history's A, B, C, E, which have no source.
    expect((report.rows as Row[]).map(figures)).toEqual([
      [null, null, null, 0, 0, 0, 0, 4, 4, 2, 3000, null, null, null, null],
      ['inbound', null, null, 4, 3, 2, 1, 2, 1, 2, 1700, 1800, 450, 900, 0.94],
      ['outbound', null, null, 2, 2, 1, 1, 1, 0, 0, 0, 3000, 1500, null, 0],
    ]);
    const [, inbound, outbound] = report.rows as Row[];
    expect(inbound!.conversion).toEqual({
      leadToMql: 0.5,
      mqlToSql: 0.5,
      sqlToDeal: 1,
      dealToWon: 1,
    });
    expect(inbound!.firstContact).toEqual({ count: 3, medianSeconds: 3600 }); // 30 min, 1 h, 2 h
    expect(outbound!.firstContact).toEqual({ count: 2, medianSeconds: 43_500 }); // 10 min, 1 day
    expect(outbound!.conversion).toEqual({
      leadToMql: 0.5,
      mqlToSql: 1,
      sqlToDeal: 1,
      dealToWon: 0,
    });
    const total = report.total as Row;
    expect(figures(total)).toEqual([
      null,
      null,
      null,
      6,
      5,
      3,
      2,
      7,
      5,
      4,
      4700,
      4800,
      800,
      1200,
      0.98,
    ]);
    expect(total.firstContact).toEqual({ count: 5, medianSeconds: 3600 });

    const byMedium = await ok(t, 'GET', `${url}&groupBy=medium`, h.ws.token);
    expect((byMedium.rows as Row[]).map(figures)).toEqual([
      [null, null, null, 0, 0, 0, 0, 4, 4, 2, 3000, null, null, null, null],
      ['inbound', 'web_form', null, 3, 3, 2, 1, 1, 0, 1, 1000, 900, 300, 900, 1.11],
      ['inbound', 'referral', null, 0, 0, 0, 0, 1, 1, 1, 700, null, null, null, null],
      ['inbound', 'phone', null, 1, 0, 0, 0, 0, 0, 0, 0, null, null, null, null],
      ['outbound', 'cold_call', null, 1, 1, 1, 1, 1, 0, 0, 0, 3000, 3000, null, 0],
      ['outbound', 'email', null, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, null, null],
      // The channel-wide cost is not spread over the mediums: it stays on its own row.
      ['inbound', null, null, 0, 0, 0, 0, 0, 0, 0, 0, 900, null, null, 0],
    ]);
    expect(figures(byMedium.total as Row)).toEqual(figures(total));

    const byCampaign = await ok(t, 'GET', `${url}&groupBy=campaign`, h.ws.token);
    const campaigns = (byCampaign.rows as Row[]).filter((r) => r.medium === 'web_form');
    expect(campaigns.map(figures)).toEqual([
      ['inbound', 'web_form', 'black-friday', 2, 2, 2, 1, 1, 0, 1, 1000, 300, 150, 300, 3.33],
      ['inbound', 'web_form', null, 1, 1, 0, 0, 0, 0, 0, 0, 600, 600, null, 0],
    ]);

    // Across the month boundary, in Warsaw: 16 Nov – 15 Dec holds half of November's costs and
    // 15/31 of December's. Leads: L8 (20 Nov) and L6 (00:30 on 1 Dec local, 23:30 on 30 Nov UTC).
    const across = await ok(
      t,
      'GET',
      '/api/v1/reports/sources?from=2026-11-16&to=2026-12-15',
      h.ws.token,
    );
    expect((across.rows as Row[]).map(figures)).toEqual([
      ['outbound', null, null, 2, 2, 1, 1, 1, 0, 1, 800, 3000, 1500, 3000, 0.27],
      ['inbound', null, null, 0, 0, 0, 0, 0, 0, 0, 0, 1200, null, null, 0],
      [null, null, null, 0, 0, 0, 0, 2, 2, 0, 0, null, null, null, null], // E and D
    ]);
    expect((across.rows as Row[])[0]!.firstContact).toEqual({ count: 2, medianSeconds: 44_550 });

    // Only the Sales pipeline's deals: L5 was converted into Partners.
    const sales = await ok(t, 'GET', `${url}&pipelineId=${h.pipelineId}`, h.ws.token);
    expect((sales.rows as Row[])[2]!.deals).toBe(0);
    expect((sales.rows as Row[])[2]!.leads).toBe(2);
    // Bob's: his lead L8 and his deal E; costs belong to sources, not people.
    const bobs = await ok(t, 'GET', `${url}&ownerId=${h.bob.id}`, h.ws.token);
    expect(bobs.costsApplied).toBe(false);
    expect((bobs.rows as Row[]).map(figures)).toEqual([
      ['outbound', null, null, 1, 1, 0, 0, 0, 0, 0, 0, null, null, null, null],
      [null, null, null, 0, 0, 0, 0, 1, 1, 0, 0, null, null, null, null],
    ]);

    const csv = await fetchFile(t, `${url}&groupBy=medium&format=csv`, h.ws.token);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="sources-2026-11-01-2026-11-30.csv"',
    );
    const parsed = Papa.parse<Record<string, string | number | null>>(csv.raw.toString('utf8'), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    }).data;
    expect(
      parsed.map((r) => [
        r.Row,
        r.Channel,
        r.Medium,
        r.Leads,
        r.Revenue,
        r.Cost,
        r['Cost per lead'],
      ]),
    ).toEqual([
      ['Source', null, null, 0, 3000, null, null],
      ['Source', 'Inbound', 'Web form', 3, 1000, 900, 300],
      ['Source', 'Inbound', 'Referral', 0, 700, null, null],
      ['Source', 'Inbound', 'Phone call', 1, 0, null, null],
      ['Source', 'Outbound', 'Cold call', 1, 0, 3000, 3000],
      ['Source', 'Outbound', 'E-mail', 1, 0, 0, 0],
      ['Source', 'Inbound', null, 0, 0, 900, null],
      ['Total', null, null, 6, 4700, 4800, 800],
    ]);
    expect(parsed[1]!['Median time to first contact, seconds']).toBe(3600);

    const xlsx = await fetchFile(t, `${url}&format=xlsx`, h.ws.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(3).getCell(2).value).toBe('Inbound');
    expect(sheet.getRow(3).getCell(14).numFmt).toBe('0.0%');
    expect(sheet.getRow(3).getCell(19).value).toBe(450);

    // Given a rate, the euro cost counts converted: 5000 EUR × 4 = 20,000 PLN more for inbound.
    await ok(t, 'PATCH', workspaceUrl, h.ws.token, { settings: { exchangeRates: { EUR: 4 } } });
    const converted = await ok(t, 'GET', url, h.ws.token);
    expect((converted.rows as Row[]).map((r) => [r.channel, r.cost])).toEqual([
      [null, null],
      ['inbound', 21_800],
      ['outbound', 3000],
    ]);
  });

  it('answers an empty workspace with an empty total and refuses a bad grouping', async () => {
    const ws = await freshWorkspace(t);
    const empty = await ok(t, 'GET', '/api/v1/reports/sources', ws.token);
    expect(empty.rows).toEqual([]);
    expect(figures(empty.total as Row)).toEqual([
      null,
      null,
      null,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      null,
      null,
      null,
      null,
    ]);
    const bad = await t.request('GET', '/api/v1/reports/sources?groupBy=owner&from=2025-02-30', {
      token: ws.token,
    });
    expect(errorPaths(bad).sort()).toEqual(['from', 'groupBy']);
  });
});
