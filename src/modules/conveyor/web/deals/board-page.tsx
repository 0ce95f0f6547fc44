import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Box, Button, Checkbox, Group, Loader, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { Column, COLUMN_WIDTH } from './board-column.tsx';
import { DealCard } from './deal-card.tsx';
import {
  boardDealsQuery,
  boardStages,
  boardTotalsQuery,
  stageDeals,
  type Deal,
  moveDeal,
  pipelinesQuery,
  winDeal,
} from './deals-api.ts';
import { GateDialog, type GateState } from './gate-dialog.tsx';
import { LoseModal } from './lose-modal.tsx';
import { NewDealModal } from './new-deal-modal.tsx';
import { allUsersQuery } from '../../../identity/web/index.ts';

const NO_DEALS = { count: 0, values: [] };

/** Arrow left/right jump a dragged card to the neighbouring column (dnd-kit's default moves 25 px). */
const columnJump: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { collisionRect, droppableRects } = context;
  if (!collisionRect) return undefined;
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const centre = collisionRect.left + collisionRect.width / 2;
  let target;
  if (event.code === KeyboardCode.Right) target = columns.find((r) => r.left > centre);
  else if (event.code === KeyboardCode.Left)
    target = [...columns].reverse().find((r) => r.left + r.width < centre);
  else return undefined;
  event.preventDefault();
  if (!target) return currentCoordinates;
  return {
    x: currentCoordinates.x + (target.left + target.width / 2 - centre),
    y: currentCoordinates.y,
  };
};

/** The pointer's column when there is one, else the column the card overlaps most. */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

