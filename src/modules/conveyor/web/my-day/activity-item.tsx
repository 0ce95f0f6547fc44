import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import { dealQuery } from '../api/deal-query.ts';
import type { Activity } from '../api/types.ts';
import { useCompleteActivity } from '../deals/use-activity-write.ts';
import type { PlanTarget } from './plan-next-modal.tsx';

interface Props {
  activity: Activity;
  /** Shown when the list is someone else's or a team's. */
  ownerName: string | null;
  onPlanNext: (target: PlanTarget) => void;
}

/** One planned activity with one-click "Done" and "Done & plan next" (for a deal's activity). */
export function ActivityItem({ activity, ownerName, onPlanNext }: Props) {
  const { t, i18n } = useTranslation();
  const deal = useQuery({ ...dealQuery(activity.dealId ?? ''), enabled: Boolean(activity.dealId) });
  const overdue = activity.state === 'overdue';

  const complete = useCompleteActivity({
    done: () => t('myDay.completed', { subject: activity.subject }),
    onSuccess: (_done, { planNext }) => {
      if (planNext && activity.dealId) {
        onPlanNext({ dealId: activity.dealId, title: deal.data?.title ?? activity.subject });
      }
    },
  });
  const pending = (planNext: boolean) =>
    complete.isPending && Boolean(complete.variables?.planNext) === planNext;

  return (
    <Paper withBorder p="sm" radius="md" role="listitem" aria-label={activity.subject}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600} truncate>
            {t(`activityTypes.${activity.type}`)} · {activity.subject}
          </Text>
          <Group gap="xs" wrap="wrap">
            {activity.dueAt && (
              <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
                {formatDateTime(activity.dueAt, i18n.language)}
              </Text>
            )}
            {activity.dealId && (
              <Text size="xs" component="div">
                <AnchorLink to="/deals/$dealId" params={{ dealId: activity.dealId }}>
                  {deal.data?.title ?? t('myDay.deal')}
                </AnchorLink>
              </Text>
            )}
            {ownerName && (
              <Text size="xs" c="dimmed">
                {ownerName}
              </Text>
            )}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            color={overdue ? 'red' : undefined}
            loading={pending(false)}
            disabled={complete.isPending}
            onClick={() => complete.mutate({ activity })}
            aria-label={t('myDay.doneLabel', { subject: activity.subject })}
          >
            {t('myDay.done')}
          </Button>
          {activity.dealId && (
            <Button
              size="xs"
              variant="default"
              loading={pending(true)}
              disabled={complete.isPending}
              onClick={() => complete.mutate({ activity, planNext: true })}
              aria-label={t('myDay.donePlanLabel', { subject: activity.subject })}
            >
              {t('myDay.donePlan')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
