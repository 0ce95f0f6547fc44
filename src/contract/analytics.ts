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

/** How a person stands towards a goal: target reached, at least the even pace by today, below it. */
export const GOAL_STATUSES = ['met', 'on_track', 'behind'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

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

/** The what-if drivers measured per source (channel + medium). */
export const SOURCE_DRIVERS = ['leadsPerWeek', 'leadToDeal', 'dealsPerWeekWithoutLead'] as const;
export type SourceDriver = (typeof SOURCE_DRIVERS)[number];
/** The what-if drivers measured once for the pipeline. */
export const PIPELINE_DRIVERS = ['averageWonValue', 'cycleDays', 'leadToDealDays'] as const;
export type PipelineDriver = (typeof PIPELINE_DRIVERS)[number];
/** Every driver a what-if lever can improve (`stageConversion` is per stage). */
export const WHAT_IF_DRIVERS = [...SOURCE_DRIVERS, 'stageConversion', ...PIPELINE_DRIVERS] as const;
export type WhatIfDriver = (typeof WHAT_IF_DRIVERS)[number];
