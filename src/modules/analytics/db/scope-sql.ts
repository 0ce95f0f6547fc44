import { sql, type SQL } from 'drizzle-orm';
import type { SourceFilter } from '../domain/channel-cost.ts';
import type { ReportScope } from '../domain/report-period.ts';
import { teamOwners } from '../../map/index.ts';
import type { OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { SOURCE_GROUPINGS } from '../../../contract/analytics.ts';

/**
 * A report's scope as its statements need it: with the records its reader may see (record
 * permissions: a member who sees only their own deals gets reports over their own deals).
 */
export interface ReportSqlScope extends ReportScope {
  visible: OwnerFilter;
}

/** The instant `column` falls in the scope's local days (workspace time zone, `to` inclusive). */
export function inPeriod(scope: ReportScope, column: SQL): SQL {
  const tz = scope.timezone;
  return sql`${column} >= (${scope.from}::date)::timestamp at time zone ${tz}
    and ${column} < (${scope.to}::date + 1)::timestamp at time zone ${tz}`;
}

/**
 * Owner and team filters on an owner column (`teamId` means the team's members now), narrowed to
 * the owners the reader may see.
 */
export function ownerConditions(scope: ReportSqlScope, ownerColumn: SQL): SQL[] {
  const out: SQL[] = [];
  const visible = scope.visible(ownerColumn);
  if (visible) out.push(visible);
  if (scope.ownerId) out.push(sql`${ownerColumn} = ${scope.ownerId}::uuid`);
  if (scope.teamId) out.push(teamOwners(scope.workspaceId, scope.teamId, ownerColumn));
  return out;
}

/**
 * An amount in the workspace's base currency (reports are in that currency): converted at the
 * workspace's exchange rate, null when its currency has none (as baseAmount in the domain).
 */
export function baseMoney(scope: ReportScope, amount: SQL, currency: SQL): SQL {
  return sql`case when ${currency} = ${scope.currency} then ${amount}
    else round(${amount} * (select (w.settings -> 'exchangeRates' ->> ${currency})::numeric
      from workspaces w where w.id = ${scope.workspaceId}::uuid), 2) end`;
}

/** Source filters on a table whose source columns are `source_channel` … (deals, leads). */
export function sourceConditions(source: SourceFilter, alias: string): SQL[] {
  const out: SQL[] = [];
  for (const part of SOURCE_GROUPINGS) {
    const value = source[part];
    if (value) out.push(sql`${sql.raw(`${alias}.source_${part}`)} = ${value}`);
  }
  return out;
}

/** A deal's value in the base currency. */
export function baseValue(scope: ReportScope, alias = 'd'): SQL {
  return baseMoney(scope, sql.raw(`${alias}.value`), sql.raw(`${alias}.currency`));
}
