import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../../../kernel/web/lib/problem.ts';
import type { Lead } from './api/types.ts';
import { leadKeys } from './keys.ts';

/**
 * The cache rules of a write to one lead that answers with the lead (spread into
 * useApiMutation): the answer replaces the cached lead; the inbox, the load and the lead's
 * timeline are fetched again; a stale version fetches the lead again.
 */
export function leadChange(lead: Lead) {
  return {
    apply: (client: QueryClient, saved: Lead) =>
      client.setQueryData(leadKeys.detail(saved.id), saved),
    invalidates: (saved: Lead) => [leadKeys.lists, leadKeys.load, leadKeys.history(saved.id)],
    conflictRefetch: () => [leadKeys.detail(lead.id)],
  };
}

/** Giving a lead to someone at their limit (409 lead_limit_reached), said with their limit. */
export function useLeadLimitNotice() {
  const { t } = useTranslation();
  return (error: unknown): boolean => {
    if (!isProblem(error, 'lead_limit_reached')) return false;
    const { leadLimit, openLeads } = error.problem;
    notifications.show({
      color: 'red',
      title: t('leads.limit.title'),
      message: t('leads.limit.text', { limit: leadLimit ?? '?', open: openLeads ?? '?' }),
    });
    return true;
  };
}
