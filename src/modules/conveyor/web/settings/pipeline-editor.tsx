import { Alert, Button, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import {
  emptyStage,
  formPathFor,
  messageKeyFor,
  type PipelineDraft,
  stageIndexOf,
  toBody,
  toDraft,
  validateDraft,
} from './pipeline-draft.ts';
import { createPipeline, type Pipeline, savePipeline } from './settings-api.ts';
import { StageForm } from './stage-form.tsx';
import { StageList } from './stage-list.tsx';

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
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
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

  const save = useMutation({
    mutationFn: (draft: PipelineDraft) =>
      pipeline ? savePipeline(pipeline, toBody(draft)) : createPipeline(toBody(draft)),
    onSuccess: async (saved) => {
      setInUse([]);
      notifications.show({
        color: 'teal',
        message: t('settings.pipelines.saved', { name: saved.name }),
      });
      await queryClient.invalidateQueries({ queryKey: ['pipelines'] });
      onSaved(saved);
    },
    onError: async (error) => {
      if (pipeline && isProblem(error, 'version_conflict')) {
        notifications.show({
          color: 'yellow',
          title: t('settings.pipelines.conflictTitle'),
          message: t('settings.pipelines.conflict'),
        });
        // The page re-creates the editor for the new version, with the other person's changes.
        await queryClient.invalidateQueries({ queryKey: ['pipelines'] });
        return;
      }
      if (isProblem(error, 'stage_in_use')) {
        const ids = error.problem.stageIds ?? [];
        setInUse((pipeline?.stages ?? []).filter((s) => ids.includes(s.id)).map((s) => s.name));
        return;
      }
      if (isProblem(error, 'validation_failed') && error.problem.errors?.length) {
        const paths: string[] = [];
        for (const item of error.problem.errors) {
          const path = formPathFor(item.path);
          const key = messageKeyFor(path, item.message);
          form.setFieldError(path, key ? t(key) : item.message);
          paths.push(path);
        }
        revealErrors(paths);
        notifications.show({ color: 'red', message: t('errors.validation_failed') });
        return;
      }
      problems.notify(error);
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
