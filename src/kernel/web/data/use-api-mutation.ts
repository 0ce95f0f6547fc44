import { notifications } from '@mantine/notifications';
import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type FormLike, useProblemHandler } from '../components/use-problem-handler.tsx';
import { isProblem } from '../lib/problem.ts';

/** A change shown before the server answers, and undone if it refuses. */
export interface Optimistic<Vars> {
  /** The cached data the change touches. */
  queryKey: QueryKey;
  /** The cached data as it will be once the change is made (return `old` to leave it). */
  update: (old: unknown, vars: Vars) => unknown;
}

export interface ApiMutationOptions<Vars, Result, Field extends string> {
  /** One API operation (a function of the module's `api/` folder). */
  mutationFn: (vars: Vars) => Promise<Result>;
  /** Shown at once; rolled back when the server refuses. */
  optimistic?: Optimistic<Vars>;
  /** Puts the server's answer into the cache (the record as it now is). */
  apply?: (queryClient: QueryClient, result: Result, vars: Vars) => void;
  /** What the change made stale, to be fetched again: only what it can have changed. */
  invalidates?: (result: Result, vars: Vars) => readonly QueryKey[];
  /**
   * A stale `If-Match` (412 version_conflict: someone saved first): these keys are fetched
   * again and the user is told; nothing is overwritten.
   */
  conflictRefetch?: (vars: Vars) => readonly QueryKey[];
  /**
   * Also on that 412, before the reload: e.g. close the dialog whose values are now stale (a
   * dialog keyed by the record's version would otherwise come back with the newer values).
   */
  onConflict?: (vars: Vars) => void;
  /** Problems naming a field go beside it; the rest are notified. */
  form?: FormLike<Field>;
  fields?: readonly Field[];
  /** A problem the caller shows itself; return true when handled. */
  onProblem?: (error: unknown, vars: Vars) => boolean;
  /** The success notice, if any. */
  done?: (result: Result, vars: Vars) => string;
  onSuccess?: (result: Result, vars: Vars) => void | Promise<void>;
}

/**
 * Every write of the web app goes through here: the optimistic change and its rollback, the
 * server's answer applied to the cache, precise invalidation, the one handling of a 412
 * conflict, and problems shown beside their fields or as a notice.
 */
export function useApiMutation<Vars = void, Result = unknown, Field extends string = never>(
  options: ApiMutationOptions<Vars, Result, Field>,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const { optimistic } = options;

  return useMutation({
    mutationFn: options.mutationFn,
    onMutate: async (vars: Vars) => {
      if (!optimistic) return { previous: undefined as unknown };
      await queryClient.cancelQueries({ queryKey: optimistic.queryKey });
      const previous = queryClient.getQueryData(optimistic.queryKey);
      queryClient.setQueryData(optimistic.queryKey, (old: unknown) =>
        old === undefined ? old : optimistic.update(old, vars),
      );
      return { previous };
    },
    onSuccess: async (result, vars) => {
      options.apply?.(queryClient, result, vars);
      if (options.done) notifications.show({ color: 'teal', message: options.done(result, vars) });
      await options.onSuccess?.(result, vars);
      const stale = options.invalidates?.(result, vars) ?? [];
      await Promise.all(stale.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: async (error, vars, context) => {
      if (optimistic && context) queryClient.setQueryData(optimistic.queryKey, context.previous);
      if (isProblem(error, 'version_conflict') && options.conflictRefetch) {
        notifications.show({
          color: 'yellow',
          title: t('errors.conflictTitle'),
          message: t('errors.version_conflict'),
        });
        options.onConflict?.(vars);
        const keys = options.conflictRefetch(vars);
        await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        return;
      }
      if (options.onProblem?.(error, vars)) return;
      if (options.form && options.fields) problems.handle(options.form, error, options.fields);
      else problems.notify(error);
    },
  });
}
