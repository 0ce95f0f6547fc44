import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { allLostReasonsQuery } from '../api/lost-reasons-query.ts';
import { saveLostReason } from '../api/save-lost-reason.ts';
import type { LostReason } from '../api/types.ts';
import { lostReasonKeys } from '../keys.ts';

/**
 * Retires a loss reason (kept on past deals) or brings it back: the answer replaces it in the
 * settings list; the "lose" dialog's list of active reasons is refetched.
 */
export function useRetireLostReason() {
  const { t } = useTranslation();
  return useApiMutation<LostReason, LostReason>({
    mutationFn: (reason) => saveLostReason(reason, { active: !reason.active }),
    apply: (queryClient, saved) =>
      queryClient.setQueryData(allLostReasonsQuery.queryKey, (old) =>
        old ? { ...old, items: old.items.map((r) => (r.id === saved.id ? saved : r)) } : old,
      ),
    invalidates: () => [lostReasonKeys.active],
    conflictRefetch: () => [lostReasonKeys.all],
    done: (saved) =>
      t(saved.active ? 'settings.lostReasons.reactivated' : 'settings.lostReasons.retired', {
        name: saved.name,
      }),
  });
}
