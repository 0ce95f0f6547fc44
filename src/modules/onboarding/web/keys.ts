import { recordKeys } from '../../../kernel/web/data/query-keys.ts';

const firstSteps = recordKeys('first-steps');

/** The workspace's one checklist. */
export const firstStepsKeys = {
  ...firstSteps,
  checklist: firstSteps.view('checklist'),
};
