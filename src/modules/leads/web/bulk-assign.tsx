import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../kernel/web/lib/problem.ts';
import { type Lead, saveLead } from './leads-api.ts';
import { allUsersQuery } from '../../identity/web/index.ts';

interface Outcome {
  assigned: number;
  /** Set when the person reached their limit before every lead was given. */
  full: { leadLimit: number | null; openLeads: number | null } | null;
}

/**
 * Gives the selected leads to one person, one by one, until done or until they reach their
 * limit (409 lead_limit_reached), which is then said plainly with how many did fit.
 */
export function BulkAssign({ leads, onDone }: { leads: Lead[]; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const users = useQuery(allUsersQuery);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [limitNotice, setLimitNotice] = useState<string | null>(null);

  const assign = useMutation({
    mutationFn: async (to: string): Promise<Outcome> => {
      let assigned = 0;
      for (const lead of leads) {
        if (lead.ownerId === to) continue;
        try {
          await saveLead(lead, { ownerId: to });
          assigned += 1;
        } catch (error) {
          if (!isProblem(error, 'lead_limit_reached')) throw error;
          const p = error.problem as { leadLimit?: number | null; openLeads?: number | null };
          return {
            assigned,
            full: { leadLimit: p.leadLimit ?? null, openLeads: p.openLeads ?? null },
          };
        }
      }
      return { assigned, full: null };
    },
    onSuccess: (outcome) => {
      const name = users.data?.find((u) => u.id === ownerId)?.name ?? '';
      if (outcome.full) {
        setLimitNotice(
          t('leads.bulk.limitReached', {
            name,
            limit: outcome.full.leadLimit ?? '?',
            assigned: outcome.assigned,
            total: leads.length,
          }),
        );
      } else {
        setLimitNotice(null);
        notifications.show({
          color: 'teal',
          message: t('leads.bulk.assigned', { count: outcome.assigned, name }),
        });
        onDone();
      }
    },
    onError: (error) => problems.notify(error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['leads'] }),
  });

  return (
    <Paper withBorder p="sm" mb="sm" bg="indigo.0" role="region" aria-label={t('leads.bulk.label')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text size="sm" fw={600} mb={6}>
          {t('leads.bulk.selected', { count: leads.length })}
        </Text>
        <Select
          label={t('leads.bulk.to')}
          w={220}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={ownerId}
          onChange={(v) => {
            setOwnerId(v);
            setLimitNotice(null);
          }}
          searchable
        />
        <Button
          disabled={!ownerId}
          loading={assign.isPending}
          onClick={() => ownerId && assign.mutate(ownerId)}
        >
          {t('leads.bulk.assign')}
        </Button>
      </Group>
      {limitNotice && (
        <Text role="alert" c="red.8" fw={600} size="sm" mt="xs">
          {limitNotice}
        </Text>
      )}
    </Paper>
  );
}
