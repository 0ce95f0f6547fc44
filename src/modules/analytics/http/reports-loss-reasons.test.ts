import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { fetchFile, ok, salesHistory } from '../../../server/test/sales-history.ts';
import { describeApi } from '../../../server/test/test-app.ts';

describeApi('reports: loss reasons', (t) => {
  it('splits the losses of the period by reason, stage and owner and warns of a dominant one', async () => {
    const h = await salesHistory(t);
    const { price, timing } = h.reasons;
    t.clock.set('2026-12-01T10:00:00Z');
    await ok(t, 'POST', `/api/v1/deals/${h.deals.e}/lose`, h.ws.token, { lostReasonId: price });
    await ok(t, 'POST', `/api/v1/deals/${h.deals.d}/move`, h.ws.token, { stageId: h.stages.offer });
    await ok(t, 'POST', `/api/v1/deals/${h.deals.d}/lose`, h.ws.token, { lostReasonId: price });
    t.clock.set('2026-12-05T10:00:00Z');

    // November: C (Price, 500) and X (Timing, 999, lost 2 Nov); B was lost but reopened.
    const november = await ok(
      t,
      'GET',
      '/api/v1/reports/loss-reasons?from=2026-11-01&to=2026-11-30',
      h.ws.token,
    );
    expect(november.total).toEqual({ count: 2, value: 1499 });
    expect(november.reasons).toEqual([
      { id: timing, name: 'Timing', count: 1, value: 999, share: 0.5 },
      { id: price, name: 'Price', count: 1, value: 500, share: 0.5 },
    ]);
    expect(november.warning).toBeNull();

    const url = `/api/v1/reports/loss-reasons?pipelineId=${h.pipelineId}&from=2026-11-01&to=2026-12-31`;
    const report = await ok(t, 'GET', url, h.ws.token);
    expect(report.total).toEqual({ count: 4, value: 2199 });
    expect(report.reasons).toEqual([
      { id: price, name: 'Price', count: 3, value: 1200, share: 0.75 },
      { id: timing, name: 'Timing', count: 1, value: 999, share: 0.25 },
    ]);
    expect(report.warning).toEqual({ reasonId: price, name: 'Price', share: 0.75 });
    const byPrice = (a: { reasonId: string }, b: { reasonId: string }) =>
      a.reasonId === price ? -1 : b.reasonId === price ? 1 : 0;
    const stages = (report.byStage as { reasons: { reasonId: string }[] }[]).map((g) => ({
      ...g,
      reasons: [...g.reasons].sort(byPrice),
    }));
    expect(stages).toEqual([
      {
        id: h.stages.lead,
        name: 'Lead',
        count: 3,
        value: 1799,
        share: 0.75,
        reasons: [
          { reasonId: price, count: 2 },
          { reasonId: timing, count: 1 },
        ],
      },
      {
        id: h.stages.offer,
        name: 'Offer',
        count: 1,
        value: 400,
        share: 0.25,
        reasons: [{ reasonId: price, count: 1 }],
      },
    ]);
    const owners = (report.byOwner as Record<string, unknown>[]).map((g) => [
      g.id,
      g.count,
      g.value,
      g.share,
    ]);
    expect(owners).toEqual([
      [h.ws.adminId, 2, 1499, 0.5],
      [h.bob.id, 2, 700, 0.5],
    ]);
    const bobs = await ok(t, 'GET', `${url}&ownerId=${h.bob.id}`, h.ws.token);
    expect(bobs.warning).toEqual({ reasonId: price, name: 'Price', share: 1 });

    const csv = await fetchFile(t, `${url}&format=csv`, h.ws.token);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="loss-reasons-2026-11-01-2026-12-31.csv"',
    );
    const rows = Papa.parse<Record<string, string | number>>(csv.raw.toString('utf8'), {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    }).data.map((r) => [r['Grouped by'], r.Name, r.Count, r.Value, r.Share]);
    expect(rows.filter((r) => r[0] !== 'Month: reason')).toEqual([
      ['Reason', 'Price', 3, 1200, 0.75],
      ['Reason', 'Timing', 1, 999, 0.25],
      ['Stage', 'Lead', 3, 1799, 0.75],
      ['Stage', 'Offer', 1, 400, 0.25],
      ['Owner', expect.stringMatching(/^Admin /), 2, 1499, 0.5],
      ['Owner', 'A member', 2, 700, 0.5],
      ['Source', '— / —', 4, 2199, 1], // the scripted deals have no source
      ['Month', '2026-11', 2, 1499, null],
      ['Month', '2026-12', 2, 700, null],
    ]);
    const xlsx = await fetchFile(t, `${url}&format=xlsx`, h.ws.token);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(2).values).toEqual([
      undefined,
      'Reason',
      price,
      'Price',
      3,
      1200,
      0.75,
    ]);
  });
});
