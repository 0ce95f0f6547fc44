import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { formatMoney } from '../../../../kernel/web/lib/format.ts';
import type { Deal } from '../api/types.ts';
import type { PlanTarget } from './plan-next-modal.tsx';

const DAY = 86_400_000;

interface Props {
  deal: Deal;
  stageName: string;
  ownerName: string | null;
  onPlanNext: (target: PlanTarget) => void;
}

/** An open deal that needs attention: its link, stage, value, idle days and "Plan next step". */
export function DealItem({ deal, stageName, ownerName, onPlanNext }: Props) {
  const { t, i18n } = useTranslation();
  const days = Math.max(0, Math.floor((Date.now() - Date.parse(deal.stageEnteredAt)) / DAY));
  return (
    <Paper withBorder p="sm" radius="md" role="listitem" aria-label={deal.title}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} truncate>
              <AnchorLink to="/deals/$dealId" params={{ dealId: deal.id }} c="inherit">
                {deal.title}
              </AnchorLink>
            </Text>
            {deal.stuck && (
              <Badge color="red" size="xs" variant="filled">
                {t('board.stuck')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed">
              {stageName} · {t('board.daysInStage', { count: days })}
            </Text>
            {deal.value !== null && (
              <Text size="xs" fw={500}>
                {formatMoney(deal.value, deal.currency, i18n.language)}
              </Text>
            )}
            {ownerName && (
              <Text size="xs" c="dimmed">
                {ownerName}
              </Text>
            )}
            {!deal.nextActivity && (
              <Text size="xs" c="red" fw={600}>
                {t('board.noNextStep')}
              </Text>
            )}
          </Group>
        </Stack>
        <Button
          size="xs"
          variant="light"
          onClick={() => onPlanNext({ dealId: deal.id, title: deal.title })}
          aria-label={t('myDay.planNextLabel', { title: deal.title })}
        >
          {t('myDay.planNext')}
        </Button>
      </Group>
    </Paper>
  );
}
