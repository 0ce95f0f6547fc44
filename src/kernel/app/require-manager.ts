import { DomainError } from '../domain/errors.ts';
import { isManager } from '../../contract/roles.ts';
import type { Actor } from './context.ts';

/**
 * What only managers and admins may do: write the Sales Book (pipelines, loss reasons, the map),
 * and take a record from its owner or reopen a closed deal (docs/permissions.md).
 */
export function requireManager(
  actor: Actor,
  message = 'Only a manager or an admin may change this.',
): void {
  if (!isManager(actor.role)) throw new DomainError('forbidden', message);
}

/**
 * A record changes hands only through a manager or an admin; anyone may still claim a record that
 * has no owner for themselves (taking a lead from the queue).
 */
export function requireManagerToReassign(
  actor: Actor,
  owner: { from: string | null; to: string | null | undefined },
  message: string,
): void {
  if (owner.to === undefined || owner.to === owner.from) return;
  if (owner.from === null && owner.to === actor.userId) return;
  requireManager(actor, message);
}
