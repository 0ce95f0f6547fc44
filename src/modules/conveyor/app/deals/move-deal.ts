import { editableOwners, notEditable } from '../../../identity/index.ts';
import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { updateDeal } from '../../db/deals-repo.ts';
import { moveDealIfUnchanged, readDealForMove } from '../../db/deal-moves.ts';
import { pipelineAtVersion } from '../../db/pipeline-cache.ts';
import { decideGate } from '../../domain/gate-decision.ts';
import { planMove, type MovePlan } from '../../domain/move-plan.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import type { Actor, Deps } from '../../../../kernel/app/context.ts';
import { dealDimensions } from './deal-events.ts';
import { dealFacts, type DealFacts } from '../../db/deal-facts.ts';
import { dealViewFrom, gateFactsOf, toDomainPipeline, type DealView } from './deal-view.ts';
import {
  assertChangeable,
  loadDealForChange,
  secondsBetween,
  type LoadedDeal,
} from './load-open-deal.ts';
import type { NewEvent } from '../../../../kernel/db/events/new-event.ts';
import { audit, type AuditNote } from '../../../../kernel/app/audit.ts';
import type { OverrideAction } from '../../../../contract/conveyor.ts';

export interface MoveDealInput {
  dealId: string;
  stageId: string;
  override?: { reason?: string };
  expectedVersion?: number;
}

/**
 * Moves a deal to another stage of its pipeline. Forward moves pass the gates of the current
 * and every skipped stage (or a manager's override with a reason); backward moves always pass.
 * Runs in a transaction, under the deal's row lock.
 */
export async function moveDeal(
  input: MoveDealInput,
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const loaded = await loadDealForChange(tx, actor, input.dealId, input.expectedVersion, {
    mustBeOpen: true,
  });
  const { deal, pipeline } = loaded;
  const now = clock.now();
  const facts = await dealFacts(tx, actor.workspaceId, deal.id, deal.stageEnteredAt, now);
  const { plan, events } = planDealMove(input, actor, loaded, facts, now);
  if (plan.kind === 'same') return dealViewFrom(deal, pipeline, facts, now);
  const moved = (await updateDeal(
    tx,
    actor.workspaceId,
    deal.id,
    { stageId: plan.to.id, stageEnteredAt: now },
    undefined,
    now,
  ))!;
  await appendEvents(tx, actor.workspaceId, events);
  const override = events.find((e) => e.type === 'deal.gate_overridden');
  if (override) await audit({ actor, tx, clock }, overrideNote(deal, override, 'move'));
  return dealViewFrom(moved, pipeline, facts, now);
}

/**
 * The same move in two statements and no transaction (runner.runOptimistic, ADR "move deal
 * round trips"): one read of the deal with everything the rules need, from one snapshot; one
 * write of the move, its events and the rollup, guarded by the version read. Null when the deal
 * changed in between (nothing was written): then `moveDeal` runs, under the lock. An override
 * also goes to `moveDeal`: its audit entry must commit with the move, in one transaction.
 */
export async function tryMoveDeal(
  input: MoveDealInput,
  { actor, tx, clock }: Deps,
): Promise<DealView | null> {
  const now = clock.now();
  const read = await readDealForMove(
    tx,
    actor.workspaceId,
    input.dealId,
    now,
    editableOwners(actor),
  );
  if (!read) throw notFound('deal');
  if (!read.editable) throw notEditable(actor, 'this deal');
  const { deal, workspace, facts } = read;
  assertChangeable(deal, input.expectedVersion, { mustBeOpen: true });
  const pipeline = await pipelineAtVersion(
    tx,
    actor.workspaceId,
    deal.pipelineId,
    read.pipelineVersion,
    read.pipelineUpdatedAt,
  );
  if (!pipeline) return null;
  const { plan, events } = planDealMove(input, actor, { deal, pipeline, workspace }, facts, now);
  if (plan.kind === 'same') return dealViewFrom(deal, pipeline, facts, now);
  if (events.some((e) => e.type === 'deal.gate_overridden')) return null;
  const moved = await moveDealIfUnchanged(
    tx,
    actor.workspaceId,
    deal.id,
    deal.version,
    plan.to.id,
    events,
    now,
  );
  return moved && dealViewFrom(moved, pipeline, facts, now);
}

/** The rules of a move (plan, gate, override) and the events it records; no I/O. */
function planDealMove(
  input: MoveDealInput,
  actor: Actor,
  { deal, pipeline, workspace }: LoadedDeal,
  facts: DealFacts,
  now: Date,
): { plan: MovePlan; events: NewEvent[] } {
  const plan = planMove(toDomainPipeline(pipeline), gateFactsOf(deal, facts), input.stageId, {
    requireNextActivity: workspace.settings.requireNextActivity,
  });
  if (plan.kind === 'same') return { plan, events: [] };
  const decision =
    plan.kind === 'forward' ? decideGate(plan.unmet, actor.role, input.override) : null;
  // The deal as the move leaves it: only its stage (and times, version) change.
  const dims = dealDimensions({ ...deal, stageId: plan.to.id }, workspace);
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
  return { plan, events };
}

/** A gate override as the audit log keeps it: the deal, the written reason, the gates skipped. */
export function overrideNote(
  deal: { id: string; title: string },
  override: NewEvent,
  on: OverrideAction,
): AuditNote {
  const payload = override.payload ?? {};
  const unmet = Array.isArray(payload.unmet) ? (payload.unmet as Array<{ label: string }>) : [];
  return {
    action: 'deal.gate_overridden',
    subject: { kind: 'deal', id: deal.id, label: deal.title },
    details: {
      on,
      reason: typeof payload.reason === 'string' ? payload.reason : null,
      stageId: override.stageId ?? null,
      unmet: unmet.map((criterion) => criterion.label),
    },
  };
}
