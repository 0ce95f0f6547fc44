import { sql, type SQL } from 'drizzle-orm';
import type { ReportScope } from '../../domain/analytics/report-period.ts';
import { teamOwners } from '../metrics/where-sql.ts';

/** The instant `column` falls in the scope's local days (workspace time zone, `to` inclusive). */
export function inPeriod(scope: ReportScope, column: SQL): SQL {
  const tz = scope.timezone;
  return sql`${column} >= (${scope.from}::date)::timestamp at time zone ${tz}
    and ${column} < (${scope.to}::date + 1)::timestamp at time zone ${tz}`;
}

/** Owner and team filters on an owner column; `teamId` means the team's members now. */
export function ownerConditions(scope: ReportScope, ownerColumn: SQL): SQL[] {
  const out: SQL[] = [];
  if (scope.ownerId) out.push(sql`${ownerColumn} = ${scope.ownerId}::uuid`);
  if (scope.teamId) out.push(teamOwners(scope.workspaceId, scope.teamId, ownerColumn));
  return out;
}

/**
 * A deal's value in the workspace's base currency (reports are in that currency): converted at
 * the workspace's exchange rate, null when its currency has none (as baseAmount in the domain).
 */
export function baseValue(scope: ReportScope, alias = 'd'): SQL {
  const d = sql.raw(alias);
  return sql`case when ${d}.currency = ${scope.currency} then ${d}.value
    else round(${d}.value * (select (w.settings -> 'exchangeRates' ->> ${d}.currency)::numeric
      from workspaces w where w.id = ${scope.workspaceId}::uuid), 2) end`;
}
