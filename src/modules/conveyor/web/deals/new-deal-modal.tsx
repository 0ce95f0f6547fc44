import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { CompanyPicker } from '../../../accounts/web/index.ts';
import { createDeal } from './deals-api.ts';

const FIELDS = ['title', 'value', 'companyId'] as const;

/** "New deal": title, value and company; it starts in the pipeline's first stage. */
export function NewDealModal({ pipelineId, onClose }: { pipelineId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const problems = useProblemHandler();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: '', value: '' as string | number, companyId: '' },
    validate: { title: (v) => (v.trim() ? null : t('validation.required')) },
  });

  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      createDeal({
        title: values.title.trim(),
        pipelineId,
        ...(values.value === '' ? {} : { value: Number(values.value) }),
        ...(values.companyId ? { companyId: values.companyId } : {}),
      }),
    onSuccess: async (deal) => {
      notifications.show({ color: 'teal', message: t('board.created', { title: deal.title }) });
      await queryClient.invalidateQueries({ queryKey: ['deals', 'board', pipelineId] });
      onClose();
    },
    onError: (error) => problems.handle(form, error, FIELDS),
  });

  return (
    <Modal opened onClose={onClose} title={t('board.newDealTitle')}>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label={t('fields.title')}
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          <NumberInput
            label={t('fields.value')}
            min={0}
            decimalScale={2}
            {...form.getInputProps('value')}
          />
          <CompanyPicker
            label={t('fields.company')}
            value={form.values.companyId}
            onChange={(id) => form.setFieldValue('companyId', id)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
