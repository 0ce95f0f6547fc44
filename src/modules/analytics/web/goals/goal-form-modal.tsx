import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import { GOAL_PERIODS } from '../../../../contract/analytics.ts';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { allUsersQuery } from '../../../identity/web/index.ts';
import { setGoal } from '../api/set-goal.ts';
import type { Goal, GoalMeasure, GoalPeriod } from '../api/types.ts';
import { GOAL_MEASURES } from './goal-words.ts';
import { goalWrite } from './goal-writes.ts';

const FIELDS = ['userId', 'measure', 'activityType', 'period', 'target'] as const;
const ANY = 'any';

/** Sets a goal: whose, what it counts, per week or month, and the target. Editing changes the target only. */
export function GoalFormModal({
  goal,
  userId,
  onClose,
}: {
  /** The goal being edited; absent when setting a new one. */
  goal?: Goal;
  /** The person to preselect for a new goal. */
  userId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const periodLabel: Record<GoalPeriod, string> = {
    week: t('goals.perWeek'),
    month: t('goals.perMonth'),
  };
  const me = useMe();
  const users = useQuery(allUsersQuery);

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      userId: goal?.userId ?? userId ?? '',
      measure: goal?.measure ?? ('activities_done' as GoalMeasure),
      activityType: goal?.activityType ?? (goal ? ANY : 'call'),
      period: goal?.period ?? ('week' as GoalPeriod),
      target: (goal?.target ?? '') as number | string,
    },
    validate: {
      userId: (v) => (v ? null : t('validation.required')),
      target: (v) => (typeof v === 'number' && v > 0 ? null : t('goals.targetRequired')),
    },
  });
  const value = form.values.measure === 'won_value';

  const save = useApiMutation({
    onConflict: onClose,
    mutationFn: (values: typeof form.values) =>
      setGoal(
        {
          userId: values.userId,
          measure: values.measure,
          activityType:
            values.measure === 'activities_done' && values.activityType !== ANY
              ? (values.activityType as Goal['activityType'])
              : null,
          period: values.period,
          target: Number(values.target),
        },
        goal?.version,
      ),
    ...goalWrite,
    form,
    fields: FIELDS,
    done: () => t('goals.saved'),
    onSuccess: onClose,
  });

  return (
    <Modal opened onClose={onClose} title={goal ? t('goals.editTitle') : t('goals.newTitle')}>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <Select
            label={t('goals.person')}
            data={(users.data ?? [])
              .filter((u) => u.active || u.id === goal?.userId)
              .map((u) => ({ value: u.id, label: u.name }))}
            searchable
            required
            disabled={Boolean(goal)}
            {...form.getInputProps('userId')}
          />
          <Select
            label={t('goals.measure')}
            data={GOAL_MEASURES.map((m) => ({ value: m, label: t(`goals.measures.${m}`) }))}
            allowDeselect={false}
            required
            disabled={Boolean(goal)}
            {...form.getInputProps('measure')}
          />
          {form.values.measure === 'activities_done' && (
            <Select
              label={t('goals.activityType')}
              data={[
                { value: ANY, label: t('goals.anyType') },
                ...ACTIVITY_TYPES.map((type) => ({
                  value: type,
                  label: t(`activityTypes.${type}`),
                })),
              ]}
              allowDeselect={false}
              disabled={Boolean(goal)}
              {...form.getInputProps('activityType')}
            />
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('goals.period')}
            </Text>
            <SegmentedControl
              aria-label={t('goals.period')}
              data={GOAL_PERIODS.map((period) => ({ value: period, label: periodLabel[period] }))}
              disabled={Boolean(goal)}
              {...form.getInputProps('period')}
            />
          </Stack>
          <NumberInput
            label={t('goals.target')}
            description={value ? t('goals.valueHint') : t('goals.countHint')}
            min={0}
            decimalScale={value ? 2 : 0}
            allowDecimal={value}
            required
            data-autofocus
            rightSection={value ? <Text size="xs">{me.workspace.currency}</Text> : undefined}
            rightSectionWidth={value ? 48 : undefined}
            {...form.getInputProps('target')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('goals.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
