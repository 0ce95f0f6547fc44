import type { ActivityType } from '../../../../../contract/activities.ts';
import type { GoalMeasure, GoalPeriod, WhatIfDriver } from '../../../../../contract/analytics.ts';
import type { Channel, KnownMedium } from '../../../../../contract/sources.ts';
import type { ColumnId } from './columns.ts';

/** The codes a report's rows carry in their kind columns, each with its word. */
export const VALUE_CODES = [
  'entered',
  'won',
  'lost',
  'open',
  'stage',
  'cycle',
  'month_won',
  'month_lost',
  'reason',
  'owner',
  'source',
  'month',
  'month_reason',
  'stuck',
  'without_next_step',
  'overdue_activity',
  'created',
  'contacted',
  'replied',
  'mql',
  'sql',
  'converted',
  'disqualified',
  'total',
  'driver',
  'lever',
  'yes',
  'no',
] as const;
export type ValueCode = (typeof VALUE_CODES)[number];

/**
 * What a report's file says in one language (issue 17): its column headers and every code its
 * cells would otherwise show raw. The server writes files itself, so these live server-side, in
 * the module that owns the exports; export-words.test.ts keeps the three languages complete.
 */
export interface ExportWords {
  columns: Record<ColumnId, string>;
  values: Record<ValueCode, string>;
  channels: Record<Channel, string>;
  mediums: Record<KnownMedium, string>;
  drivers: Record<WhatIfDriver, string>;
  goalMeasures: Record<GoalMeasure, string>;
  goalActivities: Record<ActivityType, string>;
  goalPeriods: Record<GoalPeriod, string>;
}
