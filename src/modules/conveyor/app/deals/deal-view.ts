import type { Db } from '../../../../kernel/db/connection.ts';
import { findPipeline, type PipelineRecord } from '../../db/pipelines-repo.ts';
import { dealFacts, type DealFacts } from '../../db/deal-facts.ts';
import type { DealRow, NextActivity } from '../../db/deals-repo.ts';
import type { DealViewRow } from '../../db/deal-view-rows.ts';
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

/** The view of a deal read by one statement with its checks, next step and rot days. */
export function viewOfRow(row: DealViewRow, now: Date): DealView {
  return {
    deal: row.deal,
    checks: row.checks,
    nextActivity: row.nextActivity,
    stuck:
      row.deal.status === 'open' &&
      isStuck(
        {
          stageEnteredAt: row.deal.stageEnteredAt,
          lastCompletedActivityAt: row.deal.lastActivityAt,
        },
        row.rotDays,
        now,
      ),
  };
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