/** The board: a pipeline's open deals in one column per stage, moved by drag and drop. */
export function BoardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
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
  // How many pages each column has shown; a new pipeline or filter starts every column afresh.
  const shownPages = useMemo(() => new Map<string, number>(), [pipelineId, filters]);
  // The filters run on the server; the previous board stays on screen while the next loads.
  const board = useQuery({
    ...boardDealsQuery(pipelineId, stageIds, filters, (id) => shownPages.get(id) ?? 1),
    placeholderData: keepPreviousData,
  });
  const boardDeals = board.data?.deals;
  const totals = useQuery({
    ...boardTotalsQuery(pipelineId, filters),
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
  const [active, setActive] = useState<Deal | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJump }),
  );

  const ownerNames = useMemo(
    () => new Map((users.data ?? []).map((u) => [u.id, u.name])),
    [users.data],
  );
  const byStage = useMemo(() => {
    const map = new Map<string, Deal[]>(stages.map((s) => [s.id, []]));
    for (const deal of boardDeals ?? []) map.get(deal.stageId)?.push(deal);
    return map;
  }, [boardDeals, stages]);

  const [loadingMore, setLoadingMore] = useState<string | null>(null);
  // The scroll trigger may fire again before the state above is drawn: one request per column.
  const fetchingMore = useRef(new Set<string>());
  /** The next page of one column, added under the cards it already shows. */
  const onLoadMore = useCallback(
    (stageId: string) => {
      const boardKey = boardDealsQuery(pipelineId, stageIds, filters).queryKey;
      const cursor = queryClient.getQueryData(boardKey)?.more[stageId];
      if (!cursor || fetchingMore.current.has(stageId)) return;
      fetchingMore.current.add(stageId);
      setLoadingMore(stageId);
      stageDeals(pipelineId, stageId, filters, 1, cursor)
        .then((page) => {
          shownPages.set(stageId, (shownPages.get(stageId) ?? 1) + 1);
          queryClient.setQueryData(boardKey, (old) => {
            if (!old) return old;
            const known = new Set(old.deals.map((d) => d.id));
            return {
              deals: [...old.deals, ...page.deals.filter((d) => !known.has(d.id))],
              more: { ...old.more, [stageId]: page.nextCursor },
            };
          });
        })
        .catch((error: unknown) => problems.notify(error))
        .finally(() => {
          fetchingMore.current.delete(stageId);
          setLoadingMore(null);
        });
    },
    [queryClient, pipelineId, stageIds, filters, shownPages, problems],
  );

  /** Puts a changed deal on the board; a won or lost one leaves it. */
  const place = useCallback(
    (deal: Deal) =>
      queryClient.setQueryData(boardDealsQuery(pipelineId, stageIds, filters).queryKey, (old) =>
        old
          ? {
              ...old,
              deals:
                deal.status === 'open'
                  ? old.deals.map((d) => (d.id === deal.id ? deal : d))
                  : old.deals.filter((d) => d.id !== deal.id),
            }
          : old,
      ),
    [queryClient, pipelineId, stageIds, filters],
  );
  const onLose = useCallback((deal: Deal) => setLosing(deal), []);

  // Win straight from the card; unmet exit criteria open the gate dialog to meet or override them.
  const win = async (deal: Deal) => {
    try {
      const won = await winDeal(deal.id);
      place(won);
      notifications.show({ color: 'teal', message: t('deal.wonMessage', { title: won.title }) });
      await queryClient.invalidateQueries({ queryKey: ['deals'] });
    } catch (error) {
      const last = stages[stages.length - 1];
      if (isProblem(error, 'stage_gate_unmet') && error.problem.unmet && last) {
        setGate({ deal, target: last, unmet: error.problem.unmet, win: {} });
      } else {
        problems.notify(error);
      }
    }
  };
  // A stable callback for the memoised columns that always runs the latest `win`.
  const winRef = useRef(win);
  winRef.current = win;
  const onWin = useCallback((deal: Deal) => void winRef.current(deal), []);

  const onDragStart = (event: DragStartEvent) =>
    setActive((boardDeals ?? []).find((d) => d.id === event.active.id) ?? null);

  const onDragEnd = async (event: DragEndEvent) => {
    setActive(null);
    const deal = (boardDeals ?? []).find((d) => d.id === event.active.id);
    const target = stages.find((s) => s.id === event.over?.id);
    if (!deal || !target || target.id === deal.stageId) return;
    place({ ...deal, stageId: target.id });
    try {
      const moved = await moveDeal(deal.id, target.id);
      place(moved);
      notifications.show({
        color: 'teal',
        message: t('board.moved', { title: deal.title, stage: target.name }),
      });
      await queryClient.invalidateQueries({ queryKey: ['deals', 'board'] });
    } catch (error) {
      place(deal);
      if (isProblem(error, 'stage_gate_unmet') && error.problem.unmet) {
        setGate({ deal, target, unmet: error.problem.unmet });
      } else {
        problems.notify(error);
      }
    }
  };

  const stageName = (id: unknown) => stages.find((s) => s.id === id)?.name ?? '';
  const dealTitle = (id: unknown) => (boardDeals ?? []).find((d) => d.id === id)?.title ?? '';

  if (pipelines.isPending) return <Loader size="sm" />;
  if (pipelines.isError) return <Text c="red">{t('errors.loadFailed')}</Text>;
  if (!pipeline) return <Text c="dimmed">{t('board.noPipelines')}</Text>;

  return (
    <>
      <PageHeader title={t('board.title')}>
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
        <Select
          label={t('board.owner')}
          placeholder={t('board.allOwners')}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={ownerId}
          onChange={setOwnerId}
          clearable
          searchable
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
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragEnd={(e) => void onDragEnd(e)}
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
          <Group align="flex-start" wrap="nowrap" gap="sm">
            {stages.map((stage) => (
              <Column
                key={stage.id}
                stage={stage}
                deals={byStage.get(stage.id) ?? []}
                total={totals.data ? (totalOf.get(stage.id) ?? NO_DEALS) : undefined}
                hasMore={Boolean(board.data?.more[stage.id])}
                loadingMore={loadingMore === stage.id}
                onLoadMore={onLoadMore}
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
      {creating && <NewDealModal pipelineId={pipeline.id} onClose={() => setCreating(false)} />}
      {losing && <LoseModal deal={losing} onClose={() => setLosing(null)} />}
      {gate && (
        <GateDialog
          key={`${gate.deal.id}:${gate.target.id}:${gate.win ? 'win' : 'move'}`}
          state={gate}
          stages={stages}
          onClose={() => setGate(null)}
          onMoved={place}
        />
      )}
    </>
  );
}
