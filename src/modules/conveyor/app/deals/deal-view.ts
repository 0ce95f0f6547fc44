import type { Db } from '../../../../kernel/db/connection.ts';
import { findPipeline, type PipelineRecord } from '../../db/pipelines-repo.ts';
import { dealFacts, type DealFacts } from '../../db/deal-facts.ts';
import {
  doneChecks,
  nextActivities,
  type DealRow,
  type NextActivity,
} from '../../db/deals-repo.ts';
import type { DealGateFacts } from '../../domain/gate.ts';
import type { Pipeline } from '../../domain/pipeline.ts';
import { isStuck } from '../../domain/rotting.ts';
import type { ActivityType } from '../../../../contract/activities.ts';

/** A deal as the API shows it: the row plus its ticked checks, next step and stuck marker. */
export interface DealView {
  deal: DealRow;
  checks: string[];
  nextActivity: NextActivity | null;
  stuck: boolean;
}

export function toDomainPipeline(p: PipelineRecord): Pipeline {
  return { id: p.id, name: p.name, stages: p.stages as Pipeline['stages'] };
}

/** Views for a page of deals, with three batched queries whatever the page size. */
export async function dealViews(
  tx: Db,
  workspaceId: string,
  rows: DealRow[],
  rotDaysByStage: Map<string, number | null>,
  now: Date,
): Promise<DealView[]> {
  const ids = rows.map((d) => d.id);
  // Sequential on purpose: a transaction is one connection.
  const checks = await doneChecks(tx, workspaceId, ids);
  const next = await nextActivities(tx, workspaceId, ids);
  return rows.map((deal) => ({
    deal,
    checks: checks.get(deal.id) ?? [],
    nextActivity: next.get(deal.id) ?? null,
    stuck:
      deal.status === 'open' &&
      isStuck(
        { stageEnteredAt: deal.stageEnteredAt, lastCompletedActivityAt: deal.lastActivityAt },
        rotDaysByStage.get(deal.stageId) ?? null,
        now,
      ),
  }));
}

export function rotDaysOf(pipelines: PipelineRecord[]): Map<string, number | null> {
  return new Map(pipelines.flatMap((p) => p.stages.map((s) => [s.id, s.rotDays] as const)));
}

export async function dealView(tx: Db, deal: DealRow, now: Date): Promise<DealView> {
  const pipeline = (await findPipeline(tx, deal.workspaceId, deal.pipelineId))!;
  const facts = await dealFacts(tx, deal.workspaceId, deal.id, deal.stageEnteredAt, now);
  return dealViewFrom(deal, pipeline, facts, now);
}

/** What the gate rules need to know about a deal right now, from its row and facts. */
export function gateFactsOf(deal: DealRow, facts: DealFacts): DealGateFacts {
  return {
    stageId: deal.stageId,
    value: deal.value,
    expectedCloseDate: deal.expectedCloseDate,
    contactId: deal.contactId,
    companyId: deal.companyId,
    doneCheckIds: new Set(facts.checks),
    activityTypesDoneSinceStageEntered: facts.activityTypesDoneSince as Set<ActivityType>,
    hasPlannedFutureActivity: facts.hasPlannedFutureActivity,
  };
}

export async function gateFacts(tx: Db, deal: DealRow, now: Date): Promise<DealGateFacts> {
  return gateFactsOf(
    deal,
    await dealFacts(tx, deal.workspaceId, deal.id, deal.stageEnteredAt, now),
  );
}

/**
 * The view of a deal just changed by a stage move or close, from facts read before the change
 * (a move or close does not touch its checks or activities), without reading them again.
 */
export function dealViewFrom(
  deal: DealRow,
  pipeline: PipelineRecord,
  facts: DealFacts,
  now: Date,
): DealView {
  return {
    deal,
    checks: facts.checks,
    nextActivity: facts.nextActivity,
    stuck:
      deal.status === 'open' &&
      isStuck(
        { stageEnteredAt: deal.stageEnteredAt, lastCompletedActivityAt: deal.lastActivityAt },
        rotDaysOf([pipeline]).get(deal.stageId) ?? null,
        now,
      ),
  };
}
