import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { metricPreviewKeys } from '../keys.ts';

type PreviewBody = RequestBody<'/api/v1/metrics/preview', 'post'>;

/**
 * `POST /metrics/preview`: what a metric and its bounds (the body as JSON text, which the caller
 * debounces) would have read over the last 13 weeks. A read, though a POST: nothing is saved.
 */
export const metricPreviewQuery = (body: string) =>
  queryOptions({
    queryKey: metricPreviewKeys.of(body),
    queryFn: () =>
      unwrap(api.POST('/api/v1/metrics/preview', { body: JSON.parse(body) as PreviewBody })),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
