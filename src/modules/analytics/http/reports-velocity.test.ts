import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { expectProblem } from '../../../server/test/problem-assertions.ts';
import { fetchFile, ok, salesHistory } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('reports: velocity', (t) => {
  it('measures days in stages and cycle times of the period, with the bottleneck', async () => {
    const h = await salesHistory(t);
    const url = `/api/v1/reports/velocity?pipelineId=${h.pipelineId}&from=2026-11-01&to=2026-11-30`;
    const report = await ok(t, 'GET', url, h.ws.token);
    const stages = (report.stages as Record<string, unknown>[]).map((s) => [
      s.name,
      s.count,
      s.medianDays,
      s.p75Days,
      s.bottleneck,
    ]);
    // Stays ended by a win or a loss count in the stage the deal closed from.
    expect(stages).toEqual([
      ['Lead', 4, 2, 2.25, false], // A 3d, B 2d, X 1.48d and C 2d until lost
      ['Qualified', 2, 2.5, 2.75, false], // A 3d, then 2d after moving back
      ['Offer', 4, 4, 7.75, true], // A 6d and 1d, B 13d until lost and 2d after reopening
      ['Contract', 2, 1.5, 1.75, false], // A 1d and B 2d until won
    ]);
    // Won: A 16d, B 20d. Lost: X 1.48d (created 31 Oct), C 2d, B 15d (before it was reopened).
    expect(report.cycle).toEqual({
      won: {
        count: 2,
        medianDays: 18,
        p75Days: 19,
        medianSeconds: 1_555_200,
        p75Seconds: 1_641_600,
      },
      lost: { count: 3, medianDays: 2, p75Days: 8.5, medianSeconds: 172_800, p75Seconds: 734_400 },
    });
    expect(report.months).toEqual([
      {
        month: '2026-11',
        won: {
          count: 2,
          medianDays: 18,
          p75Days: 19,
          medianSeconds: 1_555_200,
          p75Seconds: 1_641_600,
        },
        lost: {
          count: 3,
          medianDays: 2,
          p75Days: 8.5,
          medianSeconds: 172_800,
          p75Seconds: 734_400,
        },
      },
    ]);

    const team = await ok(t, 'POST', '/api/v1/teams', h.ws.token, { name: 'Bobs' });
    await ok(t, 'PATCH', `/api/v1/users/${h.bob.id}`, h.ws.token, { teamId: team.id });
    const bobs = await ok(t, 'GET', `${url}&teamId=${team.id as string}`, h.ws.token);
    expect((bobs.stages as { count: number; bottleneck: boolean }[]).map((s) => s.count)).toEqual([
      0, 0, 0, 0,
    ]);
    expect((bobs.stages as { bottleneck: boolean }[]).some((s) => s.bottleneck)).toBe(false);
    expect(bobs.cycle).toMatchObject({ won: { count: 0, medianDays: null } });

    const csv = await fetchFile(t, `${url}&format=csv`, h.ws.token);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="velocity-2026-11-01-2026-11-30.csv"',
    );
    const rows = Papa.parse<Record<string, string | number | boolean | null>>(
      csv.raw.toString('utf8'),
      { header: true, dynamicTyping: true, skipEmptyLines: true },
    ).data.map((r) => [
      r.Row,
      r.Name,
      r.Count,
      r['Median, days'],
      r['75th percentile, days'],
      r.Bottleneck,
    ]);
    expect(rows).toEqual([
      ['Stage', 'Lead', 4, 2, 2.25, 'No'],
      ['Stage', 'Qualified', 2, 2.5, 2.75, 'No'],
      ['Stage', 'Offer', 4, 4, 7.75, 'Yes'],
      ['Stage', 'Contract', 2, 1.5, 1.75, 'No'],
      ['Cycle', 'Won', 2, 18, 19, null],
      ['Cycle', 'Lost', 3, 2, 8.5, null],
      ['Month: won', '2026-11', 2, 18, 19, null],
      ['Month: lost', '2026-11', 3, 2, 8.5, null],
    ]);
    const xlsx = await fetchFile(t, `${url}&format=xlsx`, h.ws.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Stage',
      'Offer',
      h.stages.offer,
      4,
      4,
      7.75,
      'Yes',
    ]);
    expect(sheet.getRow(7).values).toEqual([undefined, 'Cycle', 'Lost', undefined, 3, 2, 8.5]);
  });

  it('needs a pipeline of the workspace', async () => {
    const h = await salesHistory(t);
    expectProblem(
      await t.request('GET', '/api/v1/reports/velocity', { token: h.ws.token }),
      400,
      'validation_failed',
    );
    const other = await t.request(
      'GET',
      `/api/v1/reports/velocity?pipelineId=${h.ws.workspaceId}`,
      { token: h.ws.token },
    );
    expectProblem(other, 404, 'not_found');
  });
});
