import { findWorkspace } from '../../identity/index.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import type { SeriesContext } from '../db/metrics/metric-series.ts';
import { validationError } from '../../../kernel/domain/errors.ts';
import type { Locale } from '../../../contract/roles.ts';
import {
  isoWeekOf,
  parseIsoWeek,
  shiftIsoWeek,
  weekStartDate,
  weeksBetween,
} from '../../../kernel/domain/iso-week.ts';

/** A quarter, as EOS scorecards show: the default span of readings. */
export const DEFAULT_WEEKS = 13;
const MAX_WEEKS = 156;

export interface WeekWindow {
  weeks: string[];
  currentWeek: string;
  /** The week the workspace was made in: earlier weeks have nothing to read (ADR 033). */
  firstWeek: string;
  locale: Locale;
  span: SeriesContext;
}

/**
 * The weeks asked for (default: the quarter ending this week), in the workspace's time zone,
 * with what the metric compiler needs to read them.
 */
export async function weekWindow(
  tx: Db,
  workspaceId: string,
  range: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<WeekWindow> {
  const workspace = (await findWorkspace(tx, workspaceId))!;
  const currentWeek = isoWeekOf(now, workspace.timezone);
  const to = range.to ?? currentWeek;
  parseIsoWeek(to, 'to');
  const from = range.from ?? shiftIsoWeek(to, -(DEFAULT_WEEKS - 1));
  parseIsoWeek(from, 'from');
  const weeks = weeksBetween(from, to);
  if (weeks.length === 0) throw validationError([{ path: 'from', message: 'After `to`' }]);
  if (weeks.length > MAX_WEEKS)
    throw validationError([{ path: 'from', message: `At most ${MAX_WEEKS} weeks at once` }]);
  return {
    weeks,
    currentWeek,
    firstWeek: isoWeekOf(workspace.createdAt, workspace.timezone),
    locale: workspace.locale as Locale,
    span: {
      workspaceId,
      timezone: workspace.timezone,
      weekStarts: weeks.map(weekStartDate),
      currentWeekStart: weekStartDate(currentWeek),
      now,
    },
  };
}
