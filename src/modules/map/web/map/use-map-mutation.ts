import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';

/**
 * A change to the map: on success the map and the readings are fetched again; a stale
 * version (412) reloads the map and says so; other problems go to `onProblem` or a notice.
 */
export function useMapMutation<Input, Output>(
  mutationFn: (input: Input) => Promise<Output>,
  options: {
    done?: (output: Output) => string;
    onSuccess?: (output: Output) => void;
    onProblem?: (error: unknown) => void;
  } = {},
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['process-map'] }),
      queryClient.invalidateQueries({ queryKey: ['lamps'] }),
    ]);
  return useMutation({
    mutationFn,
    onSuccess: async (output) => {
      if (options.done) notifications.show({ color: 'teal', message: options.done(output) });
      await refresh();
      options.onSuccess?.(output);
    },
    onError: async (error) => {
      if (isProblem(error, 'version_conflict')) {
        notifications.show({
          color: 'yellow',
          title: t('errors.conflictTitle'),
          message: t('errors.version_conflict'),
        });
        await refresh();
        return;
      }
      if (options.onProblem) options.onProblem(error);
      else problems.notify(error);
    },
  });
}
