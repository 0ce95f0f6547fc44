import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../kernel/web/lib/api-client.ts';
import type { paths } from '../../../kernel/web/lib/api-schema.gen.ts';

export type NewUser = NonNullable<
  paths['/api/v1/users']['post']['requestBody']
>['content']['application/json'];

export const ROLES = ['admin', 'manager', 'member'] as const;
export const SALES_ROLES = [
  'prospector',
  'hunter',
  'closer',
  'account_manager',
  'key_account_manager',
  'marketer',
  'service',
] as const;

export const userListQuery = infiniteQueryOptions({
  queryKey: ['users', 'list'],
  queryFn: ({ pageParam }) =>
    unwrap(api.GET('/api/v1/users', { params: { query: { limit: 50, cursor: pageParam } } })),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

export function createUser(body: NewUser) {
  return unwrap(api.POST('/api/v1/users', { body }));
}
