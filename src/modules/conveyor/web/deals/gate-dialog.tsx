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
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import type { Deal, Stage, UnmetCriterion } from '../api/types.ts';
import { CriterionAction, useInPlace } from './criterion-action.tsx';
import { itemsLeft, keyOf } from './gate-progress.ts';
import { useWinDeal } from './use-deal-actions.ts';
import { useDealBusy } from './use-deal-write.ts';
import { useMoveDeal } from './use-move-deal.ts';

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
}

/** The gate dialog while a refused move or win is to be shown; each refusal starts it afresh. */
export function Gate({ state, ...props }: Omit<Props, 'state'> & { state: GateState | null }) {
  if (!state) return null;
  const key = `${state.deal.id}:${state.target.id}:${state.win ? 'win' : 'move'}`;
  return <GateDialog key={key} state={state} {...props} />;
}

/**
 * The stage gate: lists exactly the unmet exit criteria of a refused move, each with a way to
 * satisfy it here; "Move" retries (and re-lists what is still unmet); managers may override.
 */
function GateDialog({ state, stages, onClose }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [unmet, setUnmet] = useState(state.unmet);
  const [done, setDone] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const { target } = state;
  // The deal as meeting its criteria here left it: the move's `If-Match` needs its last version.
  const [deal, setDeal] = useState(state.deal);
  const canOverride = me.user.role === 'admin' || me.user.role === 'manager';

  const markDone = (...keys: string[]) => setDone((prev) => new Set([...prev, ...keys]));
  const changed = (next: Deal) => setDeal((prev) => (next.version >= prev.version ? next : prev));
  // Still unmet after all: the list shows what is left.
  const relist = (left: UnmetCriterion[]) => {
    setUnmet(left);
    setDone(new Set());
  };
  // Done, or refused as stale (the deal reloads; the user starts again from it): closed.
  const moveDeal = useMoveDeal({ onGate: relist, onSuccess: onClose, onConflict: onClose });
  const winDeal = useWinDeal({ onGate: relist, onSuccess: onClose, onConflict: onClose });
  const pending = moveDeal.isPending || winDeal.isPending;
  // A check or a field saved here changes the deal's version: the move waits for the answer.
  const busy = useDealBusy(deal.id) && !pending;
  const retry = (overrideReason?: string) =>
    state.win
      ? winDeal.mutate({ deal, comment: state.win.comment, overrideReason })
      : moveDeal.mutate({ deal, stage: target, overrideReason });

  const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? '';
  const actionOf = useInPlace();
  const reasonId = useId();
  const left = itemsLeft(unmet, done, (item) => actionOf(item) !== null);
  const allMet = unmet.length > 0 && unmet.every((item) => done.has(keyOf(item)));
  const multiStage = new Set(unmet.map((u) => u.stageId)).size > 1;

  return (
    <Modal
      opened
      onClose={onClose}
      title={state.win ? t('gate.winTitle') : t('gate.title', { stage: target.name })}
      size="lg"
    >
      <Stack>
        {!allMet && (
          <Text size="sm">
            {state.win
              ? t('gate.winIntro', { title: deal.title })
              : t('gate.intro', { title: deal.title })}
          </Text>
        )}
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
                  action={actionOf(item)}
                  item={item}
                  deal={deal}
                  done={done.has(keyOf(item))}
                  onDone={(updated) => {
                    if (updated) changed(updated);
                    if (item.kind === 'nextActivity')
                      markDone(...unmet.filter((u) => u.kind === 'nextActivity').map(keyOf));
                    else markDone(keyOf(item));
                  }}
                />
              </Stack>
            </List.Item>
          ))}
        </List>
        {allMet && <Alert color="teal">{state.win ? t('gate.allMetWin') : t('gate.allMet')}</Alert>}
        <Group justify="flex-end">
          {left > 0 && (
            <Text size="sm" c="dimmed" id={reasonId}>
              {t('gate.stillUnmet', { count: left })}
            </Text>
          )}
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {/* While a criterion is left the server would refuse: the button says why it waits. */}
          <Button
            onClick={() => retry()}
            loading={pending}
            disabled={busy || left > 0}
            aria-describedby={left > 0 ? reasonId : undefined}
          >
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
                loading={pending}
                disabled={busy}
                onClick={() => {
                  if (!reason.trim()) {
                    setReasonError(t('validation.required'));
                    return;
                  }
                  retry(reason.trim());
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
