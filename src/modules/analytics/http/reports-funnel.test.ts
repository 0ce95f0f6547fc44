import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { freshWorkspace } from '../../../server/test/fresh-workspace.ts';
import { errorPaths, expectProblem } from '../../../server/test/problem-assertions.ts';
import { fetchFile, ok, salesHistory } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('reports: funnel', (t) => {
  it('counts the period cohort at each stage, at any point and in order, with files', async () => {
    const h = await salesHistory(t);
    const url = `/api/v1/reports/funnel?pipelineId=${h.pipelineId}&from=2026-11-01&to=2026-11-30`;
    const funnel = await ok(t, 'GET', url, h.ws.token);
    expect(funnel.filters).toEqual({
      pipelineId: h.pipelineId,
      from: '2026-11-01',
      to: '2026-11-30',
      ownerId: null,
      teamId: null,
      currency: 'PLN',
    });
    expect(funnel.entered).toBe(4); // A, B, C, E — not X (31 Oct) nor D (1 Dec), local time
    expect(funnel.enteredValue).toBe(3800);
    const rows = (funnel.stages as Record<string, unknown>[]).map((s) => [
      s.name,
      s.reached,
      s.reachedInOrder,
      s.conversion,
      s.conversionInOrder,
      s.dropOff,
      s.value,
      s.valueInOrder,
    ]);
    expect(rows).toEqual([
      ['Lead', 4, 4, 1, 1, 0, 3800, 3800],
      ['Qualified', 1, 1, 0.25, 0.25, 3, 1000, 1000],
      ['Offer', 2, 1, 2, 1, 0, 3000, 1000], // B skipped Qualified
      ['Contract', 2, 1, 1, 1, 0, 3000, 1000],
    ]);
    expect(funnel.won).toEqual({ count: 2, value: 3000, rate: 0.5 }); // B won after reopening
    expect(funnel.lost).toEqual({ count: 1, value: 500, rate: 0.25 });
    expect(funnel.open).toEqual({ count: 1, value: 300 });

    const bobs = await ok(t, 'GET', `${url}&ownerId=${h.bob.id}`, h.ws.token);
    expect([bobs.entered, bobs.enteredValue]).toEqual([1, 300]);
    const december = await ok(
      t,
      'GET',
      `/api/v1/reports/funnel?pipelineId=${h.pipelineId}&from=2026-12-01&to=2026-12-31`,
      h.ws.token,
    );
    expect(december.entered).toBe(1); // D

    const csv = await fetchFile(t, `${url}&format=csv`, h.ws.token);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="funnel-2026-11-01-2026-11-30.csv"',
    );
    const parsed = Papa.parse<Record<string, string>>(csv.raw.toString('utf8'), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    });
    // Headers and row kinds in the reader's words; numbers stay plain numbers.
    expect(parsed.data.map((r) => [r.Row, r.Reached, r['Reached in order'], r.Value])).toEqual([
      ['Created', 4, 4, 3800],
      ['Lead', 4, 4, 3800],
      ['Qualified', 1, 1, 1000],
      ['Offer', 2, 1, 3000],
      ['Contract', 2, 1, 3000],
      ['Won', 2, null, 3000],
      ['Lost', 1, null, 500],
      ['Still open', 1, null, 300],
    ]);

    const xlsx = await fetchFile(t, `${url}&format=xlsx`, h.ws.token);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toContain('funnel-2026-11-01-2026-11-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Row');
    // Shares read as percentages and money as money, in the workspace's currency.
    expect(sheet.getRow(4).getCell(5).numFmt).toBe('0.0%');
    expect(sheet.getRow(4).getCell(8).numFmt).toMatch(/^#,##0\.00 "[A-Z]{3}"$/);
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Qualified',
      h.stages.qualified,
      1,
      1,
      0.25,
      0.25,
      3,
      1000,
      1000,
    ]);
    expect(sheet.rowCount).toBe(9);
  });

  it('refuses bad filters and pipelines of other workspaces', async () => {
    const ws = await freshWorkspace(t);
    const other = await freshWorkspace(t);
    const theirs = await ok(t, 'POST', '/api/v1/pipelines', other.token, {
      name: 'Theirs',
      stages: [{ name: 'Only' }],
    });
    const bad = await t.request(
      'GET',
      '/api/v1/reports/funnel?pipelineId=nope&from=2026-13-01&format=pdf',
      { token: ws.token },
    );
    expect(errorPaths(bad).sort()).toEqual(['format', 'from', 'pipelineId']);
    const missing = await t.request('GET', '/api/v1/reports/funnel', { token: ws.token });
    expect(errorPaths(missing)).toEqual(['pipelineId']);
    const base = `/api/v1/reports/funnel?pipelineId=${theirs.id as string}`;
    const unreal = await t.request('GET', `${base}&from=2026-02-30`, { token: ws.token });
    expect(errorPaths(unreal)).toEqual(['from']);
    const reversed = await t.request('GET', `${base}&from=2026-11-02&to=2026-11-01`, {
      token: ws.token,
    });
    expect(errorPaths(reversed)).toEqual(['from']);
    expectProblem(await t.request('GET', base, { token: ws.token }), 404, 'not_found');
    expectProblem(await t.request('GET', base), 401, 'unauthenticated');
  });
});
