import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../kernel/web/components/page-header.tsx';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { dismissFirstSteps } from './api/dismiss-first-steps.ts';
import { firstStepsQuery } from './api/first-steps-query.ts';
import type { FirstStepKey, FirstSteps } from './api/types.ts';
import { firstStepsKeys } from './keys.ts';

/** Where each step is done. */
const PLACE: Record<FirstStepKey, '/users' | '/settings/pipelines' | '/board' | '/map'> = {
  invite: '/users',
  pipeline: '/settings/pipelines',
  deal: '/board',
  map: '/map',
};

/**
 * A new workspace's start page: four steps, each ticked from what the team has done (the server
 * reads it from the data), each with the button that takes you where it is done.
 */
export function FirstStepsPage() {
  const { t } = useTranslation();
  const checklist = useQuery(firstStepsQuery);
  const navigate = useNavigate();
  const dismiss = useApiMutation({
    mutationFn: (dismissed: boolean) => dismissFirstSteps(dismissed),
    apply: (queryClient, result: FirstSteps) =>
      queryClient.setQueryData(firstStepsKeys.checklist, result),
    onSuccess: async (result) => {
      if (result.dismissed) await navigate({ to: '/my-day' });
    },
  });

  if (checklist.isPending) return <Loader />;
  if (checklist.isError) return <Alert color="red">{t('errors.loadFailed')}</Alert>;
  const { steps, complete, dismissed } = checklist.data;
  const done = steps.filter((step) => step.done).length;

  return (
    <Stack maw={760} gap="md">
      <PageHeader title={t('firstSteps.title')}>
        {dismissed ? (
          <Button variant="light" onClick={() => dismiss.mutate(false)} loading={dismiss.isPending}>
            {t('firstSteps.restore')}
          </Button>
        ) : (
          <Button
            variant="default"
            onClick={() => dismiss.mutate(true)}
            loading={dismiss.isPending}
          >
            {t('firstSteps.dismiss')}
          </Button>
        )}
      </PageHeader>
      <Text>{t('firstSteps.lead')}</Text>
      <Group gap="sm" wrap="nowrap">
        <Progress
          value={(done * 100) / steps.length}
          flex={1}
          aria-label={t('firstSteps.progress', { done, total: steps.length })}
        />
        <Text size="sm" c="dimmed" data-testid="first-steps-progress">
          {t('firstSteps.progress', { done, total: steps.length })}
        </Text>
      </Group>
      {complete && <Alert color="teal">{t('firstSteps.allDone')}</Alert>}
      {dismissed && !complete && <Alert color="gray">{t('firstSteps.dismissed')}</Alert>}
      <Stack gap="sm" role="list" aria-label={t('firstSteps.title')}>
        {steps.map((step, index) => (
          <StepCard key={step.key} index={index + 1} stepKey={step.key} done={step.done} />
        ))}
      </Stack>
      {!dismissed && (
        <Text size="sm" c="dimmed">
          {t('firstSteps.dismissHint')}
        </Text>
      )}
    </Stack>
  );
}

function StepCard({
  index,
  stepKey,
  done,
}: {
  index: number;
  stepKey: FirstStepKey;
  done: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const title = t(`firstSteps.steps.${stepKey}.title`);
  // Only admins add people (the Users page is theirs); a manager is told who can.
  const canAct = stepKey !== 'invite' || me.user.role === 'admin';
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      role="listitem"
      aria-label={title}
      data-done={done}
      bg={done ? 'teal.0' : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
        <Group wrap="nowrap" align="flex-start" gap="md">
          <ThemeIcon
            size={28}
            radius="xl"
            color={done ? 'teal' : 'gray'}
            variant={done ? 'filled' : 'light'}
            aria-hidden
          >
            {done ? '✓' : index}
          </ThemeIcon>
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={3} size="h5">
                {title}
              </Title>
              <Text size="xs" c={done ? 'teal.8' : 'dimmed'} fw={600}>
                {done ? t('firstSteps.done') : t('firstSteps.todo')}
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              {t(`firstSteps.steps.${stepKey}.text`)}
            </Text>
            {!canAct && (
              <Text size="sm" c="dimmed" fs="italic">
                {t('firstSteps.steps.invite.adminOnly')}
              </Text>
            )}
          </Stack>
        </Group>
        {canAct && (
          <Button
            component={Link}
            to={PLACE[stepKey]}
            variant={done ? 'subtle' : 'light'}
            style={{ flexShrink: 0 }}
          >
            {t(`firstSteps.steps.${stepKey}.action`)}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
