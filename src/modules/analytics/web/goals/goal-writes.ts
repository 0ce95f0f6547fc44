import { goalKeys, reportKeys } from '../keys.ts';

/**
 * What a goal set or removed makes stale (spread into useApiMutation): the goals, and the people
 * report that measures them; a stale version fetches the goals again.
 */
export const goalWrite = {
  invalidates: () => [goalKeys.all, reportKeys.named('people')],
  conflictRefetch: () => [goalKeys.all],
};
