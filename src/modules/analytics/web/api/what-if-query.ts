import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { reportKeys } from '../keys.ts';
import type { WhatIfBody } from './types.ts';

/**
 * `POST /reports/what-if`: the projection for the filters and the drivers changed. A read,
 * though a POST; the last one stays while the next loads.
 */
export const whatIfQuery = (body: WhatIfBody) =>
  queryOptions({
    queryKey: reportKeys.whatIf(body),
    queryFn: () => unwrap(api.POST('/api/v1/reports/what-if', { body })),
    placeholderData: keepPreviousData,
  });
