import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { reportKeys } from '../keys.ts';
import type { ReportData, ReportName, ReportParams } from './types.ts';
import { sharedPath } from './shared-path.ts';

/** `GET /reports/<name>`: a report's JSON for the filters; the last answer stays while the next loads. */
export const reportQuery = <N extends ReportName>(name: N, params: ReportParams) =>
  queryOptions({
    queryKey: reportKeys.report(name, params),
    queryFn: () =>
      unwrap(api.GET(sharedPath(name), { params: { query: params } })) as Promise<ReportData<N>>,
    placeholderData: keepPreviousData,
  });
