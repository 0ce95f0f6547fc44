import { appendEvents } from '../../db/events/append-events.ts';
import { updateDeal } from '../../db/conveyor/deals-repo.ts';
import { decideGate } from '../../domain/conveyor/gate-decision.ts';
import { planMove } from '../../domain/conveyor/move-plan.ts';
import type { NewEvent } from '../../domain/events/catalogue.ts';
import type { Deps } from '../context.ts';
import { dealDimensions } from './deal-events.ts';
import { dealFacts } from '../../db/conveyor/deal-facts.ts';
import { dealViewFrom, gateFactsOf, toDomainPipeline, type DealView } from './deal-view.ts';
import { loadDealForChange, secondsBetween } from './load-open-deal.ts';

export interface MoveDealInput {
  dealId: string;
  stageId: string;
  override?: { reason?: string };
  expectedVersion?: number;
}

/**
 * Moves a deal to another stage of its pipeline. Forward moves pass the gates of the current
 * and every skipped stage (or a manager's override with a reason); backward moves always pass.
 */
export async function moveDeal(
  input: MoveDealInput,
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const { deal, pipeline, workspace } = await loadDealForChange(
    tx,
    actor.workspaceId,
    input.dealId,
    input.expectedVersion,
    { mustBeOpen: true },
  );
  const now = clock.now();
  const facts = await dealFacts(tx, actor.workspaceId, deal.id, deal.stageEnteredAt, now);
  const plan = planMove(toDomainPipeline(pipeline), gateFactsOf(deal, facts), input.stageId, {
    requireNextActivity: workspace.settings.requireNextActivity,
  });
  if (plan.kind === 'same') return dealViewFrom(deal, pipeline, facts, now);
  const decision =
    plan.kind === 'forward' ? decideGate(plan.unmet, actor.role, input.override) : null;
  const moved = (await updateDeal(
    tx,
    actor.workspaceId,
    deal.id,
    { stageId: plan.to.id, stageEnteredAt: now },
    undefined,
    now,
  ))!;
  const dims = dealDimensions(moved, workspace);
  const events: NewEvent[] = [
    {
      ...dims,
      type: 'deal.stage_entered',
      occurredAt: now,
      actorId: actor.userId,
      amount: null,
      fromStageId: plan.from.id,
      durationSeconds: secondsBetween(deal.stageEnteredAt, now),
      payload: { direction: plan.kind },
    },
  ];
  if (decision?.overridden) {
    events.push({
      ...dims,
      type: 'deal.gate_overridden',
      occurredAt: now,
      actorId: actor.userId,
      amount: null,
      fromStageId: plan.from.id,
      payload: { reason: decision.reason, unmet: plan.unmet },
    });
  }
  await appendEvents(tx, actor.workspaceId, events);
  return dealViewFrom(moved, pipeline, facts, now);
}
