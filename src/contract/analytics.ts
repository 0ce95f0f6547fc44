/**
 * What a goal counts, per person, from the event log:
 * - `activities_done`: activities completed (of one type, or of any type);
 * - `deals_created`, `deals_won`: deals created, deals won;
 * - `won_value`: the value won, in the workspace's base currency;
 * - `leads_worked`: distinct leads the person moved a status step (contacted … converted or
 *   disqualified).
 */
export const GOAL_MEASURES = [
  'activities_done',
  'deals_created',
  'deals_won',
  'won_value',
  'leads_worked',
] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];

/** A goal is a standing target for every week or every month (ADR 014). */
export const GOAL_PERIODS = ['week', 'month'] as const;
export type GoalPeriod = (typeof GOAL_PERIODS)[number];

export const LEAD_FUNNEL_STEPS = [
  'created',
  'contacted',
  'replied',
  'mql',
  'sql',
  'converted',
  'won',
] as const;
export type LeadFunnelStep = (typeof LEAD_FUNNEL_STEPS)[number];

export const SOURCE_GROUPINGS = ['channel', 'medium', 'campaign'] as const;
export type SourceGrouping = (typeof SOURCE_GROUPINGS)[number];
