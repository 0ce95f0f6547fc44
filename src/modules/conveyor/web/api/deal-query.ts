import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { dealKeys } from '../keys.ts';

/** One deal (`GET /deals/{id}`). */
export const dealQuery = (id: string) =>
  queryOptions({
    queryKey: dealKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/deals/{id}', { params: { path: { id } } })),
  });
