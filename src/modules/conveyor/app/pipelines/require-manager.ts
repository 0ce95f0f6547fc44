import { DomainError } from '../../../../kernel/domain/errors.ts';
import { isManager } from '../../../../contract/roles.ts';
import type { Actor } from '../../../../kernel/app/context.ts';

/** Pipelines and loss reasons are the Sales Book: managers and admins write it. */
export function requireManager(actor: Actor): void {
  if (!isManager(actor.role)) {
    throw new DomainError('forbidden', 'Only a manager or an admin may change this.');
  }
}
