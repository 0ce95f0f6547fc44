/**
 * The session's cache keys: who is signed in (`GET /me`) and whether the first-run setup is
 * still to be done (`GET /setup`). Each is one answer, not a kind of record, so no recordKeys.
 */
export const sessionKeys = {
  me: ['me'] as const,
  setup: ['setup'] as const,
};
