// The first steps of a new workspace, in the order a newcomer takes them. Each is ticked from
// the workspace's data (ADR 034): nothing is ticked by hand, and nothing is asked of the user
// twice.

import type { FirstStepKey } from '../../../contract/first-steps.ts';
import { FIRST_STEPS } from '../../../contract/first-steps.ts';

/** What the data says, read in one statement (db/first-steps-repo.ts). */
export interface FirstStepFacts {
  /** Someone else is a member, or has been invited. */
  teamInvited: boolean;
  /**
   * A pipeline was saved since it was made (one made by hand is made on the pipeline page, which
   * ticks the step by being opened).
   */
  pipelineEdited: boolean;
  dealExists: boolean;
  pipelineSeen: boolean;
  mapSeen: boolean;
  dismissed: boolean;
}

export interface FirstSteps {
  steps: { key: FirstStepKey; done: boolean }[];
  /** Every step is done. */
  complete: boolean;
  dismissed: boolean;
}

export function firstSteps(facts: FirstStepFacts): FirstSteps {
  const done: Record<FirstStepKey, boolean> = {
    invite: facts.teamInvited,
    pipeline: facts.pipelineSeen || facts.pipelineEdited,
    deal: facts.dealExists,
    map: facts.mapSeen,
  };
  const steps = FIRST_STEPS.map((key) => ({ key, done: done[key] }));
  return { steps, complete: steps.every((step) => step.done), dismissed: facts.dismissed };
}
