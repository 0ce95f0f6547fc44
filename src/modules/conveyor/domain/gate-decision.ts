// What happens when a move meets its gate: pass, refuse, or pass on a manager's written
// override (DESIGN.md: "only with a written reason; the override is an event, never silent").
import { DomainError } from '../../../kernel/domain/errors.ts';
import { isManager, type Role } from '../../../contract/roles.ts';
import type { UnmetCriterion } from './gate.ts';

export interface GateDecision {
  /** True only when criteria were unmet and a manager overrode them: record the event then. */
  overridden: boolean;
  /** The trimmed override reason when overridden, else null. */
  reason: string | null;
}

/**
 * Decides a gate. With nothing unmet and no override the move passes. An override is judged
 * first, whatever is unmet: a member may never send one (`override_forbidden`), and it needs a
 * non-blank reason (`override_reason_required`); a valid override of an open gate passes as
 * not overridden, so no override event is recorded for it.
 *
 * @throws DomainError `stage_gate_unmet` (with `unmet` in its extensions), `override_forbidden`
 *   or `override_reason_required`.
 */
export function decideGate(
  unmet: readonly UnmetCriterion[],
  role: Role,
  override?: { reason?: string },
): GateDecision {
  if (override !== undefined) {
    if (!isManager(role)) {
      throw new DomainError(
        'override_forbidden',
        'Only a manager or an admin may override a stage gate',
      );
    }
    const reason = override.reason?.trim() ?? '';
    if (reason === '') {
      throw new DomainError(
        'override_reason_required',
        'Overriding a stage gate needs a written reason',
      );
    }
    return unmet.length > 0 ? { overridden: true, reason } : { overridden: false, reason: null };
  }
  if (unmet.length > 0) {
    throw new DomainError('stage_gate_unmet', gateUnmetMessage(unmet), { unmet: [...unmet] });
  }
  return { overridden: false, reason: null };
}

/** "Exit criteria not met: Call held, Budget confirmed" — labels once each, in order. */
export function gateUnmetMessage(unmet: readonly UnmetCriterion[]): string {
  const labels = [...new Set(unmet.map((u) => u.label))];
  return `Exit criteria not met: ${labels.join(', ')}`;
}
