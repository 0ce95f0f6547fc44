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
