import type { Deps } from '../../../kernel/app/context.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import { readFirstStepFacts } from '../db/first-steps-repo.ts';
import { firstSteps, type FirstSteps } from '../domain/first-steps.ts';

/** The workspace's first steps, each ticked from its data. */
export async function getFirstSteps(_input: void, { actor, tx }: Deps): Promise<FirstSteps> {
  const facts = await readFirstStepFacts(tx, actor.workspaceId);
  if (!facts) throw notFound('workspace');
  return firstSteps(facts);
}
