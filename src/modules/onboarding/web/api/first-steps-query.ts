import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { firstStepsKeys } from '../keys.ts';

/** `GET /first-steps`: the four steps, each ticked from the workspace's data. */
export const firstStepsQuery = queryOptions({
  queryKey: firstStepsKeys.checklist,
  queryFn: () => unwrap(api.GET('/api/v1/first-steps')),
  // Ticked by what happens elsewhere (a deal made, someone invited): read afresh every time.
  staleTime: 0,
});
