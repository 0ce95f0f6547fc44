// Which routes of the table lack a row of the expectations, and which rows lack a route.
import { operationOf, type Expectation } from './expectations.ts';
import type { RouteEntry } from './route-table.ts';

export interface Coverage {
  /** Routes without a row: `METHOD url operationId`. */
  missing: string[];
  /** Rows whose route no longer exists. */
  stale: string[];
}

export function coverage(
  routes: RouteEntry[],
  expectations: Record<string, Expectation>,
  hidden: Record<string, Expectation>,
): Coverage {
  const covered = new Set(Object.entries(expectations).map(([k, e]) => operationOf(k, e)));
  const missing = routes
    .filter((r) => (r.operationId ? !covered.has(r.operationId) : !hidden[`${r.method} ${r.url}`]))
    .map((r) => `${r.method} ${r.url} ${r.operationId ?? ''}`.trim());
  const operations = new Set(routes.map((r) => r.operationId));
  const keys = new Set(routes.map((r) => `${r.method} ${r.url}`));
  const stale = [
    ...Object.entries(expectations).filter(([k, e]) => !operations.has(operationOf(k, e))),
    ...Object.entries(hidden).filter(([k]) => !keys.has(k)),
  ].map(([k]) => k);
  return { missing, stale };
}
