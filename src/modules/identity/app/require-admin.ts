import { DomainError } from '../../../kernel/domain/errors.ts';
import { canManageWorkspace } from '../../../contract/roles.ts';
import type { Actor } from '../../../kernel/app/context.ts';

/** Role checks live in use cases, so every caller (HTTP, CLI, jobs) is held to them. */
export function requireAdmin(actor: Actor): void {
  if (!canManageWorkspace(actor.role)) {
    throw new DomainError('forbidden', 'Only an admin of this workspace may do this.');
  }
}
