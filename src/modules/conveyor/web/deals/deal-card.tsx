import { ActionIcon, Badge, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { formatDate, formatMoney } from '../../../../kernel/web/lib/format.ts';
import { CompanyName } from '../../../accounts/web/index.ts';
import type { BoardDeal, Deal } from '../api/types.ts';

const DAY = 86_400_000;

interface Props {
  deal: BoardDeal;
  ownerName: string;
  timeZone: string;
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
  onLose,
  onWin,
  lifted,
  locked = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const days = Math.max(0, Math.floor((Date.now() - Date.parse(deal.stageEnteredAt)) / DAY));
  const next = deal.nextActivity;

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
          <Text size="sm" fw={500}>
            {deal.value !== null ? formatMoney(deal.value, deal.currency, i18n.language) : '—'}
          </Text>
          {deal.stuck && (
            <Badge color="red" size="xs" variant="filled">
              {t('board.stuck')}
            </Badge>
          )}
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
          <Text size="xs">
            {t(`activityTypes.${next.type}`, { defaultValue: next.type })}
            {next.dueAt && ` · ${formatDate(next.dueAt, i18n.language, timeZone)}`}
          </Text>
        ) : (
          <Text size="xs" c="red" fw={600}>
            {t('board.noNextStep')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
});
