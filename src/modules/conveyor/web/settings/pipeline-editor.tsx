import { Alert, Button, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pipeline } from '../api/types.ts';
import {
  emptyStage,
  type PipelineDraft,
  stageIndexOf,
  toDraft,
  validateDraft,
} from './pipeline-draft.ts';
import { StageForm } from './stage-form.tsx';
import { StageList } from './stage-list.tsx';
import { useSavePipeline } from './use-save-pipeline.ts';

interface PipelineEditorProps {
  /** The pipeline being edited; absent for a new one. */
  pipeline?: Pipeline;
  /** The stage shown in the form (kept by the page, so it stays put across a save). */
  selected: number;
  onSelect: (index: number) => void;
  onSaved: (saved: Pipeline) => void;
  onCancel?: () => void;
}

/**
 * Edits a pipeline's name and its whole stage list, saved at once (`If-Match`). A stale version
 * reloads the pipeline; a removed stage that still holds deals is named in an alert.
 */
export function PipelineEditor({
  pipeline,
  selected,
  onSelect: setSelected,
  onSaved,
  onCancel,
}: PipelineEditorProps) {
  const { t } = useTranslation();
  const [inUse, setInUse] = useState<string[]>([]);

  const form = useForm<PipelineDraft>({
    mode: 'controlled',
    initialValues: pipeline
      ? toDraft(pipeline)
      : { name: '', stages: [emptyStage(t('settings.stage.firstName'))] },
    validate: (values) =>
      Object.fromEntries(Object.entries(validateDraft(values)).map(([k, v]) => [k, t(v)])),
    onSubmitPreventDefault: 'always',
  });
  const stages = form.values.stages;
  const current = Math.min(selected, stages.length - 1);

  const withErrors = new Set(
    Object.keys(form.errors)
      .map(stageIndexOf)
      .filter((i): i is number => i !== undefined),
  );

  /** Shows the first stage with an error, so the message is on screen. */
  const revealErrors = (paths: string[]) => {
    const first = paths.map(stageIndexOf).find((i) => i !== undefined);
    if (first !== undefined) setSelected(first);
  };

  const save = useSavePipeline({
    pipeline,
    onStagesInUse: setInUse,
    onFieldErrors: (errors) => {
      for (const [path, message] of errors) form.setFieldError(path, message);
      revealErrors(errors.map(([path]) => path));
    },
    onSaved: (saved) => {
      setInUse([]);
      onSaved(saved);
    },
  });

  const submit = form.onSubmit(
    (values) => save.mutate(values),
    (errors) => revealErrors(Object.keys(errors)),
  );

  const move = (from: number, to: number) => {
    form.reorderListItem('stages', { from, to });
    form.clearErrors();
    // The selection follows the stage it showed.
    if (current === from) setSelected(to);
    else if (from < current && current <= to) setSelected(current - 1);
    else if (to <= current && current < from) setSelected(current + 1);
  };

  const remove = (index: number) => {
    form.removeListItem('stages', index);
    form.clearErrors();
    if (current >= index && current > 0) setSelected(current - 1);
  };

  const add = () => {
    form.insertListItem('stages', emptyStage());
    setSelected(stages.length);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('settings.pipelines.editor')}>
      <Stack gap="md">
        <TextInput
          label={t('settings.pipelines.name')}
          required
          maw={420}
          {...form.getInputProps('name')}
        />
        {inUse.length > 0 && (
          <Alert
            color="red"
            title={t('settings.pipelines.inUseTitle')}
            withCloseButton
            onClose={() => setInUse([])}
          >
            {t('settings.pipelines.inUse', {
              count: inUse.length,
              names: inUse.map((n) => `“${n}”`).join(', '),
            })}
          </Alert>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="xs">
              <Text fw={600} size="sm">
                {t('settings.stages')}
              </Text>
              <StageList
                stages={stages}
                selected={current}
                withErrors={withErrors}
                onSelect={setSelected}
                onMove={move}
                onRemove={remove}
              />
              {form.errors.stages && (
                <Text size="sm" c="red">
                  {form.errors.stages}
                </Text>
              )}
              <Button variant="light" onClick={add} disabled={stages.length >= 50}>
                {t('settings.stage.add')}
              </Button>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <StageForm key={stages[current]?.key} form={form} index={current} />
          </Grid.Col>
        </Grid>
        <Group justify="flex-end">
          {pipeline ? (
            <Button
              variant="default"
              disabled={!form.isDirty()}
              onClick={() => {
                form.reset();
                setInUse([]);
              }}
            >
              {t('settings.pipelines.discard')}
            </Button>
          ) : (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            {pipeline ? t('common.save') : t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
