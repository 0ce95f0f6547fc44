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

/** Disqualification reasons (the fixed list a lead is closed with). */
export const disqualificationReasonKeys = recordKeys('disqualification-reasons');
