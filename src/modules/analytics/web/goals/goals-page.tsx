import { Alert, Button, Group, Loader, Select, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { allUsersQuery } from '../../../identity/web/index.ts';
import { ConfirmModal } from '../../../map/web/index.ts';
import { deleteGoal } from '../api/delete-goal.ts';
import { goalsQuery } from '../api/goals-query.ts';
import type { Goal } from '../api/types.ts';
import { RowActions } from '../row-actions.tsx';
import { GoalFormModal } from './goal-form-modal.tsx';
import { goalAmount, goalMeasureLabel } from './goal-words.ts';
import { goalWrite } from './goal-writes.ts';

const route = getRouteApi('/app/settings/goals');

/**
 * The people's goals (settings, managers and admins): a target per week or month on a measure,
 * which the people report measures each period against.
 */
export function GoalsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const goals = useQuery(goalsQuery);
  const users = useQuery(allUsersQuery);
  const [editing, setEditing] = useState<Goal | 'new' | null>(null);
  const [removing, setRemoving] = useState<Goal | null>(null);
  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.name])), [users.data]);

  const remove = useApiMutation({
    mutationFn: deleteGoal,
    ...goalWrite,
    done: () => t('goals.removed'),
  });

  if (goals.isError) return <PageState error={goals.error} />;
  if (goals.isPending) return <Loader size="sm" />;

  const shown = goals.data.filter((g) => !search.userId || g.userId === search.userId);
  const amount = (g: Goal) => goalAmount(g, g.target, i18n.language, me.workspace.currency);

  return (
    <>
      <Group justify="space-between" mb="md" wrap="wrap" align="flex-end">
        <Select
          label={t('goals.person')}
          placeholder={t('goals.everyone')}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={search.userId ?? null}
          onChange={(userId) => void navigate({ search: userId ? { userId } : {} })}
          clearable
          searchable
          w={240}
        />
        <Button onClick={() => setEditing('new')}>{t('goals.new')}</Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('goals.intro')}
      </Text>
      {shown.length === 0 ? (
        <Alert color="gray">{t('goals.none')}</Alert>
      ) : (
        <Table striped verticalSpacing="xs" aria-label={t('goals.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('goals.person')}</Table.Th>
              <Table.Th>{t('goals.measure')}</Table.Th>
              <Table.Th ta="right">{t('goals.target')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((g) => {
              const what = goalMeasureLabel(g, t);
              const who = names.get(g.userId) ?? '';
              return (
                <Table.Tr key={g.id}>
                  <Table.Td>{who}</Table.Td>
                  <Table.Td>{what}</Table.Td>
                  <Table.Td ta="right">
                    {t(`goals.per.${g.period}`, { amount: amount(g) })}
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      editLabel={t('goals.editOf', { what, name: who })}
                      removeLabel={t('goals.removeOf', { what, name: who })}
                      removeText={t('goals.remove')}
                      onEdit={() => setEditing(g)}
                      onRemove={() => setRemoving(g)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <GoalFormModal
          goal={editing === 'new' ? undefined : editing}
          userId={search.userId}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && (
        <ConfirmModal
          title={t('goals.removeTitle')}
          message={t('goals.removeMessage', {
            what: goalMeasureLabel(removing, t),
            name: names.get(removing.userId) ?? '',
          })}
          confirmLabel={t('goals.remove')}
          loading={remove.isPending}
          onConfirm={() => remove.mutate(removing, { onSettled: () => setRemoving(null) })}
          onClose={() => setRemoving(null)}
        />
      )}
    </>
  );
}
