import { Button, Group, Loader, Select, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { PipelineEditor } from './pipeline-editor.tsx';
import { freshPipelinesQuery } from '../api/pipelines-query.ts';

const route = getRouteApi('/app/settings/pipelines');

/** Pick a pipeline (or start a new one) and edit it. The choice is in the URL, so it survives a reload. */
export function PipelinesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const pipelines = useQuery(freshPipelinesQuery);
  const [selected, setSelected] = useState(0);

  if (pipelines.isPending) return <Loader size="sm" />;
  if (pipelines.isError) return <PageState error={pipelines.error} />;

  const items = pipelines.data.items;
  const creating = search.pipeline === 'new';
  const pipeline = creating ? undefined : (items.find((p) => p.id === search.pipeline) ?? items[0]);
  const show = (id: string) => {
    if (id !== pipeline?.id) setSelected(0);
    void navigate({ to: '/settings/pipelines', search: { pipeline: id } });
  };

  return (
    <>
      <Group align="flex-end" mb="lg" gap="sm">
        <Select
          label={t('settings.pipelines.pick')}
          data={items.map((p) => ({ value: p.id, label: p.name }))}
          value={pipeline?.id ?? null}
          placeholder={creating ? t('settings.pipelines.newPlaceholder') : undefined}
          onChange={(id) => id && show(id)}
          allowDeselect={false}
          w={280}
        />
        <Button variant="light" onClick={() => show('new')} disabled={creating}>
          {t('settings.pipelines.new')}
        </Button>
      </Group>
      {creating || pipeline ? (
        <PipelineEditor
          // A new version (saved here or by someone else) starts the form afresh from it.
          key={pipeline ? `${pipeline.id}:${pipeline.version}` : 'new'}
          pipeline={pipeline}
          selected={selected}
          onSelect={setSelected}
          onSaved={(saved) => show(saved.id)}
          onCancel={() => void navigate({ to: '/settings/pipelines', search: {} })}
        />
      ) : (
        <Text c="dimmed">{t('settings.pipelines.none')}</Text>
      )}
    </>
  );
}
