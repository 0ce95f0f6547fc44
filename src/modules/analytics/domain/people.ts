import { ACTIVITY_TYPES } from '../../../contract/activities.ts';

export type ActivityCounts = Record<(typeof ACTIVITY_TYPES)[number], number> & { total: number };

/** Events of one owner, type and activity type in the period. */
export interface PersonEventCell {
  ownerId: string | null;
  type: string;
  activityType: string | null;
  count: number;
  amount: number;
}

export interface PersonRow {
  userId: string | null;
  name: string | null;
  activities: ActivityCounts;
  dealsCreated: number;
  won: { count: number; value: number };
  lost: number;
  stuck: number;
  withoutNextStep: number;
}

const money = (n: number) => Math.round(n * 100) / 100;

function emptyRow(userId: string | null, name: string | null): PersonRow {
  const activities = Object.fromEntries(ACTIVITY_TYPES.map((t) => [t, 0])) as ActivityCounts;
  activities.total = 0;
  return {
    userId,
    name,
    activities,
    dealsCreated: 0,
    won: { count: 0, value: 0 },
    lost: 0,
    stuck: 0,
    withoutNextStep: 0,
  };
}

/**
 * One row per person of the team (members in name order), then anyone else who owned events
 * or deals (people since removed, and unowned work last).
 */
export function people(
  members: readonly { userId: string; name: string }[],
  cells: readonly PersonEventCell[],
  stuckOwners: readonly (string | null)[],
  withoutNextStepOwners: readonly (string | null)[],
): PersonRow[] {
  const rows = new Map<string | null, PersonRow>();
  for (const m of [...members].sort((a, b) => a.name.localeCompare(b.name))) {
    rows.set(m.userId, emptyRow(m.userId, m.name));
  }
  const rowOf = (ownerId: string | null) => {
    let row = rows.get(ownerId);
    if (!row) {
      row = emptyRow(ownerId, null);
      rows.set(ownerId, row);
    }
    return row;
  };
  for (const c of cells) {
    const row = rowOf(c.ownerId);
    if (c.type === 'activity.completed') {
      const type = c.activityType as keyof ActivityCounts | null;
      if (type && type in row.activities && type !== 'total') row.activities[type] += c.count;
      row.activities.total += c.count;
    } else if (c.type === 'deal.created') row.dealsCreated += c.count;
    else if (c.type === 'deal.won') {
      row.won.count += c.count;
      row.won.value = money(row.won.value + c.amount);
    } else if (c.type === 'deal.lost') row.lost += c.count;
  }
  for (const o of stuckOwners) rowOf(o).stuck += 1;
  for (const o of withoutNextStepOwners) rowOf(o).withoutNextStep += 1;
  const unowned = rows.get(null);
  rows.delete(null);
  return [...rows.values(), ...(unowned ? [unowned] : [])];
}
