import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Box, Button, Checkbox, Group, Loader, Select, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { BoardWithoutDeals, BoardWithoutPipeline } from './board-empty.tsx';
import { allUsersQuery, PersonSelect } from '../../../identity/web/index.ts';
import { boardDealsQuery, boardStages } from '../api/board-deals-query.ts';
import { pipelinesQuery } from '../api/pipelines-query.ts';
import { stageTotalsQuery } from '../api/stage-totals-query.ts';
import type { BoardDeal, Deal } from '../api/types.ts';
import { dealKeys } from '../keys.ts';
import { collision, columnJump } from './board-dnd.ts';
import { Column, COLUMN_WIDTH } from './board-column.tsx';
import { DealCard } from './deal-card.tsx';
import { Gate, LoseModal, NewDealModal } from './board-dialogs.tsx';
import type { GateState } from './gate-dialog.tsx';
import { useWinDeal } from './use-deal-actions.ts';
import { PipelineTotals } from './pipeline-totals.tsx';
import { useShortcuts } from '../shortcuts/use-shortcuts.tsx';
import { useMoreCards } from './use-more-cards.ts';
import { useMoveDeal } from './use-move-deal.ts';

const NO_DEALS = { count: 0, values: [] };

/** The board: a pipeline's open deals in one column per stage, moved by drag and drop. */
export function BoardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const pipelines = useQuery(pipelinesQuery);
  const [picked, setPicked] = useState<string | null>(null);
  const pipeline = pipelines.data?.items.find((p) => p.id === picked) ?? pipelines.data?.items[0];
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [stuckOnly, setStuckOnly] = useState(false);
  const [noNextOnly, setNoNextOnly] = useState(false);
  const filters = useMemo(
    () => ({ ownerId, stuck: stuckOnly, noNextActivity: noNextOnly }),
    [ownerId, stuckOnly, noNextOnly],
  );
  const stages = useMemo(() => boardStages(pipeline), [pipeline]);
  const stageIds = useMemo(() => stages.map((s) => s.id), [stages]);
  const pipelineId = pipeline?.id ?? '';
  const boardKey = useMemo(
    () => dealKeys.board(pipelineId, stageIds, filters),
    [pipelineId, stageIds, filters],
  );
  const more = useMoreCards(boardKey, pipelineId, filters);
  // The filters run on the server; the previous board stays on screen while the next loads.
  const board = useQuery({
    ...boardDealsQuery(pipelineId, stageIds, filters, more.pagesOf),
    placeholderData: keepPreviousData,
  });
  const boardDeals = board.data?.deals;
  const totals = useQuery({
    ...stageTotalsQuery(pipelineId, filters),
    placeholderData: keepPreviousData,
  });
  const totalOf = useMemo(
    () => new Map((totals.data?.items ?? []).map((item) => [item.stageId, item])),
    [totals.data],
  );
  const users = useQuery(allUsersQuery);
  const [creating, setCreating] = useState(false);
  const [losing, setLosing] = useState<Deal | null>(null);
  const [gate, setGate] = useState<GateState | null>(null);
  const [active, setActive] = useState<BoardDeal | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJump }),
  );

  const ownerNames = useMemo(
    () => new Map((users.data ?? []).map((u) => [u.id, u.name])),
    [users.data],
  );
  const byStage = useMemo(() => {
    const map = new Map<string, BoardDeal[]>(stages.map((s) => [s.id, []]));
    for (const deal of boardDeals ?? []) map.get(deal.stageId)?.push(deal);
    return map;
  }, [boardDeals, stages]);

  // The card moves at once; unmet exit criteria open the gate dialog to meet or override them.
  const move = useMoveDeal({
    board: boardKey,
    onGate: (unmet, { deal, stage }) => setGate({ deal, target: stage, unmet }),
  });
  // Win straight from the card; unmet criteria of the remaining stages open the gate dialog too.
  const win = useWinDeal({
    onGate: (unmet, { deal }) => {
      const last = stages.at(-1);
      if (last) setGate({ deal, target: last, unmet, win: {} });
    },
  });
  const onLose = useCallback((deal: Deal) => setLosing(deal), []);
  const { mutate: winDeal } = win;
  const onWin = useCallback((deal: Deal) => winDeal({ deal }), [winDeal]);

  const onDragStart = (event: DragStartEvent) =>
    setActive((boardDeals ?? []).find((d) => d.id === event.active.id) ?? null);

  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    const deal = (boardDeals ?? []).find((d) => d.id === event.active.id);
    const target = stages.find((s) => s.id === event.over?.id);
    if (!deal || !target || target.id === deal.stageId) return;
    move.mutate({ deal, stage: target });
  };

  const shortcuts = useShortcuts(t('shortcuts.board'), [
    { key: 'n', label: t('shortcuts.newDeal'), run: () => setCreating(true) },
    { key: 's', label: t('shortcuts.stuckOnly'), run: () => setStuckOnly((on) => !on) },
    { key: 'm', label: t('shortcuts.noNextStepOnly'), run: () => setNoNextOnly((on) => !on) },
  ]);

  const stageName = (id: unknown) => stages.find((s) => s.id === id)?.name ?? '';
  const dealTitle = (id: unknown) => (boardDeals ?? []).find((d) => d.id === id)?.title ?? '';

  if (pipelines.isPending) return <Loader size="sm" />;
  if (pipelines.isError) return <Text c="red">{t('errors.loadFailed')}</Text>;
  if (!pipeline) return <BoardWithoutPipeline />;

  return (
    <>
      <PageHeader title={t('board.title')}>
        {shortcuts.button}
        <Button onClick={() => setCreating(true)}>{t('board.newDeal')}</Button>
      </PageHeader>
      <Group mb="md" align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('board.pipeline')}
          data={pipelines.data.items.map((p) => ({ value: p.id, label: p.name }))}
          value={pipeline.id}
          onChange={(id) => id && setPicked(id)}
          allowDeselect={false}
          w={220}
        />
        <PersonSelect
          label={t('board.owner')}
          placeholder={t('board.allOwners')}
          value={ownerId}
          onChange={setOwnerId}
          w={220}
        />
        <Checkbox
          label={t('board.stuckOnly')}
          checked={stuckOnly}
          onChange={(e) => setStuckOnly(e.currentTarget.checked)}
          mb={8}
        />
        <Checkbox
          label={t('board.noNextStepOnly')}
          checked={noNextOnly}
          onChange={(e) => setNoNextOnly(e.currentTarget.checked)}
          mb={8}
        />
        {board.isFetching && <Loader size="xs" mb={10} />}
      </Group>
      {board.isError && <Text c="red">{t('errors.loadFailed')}</Text>}
      {totals.data && (
        <PipelineTotals
          totals={totals.data.pipeline}
          currency={me.workspace.currency}
          language={i18n.language}
        />
      )}
      {boardDeals?.length === 0 && !ownerId && !stuckOnly && !noNextOnly && (
        <BoardWithoutDeals onNew={() => setCreating(true)} />
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActive(null)}
        accessibility={{
          screenReaderInstructions: { draggable: t('board.dnd.instructions') },
          announcements: {
            onDragStart: ({ active: a }) => t('board.dnd.pickedUp', { title: dealTitle(a.id) }),
            onDragOver: ({ active: a, over }) =>
              over
                ? t('board.dnd.over', { title: dealTitle(a.id), stage: stageName(over.id) })
                : undefined,
            onDragEnd: ({ active: a, over }) =>
              over
                ? t('board.dnd.dropped', { title: dealTitle(a.id), stage: stageName(over.id) })
                : undefined,
            onDragCancel: ({ active: a }) => t('board.dnd.cancelled', { title: dealTitle(a.id) }),
          },
        }}
      >
        <Box style={{ overflowX: 'auto' }} pb="md">
          {/* Columns as tall as the tallest: a card dragged from low in a long column drops
              into a short one beside it, by mouse or by keyboard. */}
          <Group align="stretch" wrap="nowrap" gap="sm">
            {stages.map((stage) => (
              <Column
                key={stage.id}
                stage={stage}
                deals={byStage.get(stage.id) ?? []}
                total={totals.data ? (totalOf.get(stage.id) ?? NO_DEALS) : undefined}
                hasMore={Boolean(board.data?.more[stage.id])}
                loadingMore={more.loadingMore === stage.id}
                onLoadMore={more.loadMore}
                ownerNames={ownerNames}
                timeZone={me.workspace.timezone}
                currency={me.workspace.currency}
                language={i18n.language}
                onLose={onLose}
                onWin={onWin}
              />
            ))}
          </Group>
        </Box>
        <DragOverlay>
          {active && (
            <Box w={COLUMN_WIDTH - 16}>
              <DealCard
                deal={active}
                ownerName={ownerNames.get(active.ownerId ?? '') ?? ''}
                timeZone={me.workspace.timezone}
                lifted
              />
            </Box>
          )}
        </DragOverlay>
      </DndContext>
      <Suspense fallback={null}>
        {creating && <NewDealModal pipelineId={pipeline.id} onClose={() => setCreating(false)} />}
        {losing && <LoseModal deal={losing} onClose={() => setLosing(null)} />}
        {gate && <Gate state={gate} stages={stages} onClose={() => setGate(null)} />}
      </Suspense>
      {shortcuts.help}
    </>
  );
}
