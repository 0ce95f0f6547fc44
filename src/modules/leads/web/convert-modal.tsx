import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { pipelinesQuery } from '../../conveyor/web/index.ts';
import { convertLead } from './api/convert-lead.ts';
import type { Lead } from './api/types.ts';
import { leadKeys } from './keys.ts';
import { dealKeys } from '../../conveyor/web/index.ts';

/** Converts a sales-qualified lead into a deal in one step: pipeline, title, value; then links to it. */
export function ConvertModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const pipelines = useQuery(pipelinesQuery);
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [title, setTitle] = useState(lead.companyName ?? lead.name);
  const [value, setValue] = useState<string | number>('');
  const [currency, setCurrency] = useState(me.workspace.currency);
  const chosen = pipelineId ?? pipelines.data?.items[0]?.id ?? null;
  const convert = useApiMutation({
    mutationFn: () =>
      convertLead(lead, {
        pipelineId: chosen!,
        title: title.trim() || undefined,
        value: value === '' ? null : Number(value),
        currency: currency.trim().toUpperCase() || undefined,
      }),
    apply: (client, { lead: saved }) => client.setQueryData(leadKeys.detail(saved.id), saved),
    // The lead closed (the inbox, the load, its timeline; the queue may hand its owner another
    // lead) and a deal was made.
    invalidates: () => [leadKeys.lists, leadKeys.load, leadKeys.history(lead.id), dealKeys.all],
    conflictRefetch: () => [leadKeys.detail(lead.id)],
  });
  const deal = convert.data?.deal;
  return (
    <Modal opened onClose={onClose} title={t('leads.convert.title', { name: lead.name })} size="lg">
      {deal ? (
        <Stack>
          <Alert color="teal" title={t('leads.convert.done')}>
            {t('leads.convert.doneText', { title: deal.title })}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('leads.convert.stay')}
            </Button>
            <Button
              onClick={() => void navigate({ to: '/deals/$dealId', params: { dealId: deal.id } })}
            >
              {t('leads.convert.openDeal')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Select
            label={t('leads.convert.pipeline')}
            data={(pipelines.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={chosen}
            onChange={setPipelineId}
            allowDeselect={false}
          />
          <TextInput
            label={t('fields.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('fields.value')}
              min={0}
              decimalScale={2}
              value={value}
              onChange={setValue}
            />
            <TextInput
              label={t('deal.currency')}
              maxLength={3}
              value={currency}
              onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="teal"
              disabled={!chosen}
              loading={convert.isPending}
              onClick={() => convert.mutate()}
            >
              {t('leads.convert.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
