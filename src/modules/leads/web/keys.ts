import { recordKeys } from '../../../kernel/web/data/query-keys.ts';
import type { LeadFilters } from './lead-filters-search.ts';

const leads = recordKeys('leads');

/** Leads: the inbox's lists, one lead, the team's load and each lead's timeline. */
export const leadKeys = {
  ...leads,
  list: (filters: LeadFilters) => leads.list(filters),
  /** Each hunter's open leads against their limit, and the queue. */
  load: leads.view('load'),
  /** Every page of one lead's timeline. */
  history: (leadId: string) => leads.view('history', leadId),
};

/** Web forms (settings): one list, no filters. */
export const formKeys = recordKeys('forms');

// Deals and activities are the conveyor module's records. Its web surface exports no key
// factory yet, so their roots are named here, once; a lead's activities hang under the
// activities root, so conveyor's writes to activities refresh them too.
// TODO(merge): use conveyor's deal and activity keys once its web/index.ts exports them.
/** What lead writes may change among conveyor's records. */
export const conveyorKeys = {
  /** Every deal view (board, lists, one deal): a conversion adds a deal. */
  deals: ['deals'] as const,
  /** Every activity list (My Day, a deal's, a lead's). */
  activities: ['activities'] as const,
  /** A lead's activities in one state. */
  leadActivities: (leadId: string, state: 'planned' | 'done') =>
    ['activities', 'lead', leadId, state] as const,
};
