/** The kinds of activity: what a salesperson plans and logs. */
export const ACTIVITY_TYPES = ['call', 'meeting', 'email', 'task'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_STATES = ['planned', 'overdue', 'done'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];
