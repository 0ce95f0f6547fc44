import { costInPeriod, type MonthlyCost, type SourceKey } from './channel-cost.ts';
import { ratio } from './funnel.ts';
import type { ReportPeriod } from './report-period.ts';
import { type SourceGrouping, SOURCE_GROUPINGS } from '../../../contract/analytics.ts';

/**
 * The cohort of one source as the database counts it: leads created in the period (and what
 * they became since) plus deals created in the period without a lead.
 */
export interface SourceCell extends SourceKey {
  leads: number;
  contacted: number;
  mql: number;
  sql: number;
  /** Deals converted from the cohort's leads plus deals created without a lead. */
  deals: number;
  dealsWithoutLead: number;
  won: number;
  revenue: number;
  firstContact: { count: number; medianSeconds: number | null };
}

export interface SourceRow extends SourceCell {
  conversion: {
    leadToMql: number | null;
    mqlToSql: number | null;
    /** Deals converted from leads ÷ SQL. */
    sqlToDeal: number | null;
    dealToWon: number | null;
  };
  /** Null: no cost entered for this source in the period's months (or not attributable). */
  cost: number | null;
  costPerLead: number | null;
  costPerWon: number | null;
  /** Revenue ÷ cost. */
  returnOnCost: number | null;
}

export interface Sources {
  rows: SourceRow[];
  total: SourceRow;
}

const money = (n: number) => Math.round(n * 100) / 100;
const perUnit = (amount: number | null, units: number) =>
  amount === null || units === 0 ? null : money(amount / units);

/** The key at the grouping's level: finer parts are dropped. */
export function keyAt(grouping: SourceGrouping, key: SourceKey): SourceKey {
  return {
    channel: key.channel,
    medium: grouping === 'channel' ? null : key.medium,
    campaign: grouping === 'campaign' ? key.campaign : null,
  };
}

const keyText = (k: SourceKey) => JSON.stringify([k.channel, k.medium, k.campaign]);

function emptyCell(key: SourceKey): SourceCell {
  return {
    ...key,
    leads: 0,
    contacted: 0,
    mql: 0,
    sql: 0,
    deals: 0,
    dealsWithoutLead: 0,
    won: 0,
    revenue: 0,
    firstContact: { count: 0, medianSeconds: null },
  };
}

function row(cell: SourceCell, cost: number | null): SourceRow {
  const fromLeads = cell.deals - cell.dealsWithoutLead;
  const rounded = cost === null ? null : money(cost);
  return {
    ...cell,
    conversion: {
      leadToMql: ratio(cell.mql, cell.leads),
      mqlToSql: ratio(cell.sql, cell.mql),
      sqlToDeal: ratio(fromLeads, cell.sql),
      dealToWon: ratio(cell.won, cell.deals),
    },
    cost: rounded,
    costPerLead: perUnit(rounded, cell.leads),
    costPerWon: perUnit(rounded, cell.won),
    returnOnCost: rounded === null || rounded === 0 ? null : money(cell.revenue / rounded),
  };
}

/** Nulls last, then alphabetical, part by part. */
function compareKeys(a: SourceKey, b: SourceKey): number {
  for (const part of SOURCE_GROUPINGS) {
    const x = a[part];
    const y = b[part];
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x.localeCompare(y);
  }
  return 0;
}

/**
 * One row per source at the grouping's level — every source with leads, deals or a cost — with
 * its conversions and, when costs apply, the period's share of each month's cost. A cost given
 * for a coarser source (a channel only, when grouping by medium) stays in the row without that
 * part: it is never spread over the finer sources.
 */
export function sources(
  grouping: SourceGrouping,
  cells: readonly SourceCell[],
  total: SourceCell,
  costs: readonly MonthlyCost[] | null,
  period: ReportPeriod,
): Sources {
  const byKey = new Map<string, { cell: SourceCell; cost: number | null }>();
  const entry = (key: SourceKey) => {
    const k = keyText(key);
    let found = byKey.get(k);
    if (!found) {
      found = { cell: emptyCell(key), cost: null };
      byKey.set(k, found);
    }
    return found;
  };
  for (const cell of cells)
    entry(keyAt(grouping, cell)).cell = { ...cell, ...keyAt(grouping, cell) };
  let totalCost: number | null = null;
  for (const cost of costs ?? []) {
    const share = costInPeriod(cost, period);
    const target = entry(keyAt(grouping, cost));
    target.cost = (target.cost ?? 0) + share;
    totalCost = (totalCost ?? 0) + share;
  }
  const rows = [...byKey.values()]
    .map(({ cell, cost }) => row(cell, cost))
    .sort((a, b) => b.revenue - a.revenue || b.leads - a.leads || compareKeys(a, b));
  return { rows, total: row({ ...total, channel: null, medium: null, campaign: null }, totalCost) };
}
