import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Goal } from './types.ts';

/** `DELETE /goals/{id}` with `If-Match`. */
export function deleteGoal(goal: Goal) {
  return unwrap(api.DELETE('/api/v1/goals/{id}', versioned(goal)));
}
