import { Badge, Breadcrumbs, Button, Grid, Group, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { CurrentStage } from './current-stage.tsx';
import { DealActivities } from './deal-activities.tsx';
import { DealFields } from './deal-fields.tsx';
import { DealHistory } from './deal-history.tsx';
import {
  type Deal,
  dealQuery,
  moveDeal,
  pipelinesQuery,
  reopenDeal,
  type Stage,
} from './deals-api.ts';
import { EditDealModal } from './edit-deal-modal.tsx';
import { GateDialog, type GateState } from './gate-dialog.tsx';
import { LoseModal } from './lose-modal.tsx';
import { StagePath } from './stage-path.tsx';
import { WinModal } from './win-modal.tsx';

const route = getRouteApi('/app/deals/$dealId');

/**
 * The deal card: the stage path, the current stage's goal, guidance and checklist, fields,
 * activities and history.
 */
export function DealPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { dealId } = route.useParams();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const deal = useQuery(dealQuery(dealId));
  const pipelines = useQuery(pipelinesQuery);
  const [gate, setGate] = useState<GateState | null>(null);
  const [losing, setLosing] = useState(false);
  const [winning, setWinning] = useState(false);
  const [editing, setEditing] = useState(false);

  const place = (d: Deal) => queryClient.setQueryData(dealQuery(d.id).queryKey, d);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['deals'] }),
      queryClient.invalidateQueries({ queryKey: ['activities'] }),
    ]);

  const move = useMutation({
    mutationFn: ({ stage }: { deal: Deal; stage: Stage }) => moveDeal(dealId, stage.id),
    onSuccess: async (moved, { stage }) => {
      place(moved);
      notifications.show({
        color: 'teal',
        message: t('board.moved', { title: moved.title, stage: stage.name }),
      });
      await refresh();
    },
    onError: (error, { deal: d, stage }) => {
      if (isProblem(error, 'stage_gate_unmet') && error.problem.unmet)
        setGate({ deal: d, target: stage, unmet: error.problem.unmet });
      else problems.notify(error);
    },
  });
  const reopen = useMutation({
    mutationFn: () => reopenDeal(dealId),
    onSuccess: async (d) => {
      place(d);
      notifications.show({ color: 'teal', message: t('deal.reopened', { title: d.title }) });
      await refresh();
    },
    onError: (error) => problems.notify(error),
  });

  if (!deal.data || !pipelines.data) return <PageState error={deal.error ?? pipelines.error} />;
  const d = deal.data;
  const pipeline = pipelines.data.items.find((p) => p.id === d.pipelineId);
  const stages = [...(pipeline?.stages ?? [])].sort((a, b) => a.order - b.order);
  const stage = stages.find((s) => s.id === d.stageId);
  const last = stages.at(-1);
  const open = d.status === 'open';

  return (
    <>
      <Breadcrumbs mb="xs">
        <AnchorLink to="/board" size="sm">
          {t('board.title')}
        </AnchorLink>
        <Text size="sm">{d.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="center" mb="md" wrap="wrap">
        <Group gap="sm">
          <Title order={2}>{d.title}</Title>
          <Badge color={open ? 'indigo' : d.status === 'won' ? 'teal' : 'red'} variant="light">
            {t(`deal.status.${d.status}`)}
          </Badge>
          {d.stuck && <Badge color="red">{t('board.stuck')}</Badge>}
        </Group>
        <Group gap="xs">
          {open ? (
            <>
              <Button color="teal" onClick={() => setWinning(true)}>
                {t('deal.win')}
              </Button>
              <Button color="red" variant="light" onClick={() => setLosing(true)}>
                {t('deal.lose')}
              </Button>
            </>
          ) : (
            <Button variant="default" loading={reopen.isPending} onClick={() => reopen.mutate()}>
              {t('deal.reopen')}
            </Button>
          )}
        </Group>
      </Group>
      {!open && d.closeComment && (
        <Text size="sm" c="dimmed" mb="sm">
          {d.closeComment}
        </Text>
      )}
      <StagePath
        deal={d}
        stages={stages}
        busy={move.isPending}
        onPick={(s) => move.mutate({ deal: d, stage: s })}
      />
      {stage && <CurrentStage deal={d} stage={stage} place={place} />}
      <Grid gap="lg" mt="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DealFields deal={d} onEdit={() => setEditing(true)} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DealActivities deal={d} timeZone={me.workspace.timezone} />
        </Grid.Col>
      </Grid>
      <DealHistory dealId={d.id} />
      {gate && (
        <GateDialog
          key={`${gate.deal.id}:${gate.target.id}:${gate.win ? 'win' : 'move'}`}
          state={gate}
          stages={stages}
          onClose={() => setGate(null)}
          onMoved={place}
        />
      )}
      {losing && <LoseModal deal={d} onClose={() => setLosing(false)} onLost={place} />}
      {winning && last && (
        <WinModal
          deal={d}
          onClose={() => setWinning(false)}
          onWon={place}
          onGate={(unmet, comment) => {
            setWinning(false);
            setGate({ deal: d, target: last, unmet, win: { comment } });
          }}
        />
      )}
      {editing && <EditDealModal key={d.version} deal={d} onClose={() => setEditing(false)} />}
    </>
  );
}
