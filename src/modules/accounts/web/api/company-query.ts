import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { companyKeys } from '../keys.ts';

/** One company (`GET /companies/{id}`). */
export const companyQuery = (id: string) =>
  queryOptions({
    queryKey: companyKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
  });
