import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { auditKeys } from '../keys.ts';
import type { AuditFilters } from './types.ts';

/** `GET /audit` 50 entries at a time, newest first ("load more" follows `nextCursor`). */
export const auditLogQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: { query: { ...filters, limit: 50, cursor: pageParam } },
        }),
      ),
    ...cursorPages,
  });
