import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../kernel/web/lib/problem.ts';
import { type Lead, leadQuery } from './leads-api.ts';

/**
 * A change to a lead: caches the answer and refreshes lists, timeline and activities. A stale
 * version (someone changed it first) reloads the lead and says so; other problems are notified.
 */
export function useLeadMutation<Input>(
  lead: Lead,
  fn: (input: Input) => Promise<Lead>,
  onSaved?: (saved: Lead) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (saved) => {
      queryClient.setQueryData(leadQuery(saved.id).queryKey, saved);
      onSaved?.(saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['leads', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['leads', 'load'] }),
        queryClient.invalidateQueries({ queryKey: ['leads', 'history', saved.id] }),
      ]);
    },
    onError: async (error) => {
      if (isProblem(error, 'version_conflict')) {
        notifications.show({
          color: 'yellow',
          title: t('errors.conflictTitle'),
          message: t('errors.version_conflict'),
        });
        await queryClient.invalidateQueries({ queryKey: leadQuery(lead.id).queryKey });
        return;
      }
      if (isProblem(error, 'lead_limit_reached')) {
        const p = error.problem as { leadLimit?: number; openLeads?: number };
        notifications.show({
          color: 'red',
          title: t('leads.limit.title'),
          message: t('leads.limit.text', { limit: p.leadLimit ?? '?', open: p.openLeads ?? '?' }),
        });
        return;
      }
      problems.notify(error);
    },
  });
}
