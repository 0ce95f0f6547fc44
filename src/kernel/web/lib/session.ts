import { type QueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { components } from './api-schema.gen.ts';
import { meQuery } from './api/me-query.ts';
import type { Language } from './i18n.ts';

export type Me = components['schemas']['Me'];
export type User = components['schemas']['User'];
export type Workspace = components['schemas']['Workspace'];

/** The session inside the signed-in app (the app route has loaded it before rendering). */
export function useMe(): Me {
  return useSuspenseQuery(meQuery).data;
}

/**
 * Puts a language into the cached session at once, whether or not saving it succeeds: the route
 * guard applies the cached session's language on every navigation and would switch back.
 */
export function rememberLocale(queryClient: QueryClient, locale: Language): void {
  queryClient.setQueryData(meQuery.queryKey, (me) =>
    me ? { ...me, user: { ...me.user, locale } } : me,
  );
}
