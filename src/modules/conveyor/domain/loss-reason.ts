// Deals are lost only for a reason from the workspace's fixed list (DOMAIN.md §3: "reasons not
// on the list are not grounds to lose a deal").
import { DomainError } from '../../../kernel/domain/errors.ts';

/** The loss reason the caller looked up by the submitted id (null when there is none). */
export interface LossReasonFacts {
  id: string;
  active: boolean;
  /** Stages where the reason may be used; null or empty: everywhere. */
  stageIds: string[] | null;
}

/**
 * Checks that a deal in `stageId` may be lost for `lostReasonId`.
 *
 * @throws DomainError `lost_reason_required` when no id is given; `lost_reason_invalid` when
 *   the reason is unknown, retired, or not allowed at this stage.
 */
export function checkLossReason(
  reason: LossReasonFacts | null,
  lostReasonId: string | undefined,
  stageId: string,
): void {
  if (lostReasonId === undefined || lostReasonId.trim() === '') {
    throw new DomainError('lost_reason_required', 'Choose a loss reason to lose a deal');
  }
  if (reason === null || reason.id !== lostReasonId) {
    throw new DomainError('lost_reason_invalid', `Unknown loss reason ${lostReasonId}`, {
      lostReasonId,
    });
  }
  if (!reason.active) {
    throw new DomainError('lost_reason_invalid', 'This loss reason is retired', { lostReasonId });
  }
  const limited = reason.stageIds !== null && reason.stageIds.length > 0;
  if (limited && !reason.stageIds?.includes(stageId)) {
    throw new DomainError('lost_reason_invalid', 'This loss reason may not be used at this stage', {
      lostReasonId,
      stageId,
    });
  }
}
