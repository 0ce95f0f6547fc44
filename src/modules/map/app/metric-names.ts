import type { Db } from '../../../kernel/db/connection.ts';
import { loadPipelines } from '../../conveyor/index.ts';
import { listTeams } from '../../identity/index.ts';
import { listMembers } from '../../identity/index.ts';
import type { MetricNames } from '../domain/metrics/describe-metric.ts';

/** Names of the things a metric may point at, so its sentence says "Offer", not an id. */
export async function metricNames(tx: Db, workspaceId: string): Promise<MetricNames> {
  const pipelines = await loadPipelines(tx, workspaceId);
  const teams = await listTeams(tx, workspaceId);
  const members = await listMembers(tx, workspaceId, { limit: 10_000, afterId: null });
  const stages = new Map(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)));
  const pipelineNames = new Map(pipelines.map((p) => [p.id, p.name] as const));
  const teamNames = new Map(teams.map((t) => [t.id, t.name] as const));
  const userNames = new Map(members.map((m) => [m.user.id, m.user.name] as const));
  return {
    pipeline: (id) => pipelineNames.get(id),
    stage: (id) => stages.get(id),
    team: (id) => teamNames.get(id),
    user: (id) => userNames.get(id),
  };
}
