import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client.ts';
import type { components } from './api-schema.gen.ts';

export type Me = components['schemas']['Me'];
export type User = components['schemas']['User'];
export type Workspace = components['schemas']['Workspace'];

/** `GET /me`: the signed-in user, their workspace and the workspaces they belong to. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => unwrap(api.GET('/api/v1/me')),
  staleTime: 5 * 60_000,
  retry: false,
});

/** `GET /setup`: whether the first-run setup is still to be done. */
export const setupStatusQuery = queryOptions({
  queryKey: ['setup'],
  queryFn: () => unwrap(api.GET('/api/v1/setup')),
  staleTime: 0,
  retry: false,
});

/** The session inside the signed-in app (the app route has loaded it before rendering). */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}
