import type { Db } from '../../../kernel/db/connection.ts';
import { findPipeline, type PipelineRecord } from '../../conveyor/index.ts';
import { findWorkspace } from '../../identity/index.ts';
import type { SourceFilter } from '../domain/channel-cost.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import { localDate, resolvePeriod, type ReportScope } from '../domain/report-period.ts';

/** The filters every report takes (API.md, "Reports"). */
export interface ReportFilters {
  pipelineId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
}

/** The resolved filters (defaults filled in) and the pipeline asked for, if any. */
export async function reportScope(
  tx: Db,
  workspaceId: string,
  filters: ReportFilters,
  now: Date,
): Promise<{ scope: ReportScope; pipeline: PipelineRecord | null }> {
  const workspace = (await findWorkspace(tx, workspaceId))!;
  const period = resolvePeriod(filters, localDate(now, workspace.timezone));
  let pipeline: PipelineRecord | null = null;
  if (filters.pipelineId) {
    pipeline = await findPipeline(tx, workspaceId, filters.pipelineId);
    if (!pipeline) throw notFound('Pipeline');
  }
  const scope: ReportScope = {
    ...period,
    workspaceId,
    timezone: workspace.timezone,
    currency: workspace.currency,
    pipelineId: pipeline?.id ?? null,
    ownerId: filters.ownerId ?? null,
    teamId: filters.teamId ?? null,
    now,
  };
  return { scope, pipeline };
}

/** The filters as the answer echoes them. */
export function echoFilters(scope: ReportScope) {
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
