import {
  Alert,
  Button,
  Divider,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Textarea,
  ThemeIcon,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { CriterionAction } from './criterion-action.tsx';
import { type Deal, moveDeal, type Stage, type UnmetCriterion, winDeal } from './deals-api.ts';

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
          <Alert color="teal">{state.win ? t('gate.allMetWin') : t('gate.allMet')}</Alert>
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
