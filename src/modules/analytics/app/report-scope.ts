import type { Db } from '../../../kernel/db/connection.ts';
import { findPipeline, type PipelineRecord } from '../../conveyor/index.ts';
import { findWorkspace, visibleOwners } from '../../identity/index.ts';
import type { Actor } from '../../../kernel/app/context.ts';
import type { ReportSqlScope } from '../db/scope-sql.ts';
import type { SourceFilter } from '../domain/channel-cost.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import { localDate, resolvePeriod } from '../domain/report-period.ts';
import type { ReportFormat } from '../../../contract/reports.ts';

/** The filters every report takes (API.md, "Reports"). */
export interface ReportFilters {
  pipelineId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
  /** csv or xlsx: a download, which the audit log records (record-export.ts). */
  format?: ReportFormat | undefined;
}

/**
 * The resolved filters (defaults filled in), narrowed to the records the actor may see, and the
 * pipeline asked for, if any.
 */
export async function reportScope(
  tx: Db,
  actor: Actor,
  filters: ReportFilters,
  now: Date,
): Promise<{ scope: ReportSqlScope; pipeline: PipelineRecord | null }> {
  const { workspaceId } = actor;
  const workspace = (await findWorkspace(tx, workspaceId))!;
  const period = resolvePeriod(filters, localDate(now, workspace.timezone));
  let pipeline: PipelineRecord | null = null;
  if (filters.pipelineId) {
    pipeline = await findPipeline(tx, workspaceId, filters.pipelineId);
    if (!pipeline) throw notFound('Pipeline');
  }
  const scope: ReportSqlScope = {
    ...period,
    workspaceId,
    timezone: workspace.timezone,
    currency: workspace.currency,
    pipelineId: pipeline?.id ?? null,
    ownerId: filters.ownerId ?? null,
    teamId: filters.teamId ?? null,
    now,
    visible: visibleOwners(actor),
  };
  return { scope, pipeline };
}

/** The filters as the answer echoes them. */
export function echoFilters(scope: ReportSqlScope) {
  return {
    pipelineId: scope.pipelineId,
    from: scope.from,
    to: scope.to,
    ownerId: scope.ownerId,
    teamId: scope.teamId,
    currency: scope.currency,
  };
}

export type EchoedFilters = ReturnType<typeof echoFilters>;

/** The source filters as the answer echoes them (null: any). */
export function echoSource(source: SourceFilter) {
  return {
    channel: source.channel ?? null,
    medium: source.medium ?? null,
    campaign: source.campaign ?? null,
  };
}

export type EchoedSource = ReturnType<typeof echoSource>;
