/** A new workspace's first steps, in the order a newcomer takes them (the onboarding module). */
export const FIRST_STEPS = ['invite', 'pipeline', 'deal', 'map'] as const;
export type FirstStepKey = (typeof FIRST_STEPS)[number];

/** The pages whose opening is a step by itself (nothing in the data says they were seen). */
export const SEEN_PAGES = ['pipeline', 'map'] as const;
export type SeenPage = (typeof SEEN_PAGES)[number];
