import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Box, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../kernel/web/lib/format.ts';
import { useCanEdit } from '../../../identity/web/index.ts';
import { DealCard } from './deal-card.tsx';
import { markerId } from './card-marker-badge.tsx';
import { cardMarkers } from './card-markers.ts';
import type { BoardDeal, Deal, Stage } from '../api/types.ts';

export const COLUMN_WIDTH = 244;
/** A card's usual height; the real one is measured once drawn. */
const CARD_ESTIMATE = 132;
const CARD_GAP = 8;

/** A sum in each currency, and the same weighted by the chance of winning. */
export type CurrencyTotals = { currency: string; amount: number; weighted: number }[];

/** A column's (or the pipeline's) value or weighted value per currency, formatted for the locale. */
export function formatTotals(
  values: CurrencyTotals,
  which: 'amount' | 'weighted',
  fallback: string,
  language: string,
): string {
  if (values.length === 0) return formatMoney(0, fallback, language);
  return values.map((v) => formatMoney(v[which], v.currency, language)).join(' + ');
}

/** The sums of the cards drawn: the header until the server's totals arrive. */
function drawnTotals(
  deals: Deal[],
  probability: number,
): { count: number; values: CurrencyTotals } {
  const sums = new Map<string, number>();
  for (const d of deals) sums.set(d.currency, (sums.get(d.currency) ?? 0) + (d.value ?? 0));
  return {
    count: deals.length,
    values: [...sums].map(([currency, amount]) => ({
      currency,
      amount,
      weighted: Math.round(amount * probability) / 100,
    })),
  };
}

interface ColumnProps {
  stage: Stage;
  deals: BoardDeal[];
  /** Every deal of the stage under the filters, drawn or not. */
  total: { count: number; values: CurrencyTotals } | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: (stageId: string) => void;
  ownerNames: Map<string, string>;
  timeZone: string;
  currency: string;
  language: string;
  onLose: (deal: Deal) => void;
  onWin: (deal: Deal) => void;
}

/**
 * One stage of the board. Its cards scroll inside the column and only those in view (plus a few
 * around) are drawn, so a column with hundreds of deals stays as quick as one with ten.
 */
export const Column = memo(function Column({
  stage,
  deals,
  total,
  hasMore,
  loadingMore,
  onLoadMore,
  ownerNames,
  timeZone,
  currency,
  language,
  onLose,
  onWin,
}: ColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: deals.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_ESTIMATE,
    getItemKey: (index) => deals[index]?.id ?? index,
    gap: CARD_GAP,
    overscan: 6,
  });
  const header = total ?? drawnTotals(deals, stage.probability);
  // Scrolling near the last drawn card asks for the next page, as a long list would.
  const lastDrawn = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastDrawn >= deals.length - 3) onLoadMore(stage.id);
  }, [hasMore, loadingMore, lastDrawn, deals.length, onLoadMore, stage.id]);
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
            {t('board.deals', { count: header.count })}
          </Text>
          <Text size="xs" fw={600} ta="right" style={{ overflowWrap: 'anywhere' }}>
            {formatTotals(header.values, 'amount', currency, language)}
          </Text>
        </Group>
        <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
          <Tooltip
            label={t('boardTotals.stageWeightedHint', { probability: stage.probability })}
            multiline
            w={220}
          >
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('boardTotals.weightedAt', { probability: stage.probability })}
            </Text>
          </Tooltip>
          <Text size="xs" c="dimmed" fw={600} ta="right" style={{ overflowWrap: 'anywhere' }}>
            {formatTotals(header.values, 'weighted', currency, language)}
          </Text>
        </Group>
      </Stack>
      {deals.length === 0 ? (
        <Text size="xs" c="dimmed" ta="center" py="md">
          {t('board.emptyColumn')}
        </Text>
      ) : (
        <div
          ref={scrollRef}
          role="list"
          aria-label={t('board.cardsOf', { stage: stage.name })}
          // Room below the last card for its shadow; tall columns scroll inside the page.
          style={{ maxHeight: 'calc(100dvh - 300px)', overflowY: 'auto', paddingBottom: 2 }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const deal = deals[item.index]!;
              return (
                <div
                  key={item.key}
                  role="listitem"
                  aria-setsize={header.count}
                  aria-posinset={item.index + 1}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <DraggableCard
                    deal={deal}
                    rotDays={stage.rotDays}
                    ownerName={ownerNames.get(deal.ownerId ?? '') ?? ''}
                    timeZone={timeZone}
                    onLose={onLose}
                    onWin={onWin}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
      {hasMore && (
        <Button
          variant="subtle"
          size="compact-xs"
          fullWidth
          mt={4}
          loading={loadingMore}
          onClick={() => onLoadMore(stage.id)}
        >
          {t('board.showMore', { count: Math.max(header.count - deals.length, 0) })}
        </Button>
      )}
    </Box>
  );
});

function DraggableCard(props: {
  deal: BoardDeal;
  rotDays: number | null;
  ownerName: string;
  timeZone: string;
  onLose: (deal: Deal) => void;
  onWin: (deal: Deal) => void;
}) {
  const { t } = useTranslation();
  // A deal beyond the person's edit permission stays on the board but does not move.
  const locked = !useCanEdit()(props.deal.ownerId);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: props.deal.id,
    disabled: locked,
  });
  // A locked card is not a drag handle at all: dnd-kit would mark it aria-disabled, which reads
  // as if the card (and its link) could not be used.
  const handle = locked
    ? {}
    : { ...attributes, ...listeners, 'aria-roledescription': t('board.dnd.role') };
  // The card's markers are its description, after dnd-kit's instructions (when it has them).
  const described = [
    locked ? null : attributes['aria-describedby'],
    ...cardMarkers(props.deal, Date.now()).map((m) => markerId(props.deal.id, m)),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={setNodeRef}
      {...handle}
      aria-label={t('board.cardLabel', { title: props.deal.title })}
      aria-describedby={described || undefined}
      style={{
        opacity: isDragging ? 0.4 : 1,
        cursor: locked ? 'default' : 'grab',
        touchAction: locked ? 'auto' : 'none',
      }}
    >
      <DealCard {...props} locked={locked} />
    </div>
  );
}
