import { DomainError } from '../../domain/errors.ts';
import { canManageWorkspace } from '../../domain/identity/roles.ts';
import type { Actor } from '../context.ts';

/** Role checks live in use cases, so every caller (HTTP, CLI, jobs) is held to them. */
export function requireAdmin(actor: Actor): void {
  if (!canManageWorkspace(actor.role)) {
    throw new DomainError('forbidden', 'Only an admin of this workspace may do this.');
  }
}
