import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { pipelineKeys } from '../keys.ts';

/** The workspace's pipelines with their stages (`GET /pipelines`): they change seldom. */
export const pipelinesQuery = queryOptions({
  queryKey: pipelineKeys.lists,
  queryFn: () => unwrap(api.GET('/api/v1/pipelines')),
  staleTime: 60_000,
});

/** The same list, always refetched on opening: an editor must start from the latest version. */
export const freshPipelinesQuery = queryOptions({ ...pipelinesQuery, staleTime: 0 });
