import type { Deps } from '../../../kernel/app/context.ts';
import { markFirstSteps } from '../../identity/index.ts';
import type { SeenPage } from '../../../contract/first-steps.ts';
import type { FirstSteps } from '../domain/first-steps.ts';
import { getFirstSteps } from './get-first-steps.ts';

/**
 * Someone opened the pipeline settings or the map: that step is done for the workspace. The first
 * opening is kept; opening again changes nothing.
 */
export async function markPageSeen(input: { page: SeenPage }, deps: Deps): Promise<FirstSteps> {
  const current = await getFirstSteps(undefined, deps);
  const step = current.steps.find((s) => s.key === input.page);
  if (step && !step.done) {
    const at = deps.clock.now().toISOString();
    await markFirstSteps(
      deps.tx,
      deps.actor.workspaceId,
      input.page === 'map' ? { mapSeenAt: at } : { pipelineSeenAt: at },
    );
  }
  return getFirstSteps(undefined, deps);
}
