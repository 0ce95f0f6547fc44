import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../kernel/web/components/use-problem-handler.tsx';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { isProblem } from '../../../kernel/web/lib/problem.ts';
import { allUsersQuery } from '../../identity/web/index.ts';
import type { Lead } from './api/types.ts';
import { updateLead } from './api/update-lead.ts';
import { leadKeys } from './keys.ts';

interface Outcome {
  /** The leads given, as they now are. */
  assigned: Lead[];
  /** Set when the person reached their limit before every lead was given. */
  full: { leadLimit: number | null; openLeads: number | null } | null;
  /** Another refusal after some leads were given (those stay given). */
  failed?: unknown;
}

/** Gives the leads to one person, one by one, stopping at their limit or at a refusal. */
async function assignAll(leads: Lead[], to: string): Promise<Outcome> {
  const assigned: Lead[] = [];
  for (const lead of leads) {
    if (lead.ownerId === to) continue;
    try {
      assigned.push(await updateLead(lead, { ownerId: to }));
    } catch (error) {
      if (isProblem(error, 'lead_limit_reached')) {
        const { leadLimit, openLeads } = error.problem;
        return { assigned, full: { leadLimit: leadLimit ?? null, openLeads: openLeads ?? null } };
      }
      // Nothing given yet: the refusal is the write's; else what was given must still show.
      if (assigned.length === 0) throw error;
      return { assigned, full: null, failed: error };
    }
  }
  return { assigned, full: null };
}

/**
 * Gives the selected leads to one person, one by one, until done or until they reach their
 * limit (409 lead_limit_reached), which is then said plainly with how many did fit.
 */
export function BulkAssign({ leads, onDone }: { leads: Lead[]; onDone: () => void }) {
  const { t } = useTranslation();
  const problems = useProblemHandler();
  const users = useQuery(allUsersQuery);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [limitNotice, setLimitNotice] = useState<string | null>(null);

  const assign = useApiMutation({
    mutationFn: (to: string) => assignAll(leads, to),
    apply: (client, outcome) => {
      for (const lead of outcome.assigned) client.setQueryData(leadKeys.detail(lead.id), lead);
    },
    invalidates: (outcome) => [
      leadKeys.lists,
      leadKeys.load,
      ...outcome.assigned.map((lead) => leadKeys.history(lead.id)),
    ],
    conflictRefetch: () => [leadKeys.lists],
    onSuccess: (outcome) => {
      const name = users.data?.find((u) => u.id === ownerId)?.name ?? '';
      if (outcome.failed) {
        problems.notify(outcome.failed);
      } else if (outcome.full) {
        setLimitNotice(
          t('leads.bulk.limitReached', {
            name,
            limit: outcome.full.leadLimit ?? '?',
            assigned: outcome.assigned.length,
            total: leads.length,
          }),
        );
      } else {
        setLimitNotice(null);
        notifications.show({
          color: 'teal',
          message: t('leads.bulk.assigned', { count: outcome.assigned.length, name }),
        });
        onDone();
      }
    },
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
