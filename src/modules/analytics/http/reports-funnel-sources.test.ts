import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { leadHistory } from '../../../server/test/lead-history.ts';
import { errorPaths } from '../../../server/test/problem-assertions.ts';
import { fetchFile, ok } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

type Step = {
  step: string;
  reached: number;
  conversion: number | null;
  rate: number | null;
  dropOff: number;
};
const steps = (report: Record<string, unknown>) =>
  (report.steps as Step[]).map((s) => [s.step, s.reached, s.conversion, s.rate, s.dropOff]);

describeApi('reports: funnels by source, and of leads', (t) => {
  it('narrows the deal funnel to a channel, medium or campaign', async () => {
    const h = await leadHistory(t);
    const url = `/api/v1/reports/funnel?pipelineId=${h.pipelineId}&from=2026-11-01&to=2026-11-30`;
    const all = await ok(t, 'GET', url, h.ws.token);
    expect(all.source).toEqual({ channel: null, medium: null, campaign: null });
    // A, B, C, E (no source), L1's deal and Referral.
    expect([all.entered, all.enteredValue]).toEqual([6, 5500]);
    const inbound = await ok(t, 'GET', `${url}&channel=inbound`, h.ws.token);
    expect(inbound.source).toEqual({ channel: 'inbound', medium: null, campaign: null });
    expect([inbound.entered, inbound.enteredValue, inbound.won]).toEqual([
      2,
      1700,
      { count: 2, value: 1700, rate: 1 },
    ]);
    const campaign = await ok(t, 'GET', `${url}&medium=web_form&campaign=black-friday`, h.ws.token);
    expect([campaign.entered, campaign.enteredValue]).toEqual([1, 1000]);
    const outbound = await ok(t, 'GET', `${url}&channel=outbound`, h.ws.token);
    expect(outbound.entered).toBe(0); // L5's deal went to Partners; L6's was created in December
    const bad = await t.request('GET', `${url}&channel=social&medium=`, { token: h.ws.token });
    expect(errorPaths(bad).sort()).toEqual(['channel', 'medium']);
  });

  it("follows November's leads through every status to won, as a whole and by source", async () => {
    const h = await leadHistory(t);
    const url = '/api/v1/reports/lead-funnel?from=2026-11-01&to=2026-11-30';
    const report = await ok(t, 'GET', url, h.ws.token);
    // L1–L5 and L8: L1 won, L5 lost in Partners, L2 and L8 disqualified, L3 and L4 open.
    expect(steps(report)).toEqual([
      ['created', 6, 1, 1, 0],
      ['contacted', 5, 0.8333, 0.8333, 1],
      // Of the two contacted leads that never replied, one is still open: one dropped off.
      ['replied', 3, 0.6, 0.5, 1],
      ['mql', 3, 1, 0.5, 0],
      ['sql', 2, 0.6667, 0.3333, 1],
      ['converted', 2, 1, 0.3333, 0],
      ['won', 1, 0.5, 0.1667, 1],
    ]);
    expect([report.disqualified, report.open, report.revenue]).toEqual([2, 2, 1000]);
    expect(report.firstContact).toEqual({ count: 5, medianSeconds: 3600 });

    const sales = await ok(t, 'GET', `${url}&pipelineId=${h.pipelineId}`, h.ws.token);
    expect(steps(sales).slice(5)).toEqual([
      ['converted', 1, 0.5, 0.1667, 1],
      ['won', 1, 1, 0.1667, 0],
    ]);
    const outbound = await ok(t, 'GET', `${url}&channel=outbound`, h.ws.token);
    expect(outbound.source).toEqual({ channel: 'outbound', medium: null, campaign: null });
    expect(steps(outbound).map((s) => s[1])).toEqual([2, 2, 1, 1, 1, 1, 0]);
    expect(outbound.firstContact).toEqual({ count: 2, medianSeconds: 43_500 });
    const bobs = await ok(t, 'GET', `${url}&ownerId=${h.bob.id}`, h.ws.token);
    expect(steps(bobs).map((s) => s[1])).toEqual([1, 1, 0, 0, 0, 0, 0]);
    // Across the boundary in Warsaw: L8 (20 Nov) and L6 (00:30 on 1 Dec local), won on 5 Dec.
    const across = await ok(
      t,
      'GET',
      '/api/v1/reports/lead-funnel?from=2026-11-16&to=2026-12-15',
      h.ws.token,
    );
    expect(steps(across).map((s) => s[1])).toEqual([2, 2, 1, 1, 1, 1, 1]);
    expect(across.revenue).toBe(800);

    const csv = await fetchFile(t, `${url}&format=csv`, h.ws.token);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="lead-funnel-2026-11-01-2026-11-30.csv"',
    );
    const rows = Papa.parse<Record<string, string | number | null>>(csv.raw.toString('utf8'), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    }).data.map((r) => [r.Row, r.Reached, r.Revenue]);
    expect(rows).toEqual([
      ['Created', 6, null],
      ['Contacted', 5, null],
      ['Replied', 3, null],
      ['MQL', 3, null],
      ['SQL', 2, null],
      ['Converted to a deal', 2, null],
      ['Won', 1, 1000],
      ['Disqualified', 2, null],
      ['Still open', 2, null],
    ]);
  });
});
