import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { updateDeal } from '../../db/deals-repo.ts';
import { decideGate } from '../../domain/gate-decision.ts';
import { planWin } from '../../domain/move-plan.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealDimensions } from './deal-events.ts';
import { dealFacts } from '../../db/deal-facts.ts';
import { dealViewFrom, gateFactsOf, toDomainPipeline, type DealView } from './deal-view.ts';
import { loadDealForChange, secondsBetween } from './load-open-deal.ts';
import type { NewEvent } from '../../../../kernel/db/events/new-event.ts';
import { audit } from '../../../../kernel/app/audit.ts';
import { overrideNote } from './move-deal.ts';

export interface WinDealInput {
  dealId: string;
  comment?: string | null;
  override?: { reason?: string };
  expectedVersion?: number;
}

/** Winning passes the current and all remaining stages: their criteria apply as for a move. */
export async function winDeal(input: WinDealInput, { actor, tx, clock }: Deps): Promise<DealView> {
  const { deal, pipeline, workspace } = await loadDealForChange(
    tx,
    actor,
    input.dealId,
    input.expectedVersion,
    { mustBeOpen: true },
  );
  const now = clock.now();
  const facts = await dealFacts(tx, actor.workspaceId, deal.id, deal.stageEnteredAt, now);
  const plan = planWin(toDomainPipeline(pipeline), gateFactsOf(deal, facts));
  const decision = decideGate(plan.unmet, actor.role, input.override);
  const won = (await updateDeal(
    tx,
    actor.workspaceId,
    deal.id,
    { status: 'won', closedAt: now, closeComment: input.comment ?? null, lostReasonId: null },
    undefined,
    now,
  ))!;
  const dims = dealDimensions(won, workspace);
  const events: NewEvent[] = [
    {
      ...dims,
      type: 'deal.won',
      occurredAt: now,
      actorId: actor.userId,
      durationSeconds: secondsBetween(deal.createdAt, now),
      // The stay in the stage it closed from, for velocity (no later stage_entered carries it).
      payload: {
        comment: input.comment ?? null,
        stageSeconds: secondsBetween(deal.stageEnteredAt, now),
      },
    },
  ];
  if (decision.overridden) {
    events.push({
      ...dims,
      type: 'deal.gate_overridden',
      occurredAt: now,
      actorId: actor.userId,
      amount: null,
      payload: { reason: decision.reason, unmet: plan.unmet, on: 'win' },
    });
  }
  await appendEvents(tx, actor.workspaceId, events);
  const override = events.find((e) => e.type === 'deal.gate_overridden');
  if (override) await audit({ actor, tx, clock }, overrideNote(deal, override, 'win'));
  return dealViewFrom(won, pipeline, facts, now);
}
