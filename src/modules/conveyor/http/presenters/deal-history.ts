import type { DealHistoryEntry } from '../../app/deals/list-deal-history.ts';
import type { EventType } from '../../../../contract/event-types.ts';
import { DEAL_OUTCOMES, type DealOutcome } from '../../../../contract/conveyor.ts';

interface UnmetPayload {
  stageId: string;
  criterionId: string | null;
  kind: string;
  label: string;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const isDealOutcome = (v: unknown): v is DealOutcome =>
  (DEAL_OUTCOMES as readonly unknown[]).includes(v);

/** One history item: the facts a reader needs, by event type; fields that do not apply are null. */
export function presentDealHistoryItem(e: DealHistoryEntry) {
  const p = e.payload;
  const type = e.type as EventType;
  const isMove = type === 'deal.stage_entered' && e.fromStageId !== null;
  const moveOverride = type === 'deal.gate_overridden' && p.on !== 'win';
  const stage = e.stageId ? { id: e.stageId, name: e.stageName } : null;
  const fromStage = e.fromStageId ? { id: e.fromStageId, name: e.fromStageName } : null;
  const lostReasonId = type === 'deal.lost' ? text(p.lostReasonId) : null;
  return {
    id: e.id,
    type,
    occurredAt: e.occurredAt.toISOString(),
    actor: e.actorId ? { id: e.actorId, name: e.actorName ?? '' } : null,
    stage,
    fromStage: isMove || moveOverride ? fromStage : null,
    toStage: isMove || moveOverride ? stage : null,
    direction: isMove
      ? p.direction === 'backward'
        ? ('backward' as const)
        : ('forward' as const)
      : null,
    secondsInPreviousStage: isMove ? e.durationSeconds : null,
    override:
      type === 'deal.gate_overridden'
        ? {
            reason: text(p.reason) ?? '',
            on: moveOverride ? ('move' as const) : ('win' as const),
            unmet: ((p.unmet as UnmetPayload[] | undefined) ?? []).map((u) => ({
              stageId: u.stageId,
              criterionId: u.criterionId,
              kind: u.kind,
              label: u.label,
            })),
          }
        : null,
    // The name as it is now; the one recorded at the time if the reason is gone.
    lostReason: lostReasonId
      ? { id: lostReasonId, name: e.lostReasonName ?? text(p.reason) ?? '' }
      : null,
    comment: type === 'deal.won' || type === 'deal.lost' ? text(p.comment) : null,
    previousStatus: type === 'deal.reopened' && isDealOutcome(p.was) ? p.was : null,
    activity:
      e.activityId && e.activityType
        ? {
            id: e.activityId,
            type: e.activityType,
            subject: e.activitySubject,
            logged: type === 'activity.created' && p.logged === true,
          }
        : null,
    changedFields:
      type === 'deal.updated' && Array.isArray(p.fields) ? (p.fields as string[]) : null,
    amount: e.amount,
  };
}
