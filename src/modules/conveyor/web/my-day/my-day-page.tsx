import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { allUsersQuery } from '../../../identity/web/index.ts';
import { overdueQuery, todayQuery } from '../api/my-day-activities-query.ts';
import { myDealsQuery } from '../api/my-day-deals-query.ts';
import { pipelinesQuery } from '../api/pipelines-query.ts';
import type { Activity, Deal } from '../api/types.ts';
import { ActivityItem } from './activity-item.tsx';
import { DealItem } from './deal-item.tsx';
import { PlanNextModal, type PlanTarget } from './plan-next-modal.tsx';
import { defaultScope, ScopeSelect, scopeOf, type ScopeValue } from './scope-select.tsx';
import { todayBounds } from './today-bounds.ts';
import { MyMentions } from '../notes/my-mentions.tsx';

/**
 * The salesperson's home page: what is overdue, what is due today (in the browser's time zone),
 * and which open deals have no next step or are stuck. Managers look at a person or a team.
 */
export function MyDayPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canPick = me.user.role === 'admin' || me.user.role === 'manager';
  const [picked, setPicked] = useState<ScopeValue>(() =>
    defaultScope(me.user.role, me.user.teamId),
  );
  const scope = scopeOf(picked, me.user.id);
  const mine = scope.kind === 'user' && scope.id === me.user.id;
  const [planning, setPlanning] = useState<PlanTarget | null>(null);
  const { end } = todayBounds();

  const overdue = useQuery(overdueQuery(scope));
  const today = useQuery(todayQuery(scope, end));
  const noNext = useQuery(myDealsQuery(scope, 'noNextActivity'));
  const stuck = useQuery(myDealsQuery(scope, 'stuck'));
  const users = useQuery(allUsersQuery);
  const pipelines = useQuery(pipelinesQuery);

  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.name])), [users.data]);
  const stageNames = useMemo(
    () =>
      new Map(
        (pipelines.data?.items ?? []).flatMap((p) => p.stages.map((s) => [s.id, s.name] as const)),
      ),
    [pipelines.data],
  );
  // Owners are worth naming only when the list is not the viewer's own.
  const ownerName = (id: string | null) => (mine || !id ? null : (names.get(id) ?? null));
  const activityItems = (list: Activity[] | undefined) =>
    list?.map((a) => (
      <ActivityItem
        key={a.id}
        activity={a}
        ownerName={ownerName(a.ownerId)}
        onPlanNext={setPlanning}
      />
    ));
  const dealItems = (list: Deal[] | undefined) =>
    list?.map((d) => (
      <DealItem
        key={d.id}
        deal={d}
        stageName={stageNames.get(d.stageId) ?? ''}
        ownerName={ownerName(d.ownerId)}
        onPlanNext={setPlanning}
      />
    ));

  return (
    <>
      <PageHeader title={t('myDay.title')}>
        {canPick && <ScopeSelect value={picked} myId={me.user.id} onChange={setPicked} />}
      </PageHeader>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section
          title={t('myDay.overdue')}
          count={t('myDay.activities', { count: overdue.data?.length ?? 0 })}
          query={overdue}
          empty={t('myDay.overdueEmpty')}
        >
          {activityItems(overdue.data)}
        </Section>
        <Section
          title={t('myDay.today')}
          count={t('myDay.activities', { count: today.data?.length ?? 0 })}
          query={today}
          empty={t('myDay.todayEmpty')}
        >
          {activityItems(today.data)}
        </Section>
        <Section
          title={t('myDay.noNext')}
          count={t('myDay.deals', { count: noNext.data?.length ?? 0 })}
          query={noNext}
          empty={t('myDay.noNextEmpty')}
          emptyAction={
            <Button component={Link} to="/board" variant="light" size="xs">
              {t('myDay.openBoard')}
            </Button>
          }
        >
          {dealItems(noNext.data)}
        </Section>
        <Section
          title={t('myDay.stuck')}
          count={t('myDay.deals', { count: stuck.data?.length ?? 0 })}
          query={stuck}
          empty={t('myDay.stuckEmpty')}
        >
          {dealItems(stuck.data)}
        </Section>
      </SimpleGrid>
      {mine && <MyMentions />}
      {planning && (
        <PlanNextModal key={planning.dealId} target={planning} onClose={() => setPlanning(null)} />
      )}
    </>
  );
}

function Section({
  title,
  count,
  query,
  empty,
  emptyAction,
  children,
}: {
  title: string;
  count: string;
  query: UseQueryResult<unknown[]>;
  empty: string;
  /** What to do about an empty list, where there is something to do. */
  emptyAction?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        {query.isSuccess && (
          <Text size="sm" c="dimmed">
            {count}
          </Text>
        )}
      </Group>
      {query.isPending && <Loader size="sm" />}
      {query.isError && <Alert color="red">{t('errors.loadFailed')}</Alert>}
      {query.isSuccess && query.data.length === 0 && (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
          {emptyAction}
        </Stack>
      )}
      <Stack gap="xs" role="list" aria-label={title}>
        {children}
      </Stack>
    </Paper>
  );
}
