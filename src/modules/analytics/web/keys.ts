import { recordKeys } from '../../../kernel/web/data/query-keys.ts';
import type { ReportName, ReportParams, WhatIfBody } from './api/types.ts';

const reports = recordKeys('reports');

/** Reports: each is a view of its own under `['reports', name]`, one per set of filters. */
export const reportKeys = {
  all: reports.all,
  /** Every answer of one report, whatever its filters. */
  named: (name: ReportName | 'what-if') => reports.view(name),
  report: (name: ReportName, params: ReportParams) => reports.view(name, params),
  whatIf: (body: WhatIfBody) => reports.view('what-if', body),
};

/** People's goals (settings): one list. */
export const goalKeys = recordKeys('goals');

const channelCosts = recordKeys('channel-costs');

/** What the sources cost, month by month. */
export const channelCostKeys = {
  all: channelCosts.all,
  /** The costs of the months a period touches (null: the server's default). */
  ofMonths: (from: string | null, to: string | null) => channelCosts.list({ from, to }),
};
