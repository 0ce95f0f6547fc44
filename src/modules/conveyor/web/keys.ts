import type { RecordActivityState } from '../../../contract/activities.ts';
import { recordKeys } from '../../../kernel/web/data/query-keys.ts';
import type { BoardFilters } from './api/board-filters.ts';
import type { Scope } from './api/my-day-scope.ts';

const deals = recordKeys('deals');

/**
 * Deals: records, the board (its cards and its column totals), a deal's history and the My day
 * lists. Each view has its own name under ['deals'], so a write can refresh one without the rest.
 */
export const dealKeys = {
  ...deals,
  /** Every board of a pipeline (any filters): the cards a move or a change puts right. */
  boards: (pipelineId: string) => deals.view('board', pipelineId),
  board: (pipelineId: string, stageIds: readonly string[], filters: BoardFilters) =>
    deals.view('board', pipelineId, stageIds, filters),
  /** The column headers of a pipeline's board, under any filters. */
  stageTotalsOf: (pipelineId: string) => deals.view('stage-totals', pipelineId),
  stageTotals: (pipelineId: string, filters: BoardFilters) =>
    deals.view('stage-totals', pipelineId, filters),
  /** Every board's column headers, whatever the pipeline. */
  allStageTotals: deals.view('stage-totals'),
  history: (dealId: string) => deals.view('history', dealId),
  /** The deal card's timeline: under its history, so whatever refreshes the history refreshes it. */
  timeline: (dealId: string) => deals.view('history', dealId, 'timeline'),
  /** The notes that mention the signed-in person (My day). */
  mentions: deals.view('mentions'),
  /** Every My day list of deals (stuck, without a next step), whoever's day it is. */
  myDayLists: deals.view('my-day'),
  myDay: (filter: 'stuck' | 'noNextActivity', scope: Scope) => deals.view('my-day', filter, scope),
};

const activities = recordKeys('activities');

/** Activities (the conveyor's records): a deal's lists, a lead's lists and the My day lists. */
export const activityKeys = {
  ...activities,
  /** A deal's planned and done activities. */
  ofDeal: (dealId: string) => activities.view('deal', dealId),
  dealList: (dealId: string, state: RecordActivityState) => activities.view('deal', dealId, state),
  /** A lead's activity lists (drawn by the leads module). */
  ofLead: (leadId: string) => activities.view('lead', leadId),
  leadList: (leadId: string, state: RecordActivityState) => activities.view('lead', leadId, state),
  /** Every My day list of activities (overdue, due today), whoever's day it is. */
  myDayLists: activities.view('my-day'),
  overdue: (scope: Scope) => activities.view('my-day', 'overdue', scope),
  today: (scope: Scope, dayEnd: string) => activities.view('my-day', 'today', scope, dayEnd),
};

/** Pipelines with their stages: one list, read by the board, the deal card and the settings. */
export const pipelineKeys = recordKeys('pipelines');

const lostReasons = recordKeys('lost-reasons');

/** Loss reasons: every one (settings) and the active ones (the "lose" dialog). */
export const lostReasonKeys = {
  ...lostReasons,
  active: lostReasons.view('active'),
};
