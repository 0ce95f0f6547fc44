import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Figure {
  label: string;
  value: ReactNode;
  /** A second line: a share, a value, a comparison. */
  note?: ReactNode;
  colour?: string;
}

/** The headline numbers of a report in a row of small cards (each a labelled group). */
export function ReportFigures({ figures, label }: { figures: Figure[]; label: string }) {
  return (
    <SimpleGrid
      cols={{ base: 2, sm: Math.min(figures.length, 4), lg: Math.min(figures.length, 5) }}
      spacing="sm"
      role="list"
      aria-label={label}
    >
      {figures.map((f) => (
        <Paper key={f.label} withBorder p="sm" radius="md" role="listitem" aria-label={f.label}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {f.label}
          </Text>
          <Text size="xl" fw={700} c={f.colour}>
            {f.value}
          </Text>
          {f.note !== undefined && (
            <Text size="sm" c="dimmed">
              {f.note}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
