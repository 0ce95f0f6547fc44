import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LegendItem {
  name: string;
  colour: string;
  /** A border in this colour marks the series (a growing loss reason's warning red). */
  outline?: string;
}

/**
 * A chart's legend as page text under it, for charts with a series per person or reason: it
 * wraps onto as many lines as the names need in any language, where ECharts' own legend either
 * pages ("1/2", hiding the rest) or runs into the plot.
 */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  const { t } = useTranslation();
  return (
    <Group
      component="ul"
      aria-label={t('reports.legend')}
      gap="xs"
      wrap="wrap"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {items.map((item) => (
        <Group component="li" key={`${item.name}-${item.colour}`} gap={6} wrap="nowrap">
          <Box
            w={12}
            h={12}
            style={{
              flex: 'none',
              borderRadius: 2,
              background: item.colour,
              border: item.outline ? `2px solid ${item.outline}` : undefined,
            }}
          />
          <Text size="xs" c="dark.6">
            {item.name}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
