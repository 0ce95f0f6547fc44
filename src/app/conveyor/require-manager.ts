import { DomainError } from '../../domain/errors.ts';
import { isManager } from '../../domain/identity/roles.ts';
import type { Actor } from '../context.ts';

/** Pipelines and loss reasons are the Sales Book: managers and admins write it. */
export function requireManager(actor: Actor): void {
  if (!isManager(actor.role)) {
    throw new DomainError('forbidden', 'Only a manager or an admin may change this.');
  }
}
