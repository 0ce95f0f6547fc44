import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FieldItem {
  label: string;
  value: ReactNode;
}

/** Read-only label/value pairs on a detail page; empty values show a dash. */
export function FieldList({ items }: { items: FieldItem[] }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md">
      {items.map((item) => (
        <Stack key={item.label} gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {item.label}
          </Text>
          <Text component="div" style={{ overflowWrap: 'anywhere' }}>
            {item.value || '—'}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
