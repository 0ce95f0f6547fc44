import {
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { leadLoadQuery } from './api/lead-load-query.ts';

/** Managers: each hunter's open leads against their limit, and the unassigned queue. */
export function LeadLoadPanel({ onShowQueue }: { onShowQueue: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const load = useQuery(leadLoadQuery);
  if (!load.data) return null;
  const { people, unassigned } = load.data;
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5" id={titleId}>
          {t('leads.load.title')}
        </Title>
        <Group gap="xs">
          <Text
            size="sm"
            c={unassigned > 0 ? 'orange.8' : 'dimmed'}
            fw={unassigned > 0 ? 600 : 400}
          >
            {t('leads.load.queue', { count: unassigned })}
          </Text>
          {unassigned > 0 && (
            <Button size="xs" variant="light" color="orange" onClick={onShowQueue}>
              {t('leads.load.showQueue')}
            </Button>
          )}
        </Group>
      </Group>
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('leads.load.noHunters')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          {people.map((p) => {
            const share = p.leadLimit ? Math.min(100, (p.openLeads / p.leadLimit) * 100) : 0;
            return (
              <Stack key={p.userId} gap={4} aria-label={p.name} role="group">
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="sm" fw={500} truncate>
                    {p.name}
                  </Text>
                  {!p.active ? (
                    <Badge size="xs" color="gray">
                      {t('leads.load.inactive')}
                    </Badge>
                  ) : !p.available ? (
                    <Badge size="xs" color="red">
                      {t('leads.load.full')}
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  {p.leadLimit === null
                    ? t('leads.load.noLimit', { count: p.openLeads })
                    : t('leads.load.ofLimit', { count: p.openLeads, limit: p.leadLimit })}
                </Text>
                {p.leadLimit !== null && (
                  <Progress
                    value={share}
                    color={share >= 100 ? 'red' : share >= 80 ? 'orange' : 'teal'}
                    size="sm"
                    aria-label={t('leads.load.ofLimit', { count: p.openLeads, limit: p.leadLimit })}
                  />
                )}
              </Stack>
            );
          })}
        </SimpleGrid>
      )}
    </Paper>
  );
}
