/** The reports in the sub-navigation, in the order a head of sales reads them. */
export const REPORT_TABS = [
  { to: '/reports/funnel', label: 'reports.tabs.funnel' },
  { to: '/reports/velocity', label: 'reports.tabs.velocity' },
  { to: '/reports/stuck', label: 'reports.tabs.stuck' },
  { to: '/reports/loss-reasons', label: 'reports.tabs.lossReasons' },
  { to: '/reports/sources', label: 'reports.tabs.sources' },
  // The people report compares colleagues: managers' view (docs/permissions.md).
  { to: '/reports/people', label: 'reports.tabs.people', managersOnly: true },
  { to: '/reports/forecast', label: 'reports.tabs.forecast' },
  { to: '/reports/what-if', label: 'reports.tabs.whatIf' },
] as const;

export type ReportTab = (typeof REPORT_TABS)[number]['to'];
