import {
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { allLostReasonsQuery } from '../api/lost-reasons-query.ts';
import { freshPipelinesQuery } from '../api/pipelines-query.ts';
import type { LostReason } from '../api/types.ts';
import { LostReasonModal } from './lost-reason-modal.tsx';
import { useRetireLostReason } from './use-retire-lost-reason.ts';

type Filter = 'all' | 'active' | 'retired';

/** The workspace's loss reasons: add, edit, retire (kept on past deals) and bring back. */
export function LostReasonsPage() {
  const { t } = useTranslation();
  const reasons = useQuery(allLostReasonsQuery);
  const pipelines = useQuery(freshPipelinesQuery);
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<LostReason | 'new' | null>(null);
  const toggle = useRetireLostReason();

  if (reasons.isError) return <PageState error={reasons.error} />;
  if (reasons.isPending || pipelines.isPending) return <Loader size="sm" />;

  const stageNames = new Map(
    (pipelines.data?.items ?? []).flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)),
  );
  const shown = reasons.data.items.filter(
    (r) => filter === 'all' || (filter === 'active' ? r.active : !r.active),
  );

  return (
    <>
      <Group justify="space-between" mb="md" wrap="wrap">
        <SegmentedControl
          aria-label={t('settings.lostReasons.filter')}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            { value: 'all', label: t('settings.lostReasons.all') },
            { value: 'active', label: t('settings.lostReasons.activeOnly') },
            { value: 'retired', label: t('settings.lostReasons.retiredOnly') },
          ]}
        />
        <Button onClick={() => setEditing('new')}>{t('settings.lostReasons.new')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" aria-label={t('settings.tabs.lostReasons')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.lostReasons.name')}</Table.Th>
              <Table.Th>{t('settings.lostReasons.standard')}</Table.Th>
              <Table.Th>{t('settings.lostReasons.stages')}</Table.Th>
              <Table.Th w={130}>{t('settings.lostReasons.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('settings.lostReasons.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((reason) => (
              <Table.Tr key={reason.id} style={{ opacity: reason.active ? 1 : 0.55 }}>
                <Table.Td fw={500}>{reason.name}</Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" lineClamp={3}>
                    {reason.standard}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {reason.stageIds === null ? (
                    <Text size="sm" c="dimmed">
                      {t('settings.lostReasons.everywhere')}
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {reason.stageIds.map((id) => (
                        <Badge key={id} variant="light" size="sm">
                          {stageNames.get(id) ?? '?'}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={reason.active ? 'teal' : 'gray'} variant="light">
                    {reason.active
                      ? t('settings.lostReasons.active')
                      : t('settings.lostReasons.retiredBadge')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing(reason)}
                      aria-label={t('settings.lostReasons.editNamed', { name: reason.name })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      color={reason.active ? 'red' : 'teal'}
                      loading={toggle.isPending && toggle.variables?.id === reason.id}
                      onClick={() => toggle.mutate(reason)}
                      aria-label={t(
                        reason.active
                          ? 'settings.lostReasons.retireNamed'
                          : 'settings.lostReasons.reactivateNamed',
                        { name: reason.name },
                      )}
                    >
                      {reason.active
                        ? t('settings.lostReasons.retire')
                        : t('settings.lostReasons.reactivate')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 && (
        <Text c="dimmed" size="sm" mt="sm">
          {t('settings.lostReasons.none')}
        </Text>
      )}
      <Text size="sm" c="dimmed" mt="sm">
        {t('settings.lostReasons.count', { count: shown.length })}
      </Text>
      {editing && (
        <LostReasonModal
          reason={editing === 'new' ? undefined : editing}
          pipelines={pipelines.data?.items ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
