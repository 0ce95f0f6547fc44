import { Alert, Group, List, Loader, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import { LampLight } from '../lamps/lamp-light.tsx';
import { shortWeek } from '../../../../kernel/web/lib/iso-week.ts';
import { metricPreviewQuery } from '../api/metric-preview-query.ts';
import type { Thresholds } from '../api/types.ts';

/** The problems of an invalid metric (422), each with its path: `metric.ratio.of.count.event`. */
export function MetricErrors({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { message } = useProblemHandler();
  if (!error) return null;
  const items = isProblem(error) ? (error.problem.errors ?? []) : [];
  return (
    <Alert
      color="red"
      title={isProblem(error, 'invalid_metric') ? t('map.builder.invalid') : t('errors.title')}
      role="alert"
    >
      {items.length > 0 ? (
        <List size="sm">
          {items.map((item) => (
            <List.Item key={`${item.path}:${item.message}`}>
              <code>{item.path}</code>: {item.message}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm">{message(error)}</Text>
      )}
    </Alert>
  );
}

/** What the metric being built would have read over the last 13 weeks, asked as it changes. */
export function MetricPreview({
  metric,
  thresholds,
  format,
}: {
  metric: unknown;
  thresholds: Thresholds;
  format: (value: number | null) => string;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(JSON.stringify({ metric, thresholds }), 400);
  const preview = useQuery(metricPreviewQuery(debounced));
  if (preview.error) return <MetricErrors error={preview.error} />;
  const data = preview.data;
  return (
    <Paper withBorder p="sm" bg="gray.0" aria-label={t('map.builder.preview')} component="section">
      <Group justify="space-between" mb={4}>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('map.builder.preview')}
        </Text>
        {preview.isFetching && <Loader size="xs" />}
      </Group>
      {data ? (
        <Stack gap={6}>
          <Text size="sm" data-testid="metric-sentence">
            {data.description}
          </Text>
          <Group gap={4} wrap="wrap">
            {data.weeks.map((week, i) => (
              <Tooltip key={week} label={week}>
                <Stack gap={2} align="center" w={44}>
                  <LampLight status={data.statuses?.[i] ?? 'grey'} size={12} label={week} />
                  <Text size="10px" fw={600}>
                    {format(data.values[i] ?? null)}
                  </Text>
                  <Text size="10px" c="dimmed">
                    {shortWeek(week)}
                  </Text>
                </Stack>
              </Tooltip>
            ))}
          </Group>
        </Stack>
      ) : (
        <Loader size="sm" />
      )}
    </Paper>
  );
}
