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
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Box, Button, Checkbox, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { useProblemHandler } from '../../components/use-problem-handler.tsx';
import { formatMoney } from '../../lib/format.ts';
import { isProblem } from '../../lib/problem.ts';
import { useMe } from '../../lib/session.ts';
import { DealCard } from './deal-card.tsx';
import {
  allUsersQuery,
  boardDealsQuery,
  type Deal,
  moveDeal,
  pipelinesQuery,
  type Stage,
} from './deals-api.ts';
import { GateDialog, type GateState } from './gate-dialog.tsx';
import { LoseModal } from './lose-modal.tsx';
import { NewDealModal } from './new-deal-modal.tsx';

const COLUMN_WIDTH = 244;
/** Cards drawn per column before "show more": keeps a board with thousands of deals responsive. */
const PAGE = 50;

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
  const deals = useQuery(boardDealsQuery(pipeline?.id ?? ''));
  const users = useQuery(allUsersQuery);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [stuckOnly, setStuckOnly] = useState(false);
  const [noNextOnly, setNoNextOnly] = useState(false);
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
  const stages = useMemo(
    () => [...(pipeline?.stages ?? [])].sort((a, b) => a.order - b.order),
    [pipeline],
  );
  const byStage = useMemo(() => {
    const map = new Map<string, Deal[]>(stages.map((s) => [s.id, []]));
    for (const deal of deals.data ?? []) {
      if (ownerId && deal.ownerId !== ownerId) continue;
      if (stuckOnly && !deal.stuck) continue;
      if (noNextOnly && deal.nextActivity) continue;
      map.get(deal.stageId)?.push(deal);
    }
    return map;
  }, [deals.data, stages, ownerId, stuckOnly, noNextOnly]);

  const pipelineId = pipeline?.id ?? '';
  const place = useCallback(
    (deal: Deal) =>
      queryClient.setQueryData<Deal[]>(boardDealsQuery(pipelineId).queryKey, (old) =>
        old?.map((d) => (d.id === deal.id ? deal : d)),
      ),
    [queryClient, pipelineId],
  );
  const onLose = useCallback((deal: Deal) => setLosing(deal), []);

  const onDragStart = (event: DragStartEvent) =>
    setActive((deals.data ?? []).find((d) => d.id === event.active.id) ?? null);

  const onDragEnd = async (event: DragEndEvent) => {
    setActive(null);
    const deal = (deals.data ?? []).find((d) => d.id === event.active.id);
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
  const dealTitle = (id: unknown) => (deals.data ?? []).find((d) => d.id === id)?.title ?? '';

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
        {deals.isFetching && <Loader size="xs" mb={10} />}
      </Group>
      {deals.isError && <Text c="red">{t('errors.loadFailed')}</Text>}
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
                ownerNames={ownerNames}
                timeZone={me.workspace.timezone}
                currency={me.workspace.currency}
                language={i18n.language}
                onLose={onLose}
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
          key={`${gate.deal.id}:${gate.target.id}`}
          state={gate}
          stages={stages}
          onClose={() => setGate(null)}
          onMoved={place}
        />
      )}
    </>
  );
}

/** The sum of a column's values per currency, formatted for the locale. */
function totals(deals: Deal[], fallback: string, language: string): string {
  const sums = new Map<string, number>();
  for (const d of deals) sums.set(d.currency, (sums.get(d.currency) ?? 0) + (d.value ?? 0));
  if (sums.size === 0) return formatMoney(0, fallback, language);
  return [...sums].map(([currency, sum]) => formatMoney(sum, currency, language)).join(' + ');
}

interface ColumnProps {
  stage: Stage;
  deals: Deal[];
  ownerNames: Map<string, string>;
  timeZone: string;
  currency: string;
  language: string;
  onLose: (deal: Deal) => void;
}

const Column = memo(function Column({
  stage,
  deals,
  ownerNames,
  timeZone,
  currency,
  language,
  onLose,
}: ColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  const [shown, setShown] = useState(PAGE);
  const hidden = deals.length - shown;
  return (
    <Box
      ref={setNodeRef}
      role="region"
      aria-label={stage.name}
      w={COLUMN_WIDTH}
      miw={COLUMN_WIDTH}
      p="xs"
      bg={isOver ? 'indigo.0' : 'gray.0'}
      style={{
        borderRadius: 8,
        border: `1px solid var(--mantine-color-${isOver ? 'indigo-3' : 'gray-3'})`,
        minHeight: 320,
      }}
    >
      <Stack gap={2} mb="xs">
        <Title order={3} size="h5">
          {stage.name}
        </Title>
        <Group justify="space-between" gap={4}>
          <Text size="xs" c="dimmed">
            {t('board.deals', { count: deals.length })}
          </Text>
          <Text size="xs" fw={600}>
            {totals(deals, currency, language)}
          </Text>
        </Group>
      </Stack>
      <Stack gap="xs">
        {deals.slice(0, shown).map((deal) => (
          <DraggableCard
            key={deal.id}
            deal={deal}
            ownerName={ownerNames.get(deal.ownerId ?? '') ?? ''}
            timeZone={timeZone}
            onLose={onLose}
          />
        ))}
        {hidden > 0 && (
          <Button variant="subtle" size="xs" onClick={() => setShown((n) => n + PAGE)}>
            {t('board.showMore', { count: Math.min(hidden, PAGE), total: hidden })}
          </Button>
        )}
        {deals.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {t('board.emptyColumn')}
          </Text>
        )}
      </Stack>
    </Box>
  );
});

function DraggableCard(props: {
  deal: Deal;
  ownerName: string;
  timeZone: string;
  onLose: (deal: Deal) => void;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: props.deal.id });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      aria-label={t('board.cardLabel', { title: props.deal.title })}
      aria-roledescription={t('board.dnd.role')}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: 'grab', touchAction: 'none' }}
    >
      <DealCard {...props} />
    </div>
  );
}
