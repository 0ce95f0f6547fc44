import { Badge, Breadcrumbs, Button, Grid, Group, Text, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isManager } from '../../../../contract/roles.ts';
import { useDealSections } from '../../../../kernel/web/app/deal-sections.tsx';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { useCanEdit } from '../../../identity/web/index.ts';
import { boardStages } from '../api/board-deals-query.ts';
import { dealQuery } from '../api/deal-query.ts';
import { pipelinesQuery } from '../api/pipelines-query.ts';
import { CurrentStage } from './current-stage.tsx';
import { DealActivities } from './deal-activities.tsx';
import { DealFields } from './deal-fields.tsx';
import { EditDealModal } from './edit-deal-modal.tsx';
import { Gate, type GateState } from './gate-dialog.tsx';
import { LoseModal } from './lose-modal.tsx';
import { StagePath } from './stage-path.tsx';
import { useReopenDeal } from './use-deal-actions.ts';
import { useDealBusy } from './use-deal-write.ts';
import { useMoveDeal } from './use-move-deal.ts';
import { useDealShortcuts } from './use-deal-shortcuts.tsx';
import { WinModal } from './win-modal.tsx';
import { DealTimeline } from '../notes/deal-timeline.tsx';

const route = getRouteApi('/app/deals/$dealId');

/**
 * The deal card: the stage path, the current stage's goal, guidance and checklist, fields,
 * activities, and the timeline of notes, files and history.
 */
export function DealPage() {
  const { t } = useTranslation();
  const me = useMe();
  // Reopening a won or lost deal is a manager's call (docs/permissions.md).
  const canManage = isManager(me.user.role);
  const canEdit = useCanEdit();
  const { dealId } = route.useParams();
  const deal = useQuery(dealQuery(dealId));
  const pipelines = useQuery(pipelinesQuery);
  const [gate, setGate] = useState<GateState | null>(null);
  const [losing, setLosing] = useState(false);
  const [winning, setWinning] = useState(false);
  const [editing, setEditing] = useState(false);
  const sections = useDealSections();

  const move = useMoveDeal({
    onGate: (unmet, { deal: d, stage }) => setGate({ deal: d, target: stage, unmet }),
  });
  const reopen = useReopenDeal();
  // Any write to the deal (a move, a ticked check) is answered before the next move is sent.
  const busy = useDealBusy(dealId);
  const shortcuts = useDealShortcuts(deal.data, {
    edit: canEdit(deal.data?.ownerId ?? null),
    onEdit: () => setEditing(true),
    onWin: () => setWinning(true),
    onLose: () => setLosing(true),
  });

  if (!deal.data || !pipelines.data) return <PageState error={deal.error ?? pipelines.error} />;
  const d = deal.data;
  const pipeline = pipelines.data.items.find((p) => p.id === d.pipelineId);
  const stages = boardStages(pipeline);
  const stage = stages.find((s) => s.id === d.stageId);
  const last = stages.at(-1);
  const open = d.status === 'open';
  // Someone else's deal beyond the workspace's edit permission: read it, do not change it,
  // and say which deals the person may change (their own, or their team's too).
  const editable = canEdit(d.ownerId);
  const scope =
    me.user.role === 'admin' ? 'all' : me.workspace.settings.permissions[me.user.role].edit;
  const notYours = editable ? null : t(scope === 'own' ? 'deal.notYoursOwn' : 'deal.notYoursTeam');

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
          {shortcuts.button}
          {open ? (
            <Tooltip label={notYours} disabled={editable}>
              <Group gap="xs">
                <Button color="teal" disabled={!editable} onClick={() => setWinning(true)}>
                  {t('deal.win')}
                </Button>
                <Button
                  color="red"
                  variant="light"
                  disabled={!editable}
                  onClick={() => setLosing(true)}
                >
                  {t('deal.lose')}
                </Button>
              </Group>
            </Tooltip>
          ) : (
            <Tooltip label={t('deal.reopenManagersOnly')} disabled={canManage}>
              <Button
                variant="default"
                loading={reopen.isPending}
                disabled={!canManage}
                onClick={() => reopen.mutate(d)}
              >
                {t('deal.reopen')}
              </Button>
            </Tooltip>
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
        busy={busy || !editable}
        onPick={(s) => move.mutate({ deal: d, stage: s })}
      />
      {stage && <CurrentStage deal={d} stage={stage} readOnly={!editable} />}
      <Grid gap="lg" mt="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DealFields deal={d} onEdit={() => setEditing(true)} readOnly={notYours} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DealActivities deal={d} timeZone={me.workspace.timezone} />
        </Grid.Col>
      </Grid>
      {sections.map(({ key, component: Section }) => (
        <Section key={key} dealId={d.id} version={d.version} editable={open && editable} />
      ))}
      <DealTimeline deal={d} />
      <Gate state={gate} stages={stages} onClose={() => setGate(null)} />
      {losing && <LoseModal deal={d} onClose={() => setLosing(false)} />}
      {winning && last && (
        <WinModal
          deal={d}
          onClose={() => setWinning(false)}
          onGate={(unmet, comment) => {
            setWinning(false);
            setGate({ deal: d, target: last, unmet, win: { comment } });
          }}
        />
      )}
      {editing && <EditDealModal key={d.version} deal={d} onClose={() => setEditing(false)} />}
      {shortcuts.help}
    </>
  );
}
