import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { addMember, freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { leadHistory } from '../../../server/test/lead-history.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { ok } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

interface Outcome {
  won: number;
  revenue: number;
}
interface Lever {
  driver: string;
  channel: string | null;
  medium: string | null;
  stageId: string | null;
  from: number;
  to: number;
  gain: Outcome;
}

describeApi('reports: what-if', (t) => {
  it('measures the drivers of November and projects them as they are and as changed', async () => {
    const h = await leadHistory(t);
    // E goes on to Qualified and is lost there: Qualified's only failure.
    t.clock.set('2026-12-10T10:00:00Z');
    await ok(t, 'POST', `/api/v1/deals/${h.deals.e}/move`, h.ws.token, {
      stageId: h.stages.qualified,
    });
    await ok(t, 'POST', `/api/v1/deals/${h.deals.e}/lose`, h.ws.token, {
      lostReasonId: h.reasons.price,
    });
    t.clock.set('2026-12-20T10:00:00Z');
    const body = { pipelineId: h.pipelineId, from: '2026-11-01', to: '2026-11-30', horizon: 3 };
    const report = await ok(t, 'POST', '/api/v1/reports/what-if', h.ws.token, body);

    expect([report.start, report.horizon, report.weeks]).toEqual(['2027-01-01', 3, 4.2857]);
    // Leads of November by source; direct deals: Referral and A, B, C, E (no source).
    expect(report.measured).toEqual({
      sources: [
        {
          channel: 'inbound',
          medium: 'phone',
          leads: 1,
          decided: 0,
          converted: 0,
          dealsWithoutLead: 0,
        },
        {
          channel: 'inbound',
          medium: 'referral',
          leads: 0,
          decided: 0,
          converted: 0,
          dealsWithoutLead: 1,
        },
        {
          channel: 'inbound',
          medium: 'web_form',
          leads: 3,
          decided: 2,
          converted: 1,
          dealsWithoutLead: 0,
        },
        // L5 became a deal, but in the Partners pipeline.
        {
          channel: 'outbound',
          medium: 'cold_call',
          leads: 1,
          decided: 1,
          converted: 0,
          dealsWithoutLead: 0,
        },
        {
          channel: 'outbound',
          medium: 'email',
          leads: 1,
          decided: 1,
          converted: 0,
          dealsWithoutLead: 0,
        },
        { channel: null, medium: null, leads: 0, decided: 0, converted: 0, dealsWithoutLead: 4 },
      ],
      // The cohort: A, B, L1's deal and Referral won; C lost in Lead; E lost in Qualified.
      stages: [
        { stageId: h.stages.lead, passed: 5, failed: 1 },
        { stageId: h.stages.qualified, passed: 4, failed: 1 },
        { stageId: h.stages.offer, passed: 4, failed: 0 },
        { stageId: h.stages.contract, passed: 4, failed: 0 },
      ],
      won: { count: 4, valued: 4 }, // 1000 + 2000 + 1000 + 700
      cycle: { count: 4 }, // 16, 20, 7 and 13 days
      leadToDeal: { count: 1 }, // L1: 2 days 10.5 hours
    });
    const baseline = report.baseline as { sources: unknown[]; stages: { conversion: number }[] };
    expect(baseline.sources).toEqual([
      {
        channel: 'inbound',
        medium: 'phone',
        leadsPerWeek: 0.23,
        leadToDeal: null,
        dealsPerWeekWithoutLead: 0,
      },
      {
        channel: 'inbound',
        medium: 'referral',
        leadsPerWeek: 0,
        leadToDeal: null,
        dealsPerWeekWithoutLead: 0.23,
      },
      {
        channel: 'inbound',
        medium: 'web_form',
        leadsPerWeek: 0.7,
        leadToDeal: 0.5,
        dealsPerWeekWithoutLead: 0,
      },
      {
        channel: 'outbound',
        medium: 'cold_call',
        leadsPerWeek: 0.23,
        leadToDeal: 0,
        dealsPerWeekWithoutLead: 0,
      },
      {
        channel: 'outbound',
        medium: 'email',
        leadsPerWeek: 0.23,
        leadToDeal: 0,
        dealsPerWeekWithoutLead: 0,
      },
      {
        channel: null,
        medium: null,
        leadsPerWeek: 0,
        leadToDeal: null,
        dealsPerWeekWithoutLead: 0.93,
      },
    ]);
    expect(baseline.stages.map((s) => s.conversion)).toEqual([0.8333, 0.8, 1, 1]);
    expect(report.baseline).toMatchObject({
      averageWonValue: 1175,
      cycleDays: 14.5,
      leadToDealDays: 2.44,
    });
    expect(report.scenario).toEqual(report.baseline);
    expect(report.winRate).toEqual({ baseline: 0.6666, scenario: 0.6666 });
    // (0.35 deals a week from leads + 1.16 without) × 0.6666 won, × 1175 each, day by day.
    const baselineMonths = [
      { month: '2027-01', won: 4.46, revenue: 5238.05 },
      { month: '2027-02', won: 4.03, revenue: 4731.14 },
      { month: '2027-03', won: 4.46, revenue: 5238.05 },
    ];
    const months = (r: Record<string, unknown>, side: 'baseline' | 'projection') =>
      (r.months as Record<string, Outcome & { month: string }>[]).map((m) => ({
        month: m.month,
        ...(m[side] as unknown as Outcome),
      }));
    expect(months(report, 'baseline')).toEqual(baselineMonths);
    expect(months(report, 'projection')).toEqual(baselineMonths);

    const changed = await ok(t, 'POST', '/api/v1/reports/what-if', h.ws.token, {
      ...body,
      overrides: {
        sources: [{ channel: 'inbound', medium: 'web_form', leadsPerWeek: 1.4 }],
        stages: [{ stageId: h.stages.qualified, conversion: 1 }],
        cycleDays: 10,
      },
    });
    expect(changed.winRate).toEqual({ baseline: 0.6666, scenario: 0.8333 });
    expect(months(changed, 'baseline')).toEqual(baselineMonths);
    expect(months(changed, 'projection')).toEqual([
      { month: '2027-01', won: 6.61, revenue: 7770.24 },
      { month: '2027-02', won: 6.2, revenue: 7284.71 },
      { month: '2027-03', won: 6.86, revenue: 8065.21 },
    ]);
    expect(changed.total).toEqual({
      baseline: { won: 12.94, revenue: 15_207.25 },
      projection: { won: 19.68, revenue: 23_120.17 },
    });
    const ranked = (changed.levers as Lever[]).map((l) => [
      l.driver,
      l.stageId ?? l.medium,
      l.from,
      l.to,
      l.gain.won,
      l.gain.revenue,
    ]);
    expect(ranked.slice(0, 8)).toEqual([
      ['averageWonValue', null, 1175, 1292.5, 0, 2057.45],
      ['stageConversion', h.stages.lead, 0.8333, 0.9166, 1.75, 2056.71],
      ['dealsPerWeekWithoutLead', null, 0.93, 1.023, 0.88, 1040.67],
      ['leadsPerWeek', 'web_form', 1.4, 1.54, 0.64, 759.41],
      ['leadToDeal', 'web_form', 0.5, 0.55, 0.64, 759.41],
      ['cycleDays', null, 10, 9, 0.22, 260.16],
      ['dealsPerWeekWithoutLead', 'referral', 0.23, 0.253, 0.22, 257.37],
      ['leadToDealDays', null, 2.44, 2.2, 0.02, 23.49],
    ]);
    // Nothing to gain from a stage already at 100 %, nor from leads that never convert.
    expect(ranked.slice(8).every((l) => l[4] === 0 && l[5] === 0)).toBe(true);
    expect(ranked).toHaveLength(16);

    const member = await addMember(t, h.ws, 'member');
    const mine = await ok(t, 'POST', '/api/v1/reports/what-if', member.token, {
      ...body,
      ownerId: h.bob.id,
    });
    // Bob's: his lead L8 and his deal E (lost).
    expect((mine.measured as { sources: unknown[] }).sources).toEqual([
      {
        channel: 'outbound',
        medium: 'email',
        leads: 1,
        decided: 1,
        converted: 0,
        dealsWithoutLead: 0,
      },
      { channel: null, medium: null, leads: 0, decided: 0, converted: 0, dealsWithoutLead: 1 },
    ]);
    expect((mine.total as { baseline: Outcome }).baseline).toEqual({ won: 0, revenue: 0 });

    const file = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/what-if?format=csv',
      headers: { host: 'localhost:80', authorization: `Bearer ${h.ws.token}` },
      payload: { ...body, overrides: { cycleDays: 10 } },
    });
    expect(file.headers['content-disposition']).toBe(
      'attachment; filename="what-if-2026-11-01-2026-11-30.csv"',
    );
    const rows = Papa.parse<Record<string, string | number | null>>(file.body, {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    }).data;
    expect(
      rows.slice(0, 3).map((r) => [r.Row, r.Name, r['Measured won'], r['Projected won']]),
    ).toEqual([
      // The faster cycle brings the new flow from day 10 while the old still drains to day 14.5.
      ['Month', '2027-01', 4.46, 5.11],
      ['Month', '2027-02', 4.03, 4.03],
      ['Month', '2027-03', 4.46, 4.46],
    ]);
    const cycle = rows.find((r) => r.Row === 'Driver' && r.Name === 'Days from a new deal to won')!;
    expect([cycle.Measured, cycle.Scenario]).toEqual([14.5, 10]);
    expect(rows.filter((r) => r.Row === 'Lever')).toHaveLength(16);
    const xlsx = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/what-if?format=xlsx',
      headers: { host: 'localhost:80', authorization: `Bearer ${h.ws.token}` },
      payload: body,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(2).values).toEqual([
      undefined,
      'Month',
      '2027-01',
      ...Array<undefined>(5),
      4.46,
      5238.05,
      4.46,
      5238.05,
    ]);
  });

  it('refuses bad drivers, unknown stages and pipelines of other workspaces', async () => {
    const ws = await freshWorkspace(t);
    const pipeline = await ok(t, 'POST', '/api/v1/pipelines', ws.token, {
      name: 'Only',
      stages: [{ name: 'One' }],
    });
    const post = (body: unknown) =>
      t.request('POST', '/api/v1/reports/what-if', { token: ws.token, body });
    const bad = await post({
      pipelineId: pipeline.id,
      horizon: 40,
      overrides: {
        sources: [{ channel: 'social', medium: null, leadsPerWeek: -1 }],
        stages: [{ stageId: pipeline.id, conversion: 1.5 }],
        cycleDays: -2,
      },
    });
    expect(errorPaths(bad).sort()).toEqual([
      'horizon',
      'overrides.cycleDays',
      'overrides.sources.0.channel',
      'overrides.sources.0.leadsPerWeek',
      'overrides.stages.0.conversion',
    ]);
    expect(errorPaths(await post({}))).toEqual(['pipelineId']);
    const unknownStage = await post({
      pipelineId: pipeline.id,
      overrides: { stages: [{ stageId: ws.adminId, conversion: 0.5 }] },
    });
    expect(errorPaths(unknownStage)).toEqual(['overrides.stages.0.stageId']);
    const empty = await ok(t, 'POST', '/api/v1/reports/what-if', ws.token, {
      pipelineId: pipeline.id,
    });
    expect([empty.horizon, (empty.months as unknown[]).length, empty.levers]).toEqual([6, 6, []]);
    expect(empty.total).toEqual({
      baseline: { won: 0, revenue: 0 },
      projection: { won: 0, revenue: 0 },
    });
    const other = await freshWorkspace(t);
    expectProblem(
      await t.request('POST', '/api/v1/reports/what-if', {
        token: other.token,
        body: { pipelineId: pipeline.id },
      }),
      404,
      'not_found',
    );
    expectProblem(
      await t.request('POST', '/api/v1/reports/what-if', { body: { pipelineId: pipeline.id } }),
      401,
      'unauthenticated',
    );
  });
});
