import { Group, Paper, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTotals, type CurrencyTotals } from './board-column.tsx';

/**
 * The whole pipeline under the board's filters: how many deals, their value and their value
 * weighted by each stage's probability — counted by the server over every deal, not the cards
 * drawn.
 */
export function PipelineTotals({
  totals,
  currency,
  language,
}: {
  totals: { count: number; values: CurrencyTotals };
  currency: string;
  language: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      px="sm"
      py={6}
      mb="sm"
      bg="gray.0"
      role="region"
      aria-label={t('boardTotals.pipeline')}
    >
      <Group gap="lg" wrap="wrap" align="baseline">
        <Text size="sm" fw={600}>
          {t('boardTotals.all')}
        </Text>
        <Text size="sm">{t('board.deals', { count: totals.count })}</Text>
        <Text size="sm">
          {t('boardTotals.value')}:{' '}
          <Text span fw={600} inherit>
            {formatTotals(totals.values, 'amount', currency, language)}
          </Text>
        </Text>
        <Tooltip label={t('boardTotals.weightedHint')} multiline w={260}>
          <Text size="sm">
            {t('boardTotals.weighted')}:{' '}
            <Text span fw={600} inherit>
              {formatTotals(totals.values, 'weighted', currency, language)}
            </Text>
          </Text>
        </Tooltip>
      </Group>
    </Paper>
  );
}
