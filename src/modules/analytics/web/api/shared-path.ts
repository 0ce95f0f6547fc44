import type { ReportName } from './types.ts';

// Every report takes the same filters (the report schemas of the analytics module's http
// layer), so one path's types stand for all of them when a report is asked by name.
type Shared = '/api/v1/reports/people';

/** A report's path, typed as the one that stands for all. */
export const sharedPath = (name: ReportName) => `/api/v1/reports/${name}` as Shared;
