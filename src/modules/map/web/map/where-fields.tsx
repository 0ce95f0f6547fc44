import { Button, Collapse, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { pipelinesQuery } from '../../../conveyor/web/index.ts';
import type { WhereDraft, WhereKey } from './metric-draft.ts';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import { CHANNELS } from '../../../../contract/sources.ts';
import { allUsersQuery, teamsQuery } from '../../../identity/web/index.ts';

/** The optional filters of a metric (pipeline, stage, source, activity type, owner, team). */
export function WhereFields({
  value,
  onChange,
}: {
  value: WhereDraft;
  onChange: (value: WhereDraft) => void;
}) {
  const { t } = useTranslation();
  const used = Object.values(value).filter(Boolean).length;
  const [opened, { toggle }] = useDisclosure(used > 0);
  const pipelines = useQuery(pipelinesQuery);
  const users = useQuery(allUsersQuery);
  const teams = useQuery(teamsQuery);
  const set = (key: WhereKey, v: string | null) => {
    const next = { ...value };
    if (v) next[key] = v;
    else delete next[key];
    // A stage belongs to a pipeline: changing the pipeline drops a stage of another one.
    if (key === 'pipelineId') delete next.stageId;
    onChange(next);
  };
  const pipelineList = pipelines.data?.items ?? [];
  const stageOptions = pipelineList
    .filter((p) => !value.pipelineId || p.id === value.pipelineId)
    .map((p) => ({
      group: p.name,
      items: [...p.stages]
        .sort((a, b) => a.order - b.order)
        .map((s) => ({ value: s.id, label: s.name })),
    }));
  const select = (key: WhereKey, data: Parameters<typeof Select>[0]['data']) => (
    <Select
      label={t(`map.where.${key}`)}
      placeholder={t('map.where.any')}
      data={data}
      value={value[key] ?? null}
      onChange={(v) => set(key, typeof v === 'string' ? v : null)}
      clearable
      searchable
      size="xs"
    />
  );

  return (
    <div>
      <Button variant="subtle" size="compact-xs" onClick={toggle} aria-expanded={opened}>
        {used > 0 ? t('map.where.toggleUsed', { count: used }) : t('map.where.toggle')}
      </Button>
      <Collapse expanded={opened}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt={4}>
          {select(
            'pipelineId',
            pipelineList.map((p) => ({ value: p.id, label: p.name })),
          )}
          {select('stageId', stageOptions)}
          {select(
            'channel',
            CHANNELS.map((c) => ({ value: c, label: t(`map.where.channels.${c}`) })),
          )}
          <TextInput
            label={t('map.where.medium')}
            placeholder={t('map.where.any')}
            value={value.medium ?? ''}
            onChange={(e) => set('medium', e.currentTarget.value)}
            size="xs"
          />
          {select(
            'activityType',
            ACTIVITY_TYPES.map((a) => ({ value: a, label: t(`activityTypes.${a}`) })),
          )}
          {select(
            'ownerId',
            (users.data ?? []).map((u) => ({ value: u.id, label: u.name })),
          )}
          {select(
            'teamId',
            (teams.data ?? []).map((x) => ({ value: x.id, label: x.name })),
          )}
        </SimpleGrid>
      </Collapse>
    </div>
  );
}
