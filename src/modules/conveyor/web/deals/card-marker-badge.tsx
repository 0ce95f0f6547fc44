import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../kernel/web/lib/format.ts';
import type { BoardDeal } from '../api/types.ts';
import type { CardMarker } from './card-markers.ts';

const COLOR: Record<CardMarker, string> = { overdue: 'red', noNextStep: 'orange', stuck: 'red' };

/** The id of a card's marker, which the card names as its description. */
export const markerId = (dealId: string, marker: CardMarker) => `marker-${marker}-${dealId}`;

/**
 * One warning on a card: a short word on the card, the whole sentence in its tooltip and as
 * its accessible name (a screen reader hears the sentence, not just "Overdue"). A draggable card
 * is a button, whose children a screen reader does not read: it names its markers as its
 * description instead (`aria-describedby`, by `markerId`).
 */
export function CardMarkerBadge({
  marker,
  deal,
  rotDays,
  timeZone,
  withId,
}: {
  marker: CardMarker;
  deal: BoardDeal;
  rotDays: number | null | undefined;
  timeZone: string;
  /** False for the copy in the drag overlay: an id appears once on a page. */
  withId: boolean;
}) {
  const { t, i18n } = useTranslation();
  const next = deal.nextActivity;
  const hint =
    marker === 'overdue' && next?.dueAt
      ? t('cardMarkers.overdueHint', {
          type: t(`activityTypes.${next.type}`, { defaultValue: next.type }),
          date: formatDate(next.dueAt, i18n.language, timeZone),
        })
      : marker === 'stuck' && rotDays != null
        ? t('cardMarkers.stuckHint', { count: rotDays })
        : t(`cardMarkers.${marker === 'stuck' ? 'stuck' : 'noNextStepHint'}`);
  return (
    <Tooltip label={hint} multiline w={240} withinPortal>
      <Badge
        color={COLOR[marker]}
        variant={marker === 'stuck' ? 'filled' : 'light'}
        size="xs"
        id={withId ? markerId(deal.id, marker) : undefined}
        role="img"
        aria-label={hint}
        style={{ flexShrink: 0, maxWidth: '100%' }}
      >
        {t(`cardMarkers.${marker}`)}
      </Badge>
    </Tooltip>
  );
}
