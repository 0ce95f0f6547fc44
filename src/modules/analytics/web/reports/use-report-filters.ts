import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { pipelinesQuery, type Pipeline } from '../../../conveyor/web/index.ts';
import { presetPeriod, todayIn, type Period } from './report-periods.ts';
import type { ReportParams } from '../api/types.ts';
import type { ReportSearch } from './report-search.ts';

const reportsRoute = getRouteApi('/app/reports');

/** Which filters a report takes, and what it means when the address leaves one out. */
export interface ReportFilterOptions {
  /** `required`: the first pipeline when none is chosen; `optional`: all pipelines. */
  pipeline: 'required' | 'optional';
  /**
   * `required`: the last twelve months when none is chosen (the API's default, ADR 033: long
   * enough that a cohort's deals and leads have been won or lost);
   * `optional`: no period at all (e.g. every open deal in the forecast);
   * `none`: the report is a state now and takes no period.
   */
  period: 'required' | 'optional' | 'none';
  /** The report narrows to a source (channel, medium, campaign); others leave it out. */
  source?: boolean;
}

export interface ReportFilters {
  options: ReportFilterOptions;
  /** The filters in the address, as the user chose them. */
  search: ReportSearch;
  /** What the report is asked for: the address's filters with the defaults filled in. */
  params: ReportParams;
  /** The period shown (null: none applies). */
  period: Period | null;
  /** Today in the workspace's time zone, which the presets count from. */
  today: string;
  pipelines: Pipeline[];
  /** The pipeline asked for, when one is. */
  pipeline: Pipeline | undefined;
  /** False while the default pipeline is still loading. */
  ready: boolean;
  /** The workspace has no pipeline yet, and the report needs one. */
  noPipeline: boolean;
  /** Changes filters in the address (undefined removes one); the report follows. */
  set: (patch: Partial<ReportSearch>) => void;
}

/**
 * The reports' shared filters: read from the address (`/reports/<name>?…`) so a link reproduces
 * the view, resolved with the report's defaults into the API's query.
 */
export function useReportFilters(options: ReportFilterOptions): ReportFilters {
  const search = reportsRoute.useSearch();
  const navigate = useNavigate();
  const me = useMe();
  // Fresh on every report: a pipeline added since the board loaded must be pickable here.
  const pipelines = useQuery({ ...pipelinesQuery, staleTime: 0 });
  const today = todayIn(me.workspace.timezone);
  const items = useMemo(() => pipelines.data?.items ?? [], [pipelines.data]);

  const pipelineId =
    search.pipelineId ?? (options.pipeline === 'required' ? items[0]?.id : undefined);
  const period: Period | null =
    options.period === 'none'
      ? null
      : search.from && search.to
        ? { from: search.from, to: search.to }
        : options.period === 'required'
          ? presetPeriod('last12Months', today)
          : null;

  const params = useMemo<ReportParams>(
    () => ({
      ...(pipelineId ? { pipelineId } : {}),
      ...(period ? { from: period.from, to: period.to } : {}),
      ...(search.ownerId ? { ownerId: search.ownerId } : {}),
      ...(search.teamId ? { teamId: search.teamId } : {}),
      ...(options.source && search.channel ? { channel: search.channel } : {}),
      ...(options.source && search.medium ? { medium: search.medium } : {}),
      ...(options.source && search.campaign ? { campaign: search.campaign } : {}),
    }),
    [
      pipelineId,
      period?.from,
      period?.to,
      search.ownerId,
      search.teamId,
      options.source,
      search.channel,
      search.medium,
      search.campaign,
    ],
  );

  const set = (patch: Partial<ReportSearch>) =>
    void navigate({
      to: '.',
      search: (prev: ReportSearch) => {
        const next: Record<string, string | undefined> = { ...prev, ...patch };
        for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
        return next;
      },
      replace: false,
    });

  return {
    options,
    search,
    params,
    period,
    today,
    pipelines: items,
    pipeline: items.find((p) => p.id === pipelineId),
    ready: options.pipeline === 'optional' || Boolean(pipelineId),
    noPipeline: options.pipeline === 'required' && pipelines.isSuccess && items.length === 0,
    set,
  };
}
