import { DomainError } from '../../../kernel/domain/errors.ts';
import { LEAD_STEPS, type LeadStatus, type LeadTarget } from '../../../contract/leads.ts';

export function isOpenLead(status: LeadStatus): boolean {
  return (LEAD_STEPS as readonly string[]).includes(status);
}

/**
 * The statuses a lead passes on its way from `from` to `to`, in order (the target included).
 * A step may skip forward (new → mql); every status passed is returned, so each one's event is
 * recorded exactly once and the counts per status stay consistent (every mql lead was also
 * contacted and replied). Not forward, or a closed lead → 409 invalid_transition.
 */
export function statusPath(from: LeadStatus, to: LeadTarget): LeadTarget[] {
  const fromIndex = (LEAD_STEPS as readonly string[]).indexOf(from);
  const toIndex = LEAD_STEPS.indexOf(to);
  if (fromIndex < 0) {
    throw new DomainError('invalid_transition', `A ${from} lead's status can no longer change.`, {
      from,
      to,
    });
  }
  if (toIndex <= fromIndex) {
    throw new DomainError(
      'invalid_transition',
      `A lead moves forward only: ${from} cannot become ${to}.`,
      { from, to },
    );
  }
  return LEAD_STEPS.slice(fromIndex + 1, toIndex + 1) as LeadTarget[];
}

/** Disqualifying closes any open lead; a converted or disqualified one stays as it is. */
export function assertCanDisqualify(from: LeadStatus): void {
  if (!isOpenLead(from)) {
    throw new DomainError('invalid_transition', `A ${from} lead cannot be disqualified.`, {
      from,
      to: 'disqualified',
    });
  }
}

/** Only a sales-qualified lead becomes a deal. */
export function assertCanConvert(from: LeadStatus): void {
  if (from !== 'sql') {
    throw new DomainError(
      'lead_not_qualified',
      `Only a sales-qualified (sql) lead converts into a deal; this one is ${from}.`,
      { leadStatus: from },
    );
  }
}

/** Seconds from the lead's creation to its first contact (speed to lead); never negative. */
export function secondsToFirstContact(createdAt: Date, contactedAt: Date): number {
  return Math.max(0, Math.round((contactedAt.getTime() - createdAt.getTime()) / 1000));
}
