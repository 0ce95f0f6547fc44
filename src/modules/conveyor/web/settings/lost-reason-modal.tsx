import { Button, Group, Modal, MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import {
  createLostReason,
  type LostReason,
  type Pipeline,
  saveLostReason,
} from './settings-api.ts';

const FIELDS = ['name', 'standard', 'stageIds'] as const;

interface LostReasonModalProps {
  /** The reason being edited; absent when adding one. */
  reason?: LostReason;
  pipelines: Pipeline[];
  onClose: () => void;
}

/** Adds or edits a loss reason: its name, when to use it, and the stages where it may be used. */
export function LostReasonModal({ reason, pipelines, onClose }: LostReasonModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: reason?.name ?? '',
      standard: reason?.standard ?? '',
      stageIds: reason?.stageIds ?? ([] as string[]),
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      standard: (v) => (v.trim() ? null : t('settings.lostReasons.standardRequired')),
    },
  });

  const save = useMutation({
    mutationFn: (values: typeof form.values) => {
      const body = {
        name: values.name.trim(),
        standard: values.standard.trim(),
        // No stage chosen: usable at every stage.
        stageIds: values.stageIds.length > 0 ? values.stageIds : null,
      };
      return reason ? saveLostReason(reason, body) : createLostReason(body);
    },
    onSuccess: async (saved) => {
      notifications.show({
        color: 'teal',
        message: t('settings.lostReasons.saved', { name: saved.name }),
      });
      await queryClient.invalidateQueries({ queryKey: ['lost-reasons'] });
      onClose();
    },
    onError: async (error) => {
      if (isProblem(error, 'version_conflict')) {
        notifications.show({
          color: 'yellow',
          title: t('errors.conflictTitle'),
          message: t('errors.version_conflict'),
        });
        await queryClient.invalidateQueries({ queryKey: ['lost-reasons'] });
        onClose();
        return;
      }
      problems.handle(form, error, FIELDS);
    },
  });

  const stageOptions = pipelines.map((p) => ({
    group: p.name,
    items: [...p.stages]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ value: s.id, label: s.name })),
  }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={reason ? t('settings.lostReasons.editTitle') : t('settings.lostReasons.newTitle')}
      size="lg"
    >
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label={t('settings.lostReasons.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('settings.lostReasons.standard')}
            description={t('settings.lostReasons.standardHint')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('standard')}
          />
          <MultiSelect
            label={t('settings.lostReasons.stages')}
            description={t('settings.lostReasons.stagesHint')}
            placeholder={
              form.values.stageIds.length === 0 ? t('settings.lostReasons.everywhere') : undefined
            }
            data={stageOptions}
            searchable
            clearable
            {...form.getInputProps('stageIds')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {reason ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
