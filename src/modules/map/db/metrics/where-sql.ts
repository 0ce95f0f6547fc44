import { sql, type SQL } from 'drizzle-orm';
import type { Where as MetricWhere } from '../../domain/metrics/metric.ts';

/**
 * Conditions for a Where over a table with the event dimension columns (events, event_rollups).
 * `teamId` means the owners who are in that team now: events record their owner, and a team is
 * a set of people, so a lamp on a team follows its current members.
 */
export function dimensionConditions(
  workspaceId: string,
  where: MetricWhere | undefined,
  alias: string,
): SQL[] {
  const col = (name: string) => sql.raw(`${alias}.${name}`);
  const out: SQL[] = [];
  if (!where) return out;
  if (where.pipelineId) out.push(sql`${col('pipeline_id')} = ${where.pipelineId}::uuid`);
  if (where.stageId) out.push(sql`${col('stage_id')} = ${where.stageId}::uuid`);
  if (where.channel) out.push(sql`${col('channel')} = ${where.channel}`);
  if (where.medium) out.push(sql`${col('medium')} = ${where.medium}`);
  if (where.activityType) out.push(sql`${col('activity_type')} = ${where.activityType}`);
  if (where.ownerId) out.push(sql`${col('owner_id')} = ${where.ownerId}::uuid`);
  if (where.teamId) out.push(teamOwners(workspaceId, where.teamId, col('owner_id')));
  return out;
}

export function teamOwners(workspaceId: string, teamId: string, ownerColumn: SQL): SQL {
  return sql`${ownerColumn} in (select m.user_id from memberships m
    where m.workspace_id = ${workspaceId}::uuid and m.team_id = ${teamId}::uuid)`;
}

export function allOf(conditions: SQL[]): SQL {
  return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);
}
