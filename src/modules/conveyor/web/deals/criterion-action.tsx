import { Box, Button, Checkbox, Group, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../contract/activities.ts';
import { CompanyPicker, ContactPicker } from '../../../accounts/web/index.ts';
import type { Deal, DealField, ExitCriterion, Pipeline, UnmetCriterion } from '../api/types.ts';
import { inPlace, type InPlace } from './gate-progress.ts';
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
export function CriterionAction(props: ActionProps & { action: InPlace | null }) {
  const { action, ...rest } = props;
  switch (action?.kind) {
    case 'check':
      return <CheckAction {...rest} criterionId={action.criterionId} />;
    case 'activity':
      return <LogAction {...rest} type={action.type} />;
    case 'field':
      return <FieldAction {...rest} field={action.field} />;
    case 'nextActivity':
      return <NextActivityAction {...rest} />;
    default:
      return null;
  }
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

/** Logs the activity the criterion asks for, as done now, with what came of it (its note). */
function LogAction({ deal, done, onDone, type }: ActionProps & { type: ActivityType }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const log = useCreateActivity({ onSuccess: () => onDone() });
  if (done)
    return (
      <Text size="sm" c="teal">
        {t('gate.logged')}
      </Text>
    );
  const text = note.trim();
  return (
    <Group align="flex-end" gap="xs">
      <Box w={420} maw="100%">
        <Textarea
          label={t(`gate.note.${type}`)}
          required
          autosize
          minRows={1}
          maxRows={4}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      </Box>
      <Button
        size="sm"
        variant="light"
        disabled={!text}
        loading={log.isPending}
        onClick={() =>
          log.mutate({
            type,
            // The list shows the subject: the note's first line; the whole note is the outcome.
            subject: (text.split('\n')[0] ?? text).slice(0, 300),
            ...(text.length > 300 || text.includes('\n') ? { outcome: text.slice(0, 4000) } : {}),
            dealId: deal.id,
            doneAt: new Date().toISOString(),
          })
        }
      >
        {t(`gate.log.${type}`)}
      </Button>
    </Group>
  );
}

function NextActivityAction({ deal, done, onDone }: ActionProps) {
  const { t } = useTranslation();
  const plan = useCreateActivity({ onSuccess: () => onDone() });
  return (
    <PlanAction
      done={done}
      pending={plan.isPending}
      startOpen
      subject={t('gate.followUp', { title: deal.title })}
      onPlan={(type, subject, dueAt) => plan.mutate({ type, subject, dueAt, dealId: deal.id })}
    />
  );
}

/** For each unmet item, how it can be met here (its criterion read from the cached pipelines). */
export function useInPlace(): (item: UnmetCriterion) => InPlace | null {
  const queryClient = useQueryClient();
  const criteria = new Map<string, ExitCriterion>();
  const lists = queryClient.getQueriesData<{ items: Pipeline[] }>({ queryKey: pipelineKeys.all });
  for (const [, data] of lists)
    for (const pipeline of data?.items ?? [])
      for (const stage of pipeline.stages)
        for (const c of stage.exitCriteria) criteria.set(c.id, c);
  return (item) =>
    inPlace(item, item.criterionId ? criteria.get(item.criterionId) : undefined, ACTIVITY_TYPES);
}

/** The deal field the criterion requires, set here (whatever the deal held before). */
function FieldAction(props: ActionProps & { field: DealField }) {
  const { field } = props;
  return isAccountField(field) ? (
    <AccountAction {...props} field={field} />
  ) : (
    <ValueAction {...props} field={field} />
  );
}

const PICKERS = { companyId: CompanyPicker, contactId: ContactPicker } as const;
type AccountField = keyof typeof PICKERS;
const isAccountField = (field: DealField): field is AccountField => field in PICKERS;

/** A company or contact: picked, or created in place, and saved at once. */
function AccountAction({ deal, done, onDone, field }: ActionProps & { field: AccountField }) {
  const { t } = useTranslation();
  const save = useUpdateDeal({ onSuccess: onDone });
  const [value, setValue] = useState('');
  const Picker = PICKERS[field];
  const pick = (id: string) => {
    setValue(id);
    if (id) save.mutate({ deal, changes: { [field]: id } });
  };
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <Box w={480} maw="100%">
        <Picker label={t(`fields.${field}`)} value={value} onChange={pick} create="now" required />
      </Box>
      {(done || save.isPending) && (
        <Text size="sm" c="teal" mt={30}>
          {save.isPending ? t('common.loading') : t('gate.saved')}
        </Text>
      )}
    </Group>
  );
}

function ValueAction({ deal, done, onDone, field }: ActionProps & { field: DealField }) {
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
        required
        value={value}
        onChange={setValue}
        rightSection={<Text size="xs">{deal.currency}</Text>}
        rightSectionWidth={48}
      />
    ) : (
      <DateField label={label} required value={String(value)} onChange={setValue} />
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
