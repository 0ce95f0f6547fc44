import { Box, Button, Checkbox, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../contract/activities.ts';
import { CompanyPicker, ContactPicker } from '../../../accounts/web/index.ts';
import type { Deal, DealField, Pipeline, UnmetCriterion } from '../api/types.ts';
import type { DealChanges } from '../api/update-deal.ts';
import { pipelineKeys } from '../keys.ts';
import { PlanAction } from './plan-action.tsx';
import { useCreateActivity } from './use-activity-write.ts';
import { useSetDealCheck, useUpdateDeal } from './use-deal-actions.ts';
import { ValueInput } from './value-input.tsx';
import { DateField } from '../../../../kernel/web/components/date-field.tsx';

interface ActionProps {
  item: UnmetCriterion;
  deal: Deal;
  done: boolean;
  /** Met; with the deal as the server now has it when the action changed the deal itself. */
  onDone: (deal?: Deal) => void;
}

/** The control that satisfies one unmet criterion in the gate dialog. */
export function CriterionAction(props: ActionProps) {
  const criterion = useCriterion(props.item);
  const { item } = props;
  if (item.kind === 'check' && item.criterionId) {
    return <CheckAction {...props} criterionId={item.criterionId} />;
  }
  if (item.kind === 'activity') {
    const type = criterion?.kind === 'activity' ? criterion.activityType : guessType(item.label);
    return <LogAction {...props} type={type} />;
  }
  if (item.kind === 'field') {
    const field = criterion?.kind === 'field' ? criterion.field : undefined;
    return field ? <FieldAction {...props} field={field} /> : null;
  }
  if (item.kind === 'nextActivity') return <NextActivityAction {...props} />;
  return null;
}

function CheckAction(props: ActionProps & { criterionId: string }) {
  const { item, deal, done, onDone, criterionId } = props;
  const { t } = useTranslation();
  const tick = useSetDealCheck({ onSuccess: onDone });
  return (
    <Checkbox
      label={t('gate.tick')}
      checked={done || tick.isPending}
      disabled={done || tick.isPending}
      onChange={(e) => {
        if (e.currentTarget.checked) tick.mutate({ deal, criterionId, done: true });
      }}
      aria-label={item.label}
    />
  );
}

/** Logs the activity the criterion asks for, as done now. */
function LogAction({ item, deal, done, onDone, type }: ActionProps & { type: ActivityType }) {
  const { t } = useTranslation();
  const log = useCreateActivity({ onSuccess: () => onDone() });
  return (
    <Group>
      <Button
        size="xs"
        variant="light"
        disabled={done}
        loading={log.isPending}
        onClick={() =>
          log.mutate({
            type,
            subject: item.label,
            dealId: deal.id,
            doneAt: new Date().toISOString(),
          })
        }
      >
        {done ? t('gate.logged') : t(`gate.log.${type}`)}
      </Button>
    </Group>
  );
}

function NextActivityAction({ deal, done, onDone }: ActionProps) {
  const plan = useCreateActivity({ onSuccess: () => onDone() });
  return (
    <PlanAction
      done={done}
      pending={plan.isPending}
      onPlan={(type, subject, dueAt) => plan.mutate({ type, subject, dueAt, dealId: deal.id })}
    />
  );
}

/** The pipeline's criterion behind an unmet item (for its field or activity type). */
function useCriterion(item: UnmetCriterion) {
  const queryClient = useQueryClient();
  if (!item.criterionId) return undefined;
  const lists = queryClient.getQueriesData<{ items: Pipeline[] }>({ queryKey: pipelineKeys.all });
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

/** The deal field the criterion requires, set here (whatever the deal held before). */
function FieldAction({ deal, done, onDone, field }: ActionProps & { field: DealField }) {
  const { t } = useTranslation();
  const save = useUpdateDeal({ onSuccess: onDone });
  const [value, setValue] = useState<string | number>('');
  const label = t(`fields.${field}`);
  const changes = (): DealChanges =>
    field === 'value' ? { value: Number(value) } : { [field]: String(value) };
  const input =
    field === 'value' ? (
      <ValueInput
        label={label}
        value={value}
        onChange={setValue}
        rightSection={<Text size="xs">{deal.currency}</Text>}
        rightSectionWidth={48}
      />
    ) : field === 'expectedCloseDate' ? (
      <DateField label={label} value={String(value)} onChange={setValue} />
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
        loading={save.isPending}
        onClick={() => save.mutate({ deal, changes: changes() })}
      >
        {done ? t('gate.saved') : t('common.save')}
      </Button>
    </Group>
  );
}
