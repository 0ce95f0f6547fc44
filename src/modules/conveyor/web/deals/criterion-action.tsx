import { Box, Button, Checkbox, Group, NumberInput, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { CompanyPicker } from '../../../accounts/web/index.ts';
import { ContactPicker } from './contact-picker.tsx';
import {
  createActivity,
  type Deal,
  type DealField,
  type Stage,
  tickCheck,
  type UnmetCriterion,
  updateDeal,
} from './deals-api.ts';
import { PlanAction } from './plan-action.tsx';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../contract/activities.ts';

interface ActionProps {
  item: UnmetCriterion;
  deal: Deal;
  done: boolean;
  onDone: () => void;
}

/** The control that satisfies one unmet criterion in the gate dialog. */
export function CriterionAction({ item, deal, done, onDone }: ActionProps) {
  const { t } = useTranslation();
  const problems = useProblemHandler();
  const criterion = useCriterion(item);
  const run = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: onDone,
    onError: (error) => problems.notify(error),
  });

  if (item.kind === 'check' && item.criterionId) {
    const criterionId = item.criterionId;
    return (
      <Checkbox
        label={t('gate.tick')}
        checked={done || run.isPending}
        disabled={done || run.isPending}
        onChange={(e) => {
          if (e.currentTarget.checked) run.mutate(() => tickCheck(deal.id, criterionId));
        }}
        aria-label={item.label}
      />
    );
  }

  if (item.kind === 'activity') {
    const type = criterion?.kind === 'activity' ? criterion.activityType : guessType(item.label);
    return (
      <Group>
        <Button
          size="xs"
          variant="light"
          disabled={done}
          loading={run.isPending}
          onClick={() =>
            run.mutate(() =>
              createActivity({
                type,
                subject: item.label,
                dealId: deal.id,
                doneAt: new Date().toISOString(),
              }),
            )
          }
        >
          {done ? t('gate.logged') : t(`gate.log.${type}`)}
        </Button>
      </Group>
    );
  }

  if (item.kind === 'field') {
    const field = criterion?.kind === 'field' ? criterion.field : undefined;
    if (!field) return null;
    return (
      <FieldAction
        field={field}
        deal={deal}
        done={done}
        pending={run.isPending}
        onSave={(value) => run.mutate(() => updateDeal(deal.id, { [field]: value }))}
      />
    );
  }

  if (item.kind === 'nextActivity') {
    return (
      <PlanAction
        done={done}
        pending={run.isPending}
        onPlan={(type, subject, dueAt) =>
          run.mutate(() => createActivity({ type, subject, dueAt, dealId: deal.id }))
        }
      />
    );
  }
  return null;
}

/** The pipeline's criterion behind an unmet item (for its field or activity type). */
function useCriterion(item: UnmetCriterion) {
  const queryClient = useQueryClient();
  if (!item.criterionId) return undefined;
  const lists = queryClient.getQueriesData<{ items: { stages: Stage[] }[] }>({
    queryKey: ['pipelines'],
  });
  for (const [, data] of lists)
    for (const pipeline of data?.items ?? [])
      for (const stage of pipeline.stages)
        for (const c of stage.exitCriteria) if (c.id === item.criterionId) return c;
  return undefined;
}

function guessType(label: string): ActivityType {
  const lower = label.toLowerCase();
  return ACTIVITY_TYPES.find((type) => lower.includes(type)) ?? 'task';
}

function FieldAction({
  field,
  deal,
  done,
  pending,
  onSave,
}: {
  field: DealField;
  deal: Deal;
  done: boolean;
  pending: boolean;
  onSave: (value: string | number) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | number>('');
  const label = t(`fields.${field}`);
  const input =
    field === 'value' ? (
      <NumberInput
        label={label}
        min={0}
        decimalScale={2}
        value={value}
        onChange={setValue}
        rightSection={<Text size="xs">{deal.currency}</Text>}
        rightSectionWidth={48}
      />
    ) : field === 'expectedCloseDate' ? (
      <TextInput
        label={label}
        type="date"
        value={String(value)}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
    ) : field === 'companyId' ? (
      <CompanyPicker label={label} value={String(value)} onChange={setValue} />
    ) : (
      <ContactPicker label={label} value={String(value)} onChange={setValue} />
    );
  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Box w={320} maw="100%">
        {input}
      </Box>
      <Button
        size="sm"
        variant="light"
        disabled={done || value === '' || (field === 'value' && Number(value) <= 0)}
        loading={pending}
        onClick={() => onSave(value)}
      >
        {done ? t('gate.saved') : t('common.save')}
      </Button>
    </Group>
  );
}
