import {
  Alert,
  Box,
  Button,
  Checkbox,
  Divider,
  Group,
  List,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../components/use-problem-handler.tsx';
import { isProblem } from '../../lib/problem.ts';
import { useMe } from '../../lib/session.ts';
import { CompanyPicker } from '../companies/company-picker.tsx';
import { ContactPicker } from './contact-picker.tsx';
import {
  ACTIVITY_TYPES,
  type ActivityType,
  createActivity,
  type Deal,
  type DealField,
  moveDeal,
  type Stage,
  winDeal,
  tickCheck,
  type UnmetCriterion,
  updateDeal,
} from './deals-api.ts';

export interface GateState {
  deal: Deal;
  target: Stage;
  unmet: UnmetCriterion[];
  /** Winning rather than moving: retries `POST /deals/{id}/win` with this comment. */
  win?: { comment?: string };
}

interface Props {
  state: GateState;
  stages: Stage[];
  onClose: () => void;
  onMoved: (deal: Deal) => void;
}

const keyOf = (item: UnmetCriterion) => `${item.stageId}:${item.criterionId ?? item.kind}`;

/** A local `YYYY-MM-DDTHH:mm` for tomorrow at 10:00 (the default due time of a planned step). */
function tomorrowAtTen(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

/**
 * The stage gate: lists exactly the unmet exit criteria of a refused move, each with a way to
 * satisfy it here; "Move" retries (and re-lists what is still unmet); managers may override.
 */
export function GateDialog({ state, stages, onClose, onMoved }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const problems = useProblemHandler();
  const queryClient = useQueryClient();
  const [unmet, setUnmet] = useState(state.unmet);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { deal, target } = state;
  const canOverride = me.user.role === 'admin' || me.user.role === 'manager';

  const markDone = (...keys: string[]) => setDone((prev) => new Set([...prev, ...keys]));
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['deals'] }),
      queryClient.invalidateQueries({ queryKey: ['activities'] }),
    ]);

  const move = useMutation({
    mutationFn: (overrideReason?: string) =>
      state.win
        ? winDeal(deal.id, state.win.comment, overrideReason)
        : moveDeal(deal.id, target.id, overrideReason),
    onSuccess: async (moved) => {
      notifications.show({
        color: 'teal',
        message: state.win
          ? t('deal.wonMessage', { title: moved.title })
          : t('board.moved', { title: moved.title, stage: target.name }),
      });
      onMoved(moved);
      await refresh();
      onClose();
    },
    onError: (error) => {
      if (isProblem(error, 'stage_gate_unmet') && error.problem.unmet) {
        setUnmet(error.problem.unmet);
        setDone(new Set());
        return;
      }
      problems.notify(error);
    },
  });

  const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? '';
  const multiStage = new Set(unmet.map((u) => u.stageId)).size > 1;

  return (
    <Modal
      opened
      onClose={onClose}
      title={state.win ? t('gate.winTitle') : t('gate.title', { stage: target.name })}
      size="lg"
    >
      <Stack>
        <Text size="sm">
          {state.win
            ? t('gate.winIntro', { title: deal.title })
            : t('gate.intro', { title: deal.title })}
        </Text>
        <List spacing="md" listStyleType="none" aria-label={t('gate.listLabel')}>
          {unmet.map((item) => (
            <List.Item key={keyOf(item)}>
              <Stack gap={6}>
                <Group gap="xs" wrap="nowrap">
                  <ThemeIcon
                    size="sm"
                    radius="xl"
                    color={done.has(keyOf(item)) ? 'teal' : 'red'}
                    aria-hidden
                  >
                    {done.has(keyOf(item)) ? '✓' : '!'}
                  </ThemeIcon>
                  <Text fw={500}>{item.label}</Text>
                  {multiStage && (
                    <Text size="xs" c="dimmed">
                      ({stageName(item.stageId)})
                    </Text>
                  )}
                </Group>
                <CriterionAction
                  item={item}
                  deal={deal}
                  done={done.has(keyOf(item))}
                  onDone={() =>
                    item.kind === 'nextActivity'
                      ? markDone(...unmet.filter((u) => u.kind === 'nextActivity').map(keyOf))
                      : markDone(keyOf(item))
                  }
                />
              </Stack>
            </List.Item>
          ))}
        </List>
        {unmet.length > 0 && done.size >= unmet.length && (
          <Alert color="teal">{t('gate.allMet')}</Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => move.mutate(undefined)} loading={move.isPending}>
            {state.win ? t('deal.win') : t('gate.move')}
          </Button>
        </Group>
        {canOverride && (
          <>
            <Divider label={t('gate.overrideSection')} labelPosition="left" />
            <Textarea
              label={t('gate.overrideReason')}
              required
              autosize
              minRows={2}
              value={reason}
              error={reasonError}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonError(null);
              }}
            />
            <Group justify="flex-end">
              <Button
                color="orange"
                variant="light"
                loading={move.isPending}
                onClick={() => {
                  if (!reason.trim()) {
                    setReasonError(t('validation.required'));
                    return;
                  }
                  move.mutate(reason.trim());
                }}
              >
                {t('gate.override')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

interface ActionProps {
  item: UnmetCriterion;
  deal: Deal;
  done: boolean;
  onDone: () => void;
}

/** The control that satisfies one unmet criterion. */
function CriterionAction({ item, deal, done, onDone }: ActionProps) {
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

export function PlanAction({
  done,
  pending,
  onPlan,
}: {
  done: boolean;
  pending: boolean;
  onPlan: (type: ActivityType, subject: string, dueAt: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<ActivityType>('call');
  const [subject, setSubject] = useState('');
  const [due, setDue] = useState(tomorrowAtTen);
  if (done)
    return (
      <Text size="sm" c="teal">
        {t('gate.planned')}
      </Text>
    );
  if (!open)
    return (
      <Group>
        <Button size="xs" variant="light" onClick={() => setOpen(true)}>
          {t('gate.planNext')}
        </Button>
      </Group>
    );
  const dueDate = new Date(due);
  const valid = subject.trim() !== '' && !Number.isNaN(dueDate.getTime()) && dueDate > new Date();
  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <Select
          label={t('gate.activityType')}
          data={ACTIVITY_TYPES.map((v) => ({ value: v, label: t(`activityTypes.${v}`) }))}
          value={type}
          onChange={(v) => v && setType(v as ActivityType)}
          allowDeselect={false}
        />
        <TextInput
          label={t('gate.dueAt')}
          type="datetime-local"
          value={due}
          onChange={(e) => setDue(e.currentTarget.value)}
        />
      </Group>
      <TextInput
        label={t('gate.subject')}
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!valid}
          loading={pending}
          onClick={() => onPlan(type, subject.trim(), dueDate.toISOString())}
        >
          {t('gate.plan')}
        </Button>
      </Group>
    </Stack>
  );
}
