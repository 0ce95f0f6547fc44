import { api, ifEditing, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { GoalInput } from './types.ts';

/** `PUT /goals`: a person's goal on a measure and period; editing one sends its version (412 if stale). */
export function setGoal(body: GoalInput, version?: number) {
  return unwrap(api.PUT('/api/v1/goals', { body, ...ifEditing(version) }));
}
