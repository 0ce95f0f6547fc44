import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** Where a deal's idle facts are read from: columns or aliased expressions of a query. */
export interface IdleColumns {
  stageEnteredAt: AnyColumn | SQL;
  lastActivityAt: AnyColumn | SQL;
}

/**
 * The stuck rule of domain/rotting.ts in SQL, the only SQL copy of it (the board filter, the
 * state lamps and the hygiene report all use it): the stage sets rot days and the deal has been
 * idle — since the later of its stage change and its last completed activity — strictly longer
 * than that many 24-hour days at `now`. Written as a range on the idle-since expression, so a
 * stage's stuck deals are one range of the open-deals index (ADR 020).
 */
export function stuckSql(deal: IdleColumns, rotDays: SQL, now: Date): SQL {
  const idleSince = sql`greatest(${deal.stageEnteredAt}, coalesce(${deal.lastActivityAt}, ${deal.stageEnteredAt}))`;
  return sql`${rotDays} is not null
    and ${idleSince}
      < ${now.toISOString()}::timestamptz - ${rotDays} * interval '24 hours'`;
}
