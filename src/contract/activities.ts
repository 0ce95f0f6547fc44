/** The kinds of activity: what a salesperson plans and logs. */
export const ACTIVITY_TYPES = ['call', 'meeting', 'email', 'task'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_STATES = ['planned', 'overdue', 'done'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];

/**
 * The activity types that touch a lead (its first contact, a lead page's quick log): a task is
 * work for oneself, not contact. In the order the lead page offers them.
 */
export const TOUCH_TYPES = ['call', 'email', 'meeting'] as const satisfies readonly ActivityType[];
export type TouchType = (typeof TOUCH_TYPES)[number];

/** The two lists a deal's or a lead's page draws: planned (the overdue ones included) and done. */
export type RecordActivityState = Exclude<ActivityState, 'overdue'>;
