import type { MetricEventType } from './event-types.ts';

export const GROUP_KINDS = [
  'strategy',
  'management',
  'prospecting',
  'marketing',
  'qualification',
  'sales',
  'service',
  'cross_upsell',
  'account_management',
  'key_account_management',
  'custom',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_MODES = ['standing', 'triggered'] as const;
export type GroupMode = (typeof GROUP_MODES)[number];

export const CADENCES = ['daily', 'weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const LAMP_POSITIONS = ['start', 'middle', 'end'] as const;
export type LampPosition = (typeof LAMP_POSITIONS)[number];

/** A lamp's colours from best to worst, then grey: no reading. */
export const LAMP_STATUSES = ['green', 'amber', 'red', 'grey'] as const;
export type LampStatus = (typeof LAMP_STATUSES)[number];

export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const STATE_KINDS = [
  'open_deals',
  'stuck_deals',
  'deals_without_next_activity',
  'overdue_activities',
  'open_leads',
] as const;
export type StateKind = (typeof STATE_KINDS)[number];

export const WHERE_KEYS = [
  'pipelineId',
  'stageId',
  'channel',
  'medium',
  'activityType',
  'ownerId',
  'teamId',
] as const;
export type WhereKey = (typeof WHERE_KEYS)[number];

/** Events that carry an amount: the deal value in base currency (sum, median of amount). */
export const AMOUNT_EVENTS = [
  'deal.created',
  'deal.won',
  'deal.lost',
  'deal.closed',
] as const satisfies readonly MetricEventType[];

/** Events that carry a duration in seconds (median of duration). */
export const DURATION_EVENTS = [
  'deal.stage_entered',
  'lead.contacted',
  'ticket.closed',
] as const satisfies readonly MetricEventType[];
export type DurationEvent = (typeof DURATION_EVENTS)[number];

/** What a lamp's drill-down lists: the records it counted. */
export const DRILLDOWN_KINDS = ['deal', 'lead', 'activity'] as const;
export type DrilldownKind = (typeof DRILLDOWN_KINDS)[number];

/** The kinds of metric, told apart by the metric's one top-level key (API.md, metric language). */
export const METRIC_KINDS = ['count', 'sum', 'median', 'ratio', 'state', 'manual'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** A process map version is the workspace's active one or a draft. */
export const MAP_VERSION_STATES = ['active', 'draft'] as const;
export type MapVersionState = (typeof MAP_VERSION_STATES)[number];
