import { describe, expect, it } from 'vitest';
import { sources, type SourceCell } from './sources.ts';

const cell = (channel: string | null, medium: string | null, extra: Partial<SourceCell> = {}) => ({
  channel,
  medium,
  campaign: null,
  leads: 0,
  contacted: 0,
  mql: 0,
  sql: 0,
  deals: 0,
  dealsWithoutLead: 0,
  won: 0,
  revenue: 0,
  firstContact: { count: 0, medianSeconds: null },
  ...extra,
});
const november = { from: '2026-11-01', to: '2026-11-30' };

describe('sources', () => {
  it('puts costs on the rows at the grouping level, coarser costs on their own row', () => {
    const cells = [
      cell('inbound', 'cpc', { leads: 10, won: 2, revenue: 5000, deals: 4 }),
      cell('inbound', 'web_form', { leads: 5 }),
    ];
    const total = cell(null, null, { leads: 15, won: 2, revenue: 5000, deals: 4 });
    const costs = [
      { month: '2026-11-01', channel: 'inbound', medium: 'cpc', campaign: 'bf', amount: 1000 },
      { month: '2026-11-01', channel: 'inbound', medium: 'cpc', campaign: null, amount: 1000 },
      { month: '2026-11-01', channel: 'inbound', medium: null, campaign: null, amount: 600 },
      {
        month: '2026-11-01',
        channel: 'outbound',
        medium: 'cold_call',
        campaign: null,
        amount: 300,
      },
    ];
    const byMedium = sources('medium', cells, total, costs, november);
    expect(
      byMedium.rows.map((r) => [r.channel, r.medium, r.cost, r.costPerLead, r.returnOnCost]),
    ).toEqual([
      ['inbound', 'cpc', 2000, 200, 2.5],
      ['inbound', 'web_form', null, null, null],
      ['inbound', null, 600, null, 0],
      ['outbound', 'cold_call', 300, null, 0],
    ]);
    expect([byMedium.total.cost, byMedium.total.costPerWon, byMedium.total.returnOnCost]).toEqual([
      2900, 1450, 1.72,
    ]);
    const byChannel = sources(
      'channel',
      [cell('inbound', null, { leads: 15, won: 2, revenue: 5000 })],
      total,
      costs,
      november,
    );
    expect(byChannel.rows.map((r) => [r.channel, r.medium, r.cost])).toEqual([
      ['inbound', null, 2600],
      ['outbound', null, 300],
    ]);
    expect(sources('medium', cells, total, null, november).total.cost).toBeNull();
  });

  it('has no rate, unit cost or return without a base', () => {
    const [row] = sources(
      'channel',
      [cell('outbound', null)],
      cell(null, null),
      [{ month: '2026-11-01', channel: 'outbound', medium: null, campaign: null, amount: 0 }],
      november,
    ).rows;
    expect(row!.conversion).toEqual({
      leadToMql: null,
      mqlToSql: null,
      sqlToDeal: null,
      dealToWon: null,
    });
    expect([row!.cost, row!.costPerLead, row!.costPerWon, row!.returnOnCost]).toEqual([
      0,
      null,
      null,
      null,
    ]);
  });
});
