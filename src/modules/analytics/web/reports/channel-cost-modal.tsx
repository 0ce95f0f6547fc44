import { CHANNELS } from '../../../../contract/sources.ts';
import {
  Autocomplete,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { setChannelCost } from '../api/set-channel-cost.ts';
import type { ChannelCost } from '../api/types.ts';
import { channelCostWrite } from './channel-cost-writes.ts';

const FIELDS = ['month', 'channel', 'medium', 'campaign', 'amount'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Enters what a source cost in a month (one amount per month and source: saving the same source
 * and month again replaces it). Editing changes the amount only.
 */
export function ChannelCostModal({
  cost,
  month,
  currency,
  mediums,
  campaigns,
  onClose,
}: {
  /** The cost being edited; absent for a new one. */
  cost?: ChannelCost;
  /** The month a new cost starts on (`YYYY-MM`). */
  month: string;
  currency: string;
  /** Mediums and campaigns seen in the report, offered as the user types. */
  mediums: string[];
  campaigns: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      month: cost?.month ?? month,
      channel: cost?.channel ?? ('outbound' as ChannelCost['channel']),
      medium: cost?.medium ?? '',
      campaign: cost?.campaign ?? '',
      amount: (cost?.amount ?? '') as number | string,
    },
    validate: {
      month: (v) => (MONTH.test(v) ? null : t('sourcesReport.costs.monthInvalid')),
      amount: (v) => (typeof v === 'number' && v >= 0 ? null : t('validation.required')),
    },
  });

  const save = useApiMutation({
    onConflict: onClose,
    mutationFn: (values: typeof form.values) =>
      setChannelCost(
        {
          month: values.month,
          channel: values.channel,
          medium: values.medium.trim() || null,
          campaign: values.campaign.trim() || null,
          amount: Number(values.amount),
        },
        cost?.version,
      ),
    ...channelCostWrite,
    form,
    fields: FIELDS,
    done: () => t('sourcesReport.costs.saved'),
    onSuccess: onClose,
  });

  const editing = Boolean(cost);
  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t('sourcesReport.costs.editTitle') : t('sourcesReport.costs.newTitle')}
    >
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput
            type="month"
            label={t('sourcesReport.costs.month')}
            required
            disabled={editing}
            {...form.getInputProps('month')}
          />
          <Select
            label={t('sourcesReport.costs.channel')}
            data={CHANNELS.map((c) => ({
              value: c,
              label: t(`sourcesReport.channels.${c}`),
            }))}
            allowDeselect={false}
            required
            disabled={editing}
            {...form.getInputProps('channel')}
          />
          <Autocomplete
            label={t('sourcesReport.costs.medium')}
            description={t('sourcesReport.costs.mediumHint')}
            data={mediums}
            disabled={editing}
            {...form.getInputProps('medium')}
          />
          <Autocomplete
            label={t('sourcesReport.costs.campaign')}
            data={campaigns}
            disabled={editing}
            {...form.getInputProps('campaign')}
          />
          <NumberInput
            label={t('sourcesReport.costs.amount')}
            min={0}
            decimalScale={2}
            required
            data-autofocus
            rightSection={<Text size="xs">{currency}</Text>}
            rightSectionWidth={48}
            {...form.getInputProps('amount')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('sourcesReport.costs.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
