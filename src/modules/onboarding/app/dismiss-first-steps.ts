import { isManager } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { markFirstSteps } from '../../identity/index.ts';
import type { FirstSteps } from '../domain/first-steps.ts';
import { getFirstSteps } from './get-first-steps.ts';

/**
 * Hides the checklist from the start page (or brings it back). It is the workspace's checklist,
 * so the people who run the workspace decide: admins and managers.
 */
export async function dismissFirstSteps(
  input: { dismissed: boolean },
  deps: Deps,
): Promise<FirstSteps> {
  if (!isManager(deps.actor.role))
    throw new DomainError('forbidden', 'Only admins and managers put the first steps away.');
  await markFirstSteps(deps.tx, deps.actor.workspaceId, { dismissed: input.dismissed });
  return getFirstSteps(undefined, deps);
}
