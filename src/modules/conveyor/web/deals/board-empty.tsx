import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isManager } from '../../../../contract/roles.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';

/** A workspace without a pipeline has no board yet: who makes one, and where. */
export function BoardWithoutPipeline() {
  const { t } = useTranslation();
  const me = useMe();
  const manager = isManager(me.user.role);
  return (
    <Stack gap="xs" align="flex-start">
      <Text c="dimmed">
        {manager ? t('board.noPipelinesManager') : t('board.noPipelinesMember')}
      </Text>
      {manager && (
        <Button component={Link} to="/settings/pipelines" variant="light">
          {t('board.createPipeline')}
        </Button>
      )}
    </Stack>
  );
}

/** A board with no deal at all (and no filter hiding them): the first one, and what follows. */
export function BoardWithoutDeals({ onNew }: { onNew: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="indigo" variant="light" mb="md" title={t('board.emptyTitle')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('board.emptyText')}</Text>
        <Button size="xs" onClick={onNew}>
          {t('board.newDeal')}
        </Button>
      </Group>
    </Alert>
  );
}
