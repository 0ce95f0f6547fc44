import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../kernel/web/lib/format.ts';
import type { BoardDeal } from '../api/types.ts';
import type { CardMarker } from './card-markers.ts';

const COLOR: Record<CardMarker, string> = { overdue: 'red', noNextStep: 'orange', stuck: 'red' };

/**
 * One warning on a card: a short word on the card, the whole sentence in its tooltip and as
 * its accessible name (a screen reader hears the sentence, not just "Overdue").
 */
export function CardMarkerBadge({
  marker,
  deal,
  rotDays,
  timeZone,
}: {
  marker: CardMarker;
  deal: BoardDeal;
  rotDays: number | null | undefined;
  timeZone: string;
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
        role="img"
        aria-label={hint}
        style={{ flexShrink: 0, maxWidth: '100%' }}
      >
        {t(`cardMarkers.${marker}`)}
      </Badge>
    </Tooltip>
  );
}
