import type { Runner } from '../../../kernel/app/runner.ts';
import { seedMissingDisqualificationReasons } from '../app/disqualification/seed-disqualification-reasons.ts';

/**
 * Once at start-up: gives workspaces made before the disqualification reasons existed the
 * standard list. Idempotent (a workspace with any reason is skipped); nothing to stop.
 */
export function startDisqualificationReasonSeeding(
  runner: Runner,
  onError: (error: unknown) => void,
): () => void {
  void runner.runPublic(seedMissingDisqualificationReasons, {}).catch(onError);
  return () => {};
}
