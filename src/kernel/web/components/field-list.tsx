import { Button, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/**
 * A record's fields in a card with its title and "Edit"; `children` go under the fields.
 * `readOnly` is the reason the person may not edit the record: Edit is disabled and says it.
 */
export function FieldsCard({
  title,
  items,
  onEdit,
  readOnly,
  children,
}: {
  title: string;
  items: FieldItem[];
  onEdit: () => void;
  readOnly?: string | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Tooltip label={readOnly} disabled={!readOnly}>
          <Button variant="default" size="xs" onClick={onEdit} disabled={Boolean(readOnly)}>
            {t('common.edit')}
          </Button>
        </Tooltip>
      </Group>
      <FieldList items={items} />
      {children}
    </Paper>
  );
}
