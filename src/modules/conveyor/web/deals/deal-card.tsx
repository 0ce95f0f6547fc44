import { ActionIcon, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { formatDate, formatMoney } from '../../../../kernel/web/lib/format.ts';
import { CompanyName } from '../../../accounts/web/index.ts';
import type { BoardDeal, Deal } from '../api/types.ts';
import { CardMarkerBadge } from './card-marker-badge.tsx';
import { cardMarkers } from './card-markers.ts';

const DAY = 86_400_000;

interface Props {
  deal: BoardDeal;
  ownerName: string;
  timeZone: string;
  /** The stage's rot days, for the stuck marker's tooltip. */
  rotDays?: number | null;
  onLose?: (deal: Deal) => void;
  onWin?: (deal: Deal) => void;
  /** Drawn in the drag overlay: no menu, a lifted look. */
  lifted?: boolean;
  /** Beyond the person's edit permission: win and lose are offered disabled. */
  locked?: boolean;
}

/** One deal on the board. Memoised: a board re-renders its cards only when their deal changes. */
export const DealCard = memo(function DealCard({
  deal,
  ownerName,
  timeZone,
  rotDays,
  onLose,
  onWin,
  lifted,
  locked = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const days = Math.max(0, Math.floor((Date.now() - Date.parse(deal.stageEnteredAt)) / DAY));
  const next = deal.nextActivity;
  const markers = cardMarkers(deal, Date.now());
  const marker = (m: (typeof markers)[number]) =>
    markers.includes(m) && (
      <CardMarkerBadge
        marker={m}
        deal={deal}
        rotDays={rotDays}
        timeZone={timeZone}
        withId={!lifted}
      />
    );

  return (
    <Paper withBorder p="xs" radius="md" shadow={lifted ? 'md' : 'xs'} bg="white">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
          <Text fw={600} size="sm" lineClamp={2}>
            {lifted ? (
              deal.title
            ) : (
              <AnchorLink
                to="/deals/$dealId"
                params={{ dealId: deal.id }}
                c="inherit"
                onKeyDown={(e) => e.stopPropagation()}
              >
                {deal.title}
              </AnchorLink>
            )}
          </Text>
          {onLose && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t('board.actions', { title: deal.title })}
                  onPointerDown={(e) => e.stopPropagation()}
                  onKeyDown={(e) => e.stopPropagation()}
                >
                  ⋯
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  onClick={() =>
                    void navigate({ to: '/deals/$dealId', params: { dealId: deal.id } })
                  }
                >
                  {t('board.open')}
                </Menu.Item>
                {onWin && (
                  <Menu.Item color="teal" disabled={locked} onClick={() => onWin(deal)}>
                    {t('board.win')}
                  </Menu.Item>
                )}
                <Menu.Item color="red" disabled={locked} onClick={() => onLose(deal)}>
                  {t('board.lose')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
        {deal.companyId && (
          <Text size="xs" component="div">
            <CompanyName id={deal.companyId} name={deal.companyName} />
          </Text>
        )}
        <Group justify="space-between" gap={4} wrap="nowrap">
          {deal.value !== null ? (
            <Text size="sm" fw={500}>
              {formatMoney(deal.value, deal.currency, i18n.language)}
            </Text>
          ) : (
            // No value yet reads differently from a value of zero.
            <Text size="sm" c="dimmed" fs="italic" title={t('cardMarkers.noValueHint')}>
              {t('cardMarkers.noValue')}
            </Text>
          )}
          {marker('stuck')}
        </Group>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            {ownerName}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('board.daysInStage', { count: days })}
          </Text>
        </Group>
        {next ? (
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Text size="xs" c={markers.includes('overdue') ? 'red' : undefined} truncate>
              {t(`activityTypes.${next.type}`, { defaultValue: next.type })}
              {next.dueAt && ` · ${formatDate(next.dueAt, i18n.language, timeZone)}`}
            </Text>
            {marker('overdue')}
          </Group>
        ) : (
          <Group gap={4}>{marker('noNextStep')}</Group>
        )}
      </Stack>
    </Paper>
  );
});
