import {
  Badge,
  Breadcrumbs,
  Button,
  Checkbox,
  Grid,
  Group,
  List,
  Modal,
  NumberInput,
  Paper,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link.tsx';
import { FieldList } from '../../components/field-list.tsx';
import { Markdown } from '../../components/markdown.tsx';
import { PageState } from '../../components/page-state.tsx';
import { useProblemHandler } from '../../components/use-problem-handler.tsx';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { isProblem } from '../../lib/problem.ts';
import { useMe } from '../../lib/session.ts';
import { CompanyName } from '../companies/company-name.tsx';
import { CompanyPicker } from '../companies/company-picker.tsx';
import { contactQuery } from '../contacts/contacts-api.ts';
import { ContactPicker } from './contact-picker.tsx';
import { DealActivities } from './deal-activities.tsx';
import {
  type Activity,
  allUsersQuery,
  type Deal,
  dealActivitiesQuery,
  dealQuery,
  type ExitCriterion,
  moveDeal,
  pipelinesQuery,
  reopenDeal,
  saveDeal,
  type Stage,
  tickCheck,
  winDeal,
} from './deals-api.ts';
import { GateDialog, type GateState } from './gate-dialog.tsx';
import { LoseModal } from './lose-modal.tsx';
import { StagePath } from './stage-path.tsx';

const route = getRouteApi('/app/deals/$dealId');

/** The deal card: the stage path, the current stage's goal, guidance and checklist, fields, activities. */
export function DealPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { dealId } = route.useParams();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const deal = useQuery(dealQuery(dealId));
  const pipelines = useQuery(pipelinesQuery);
  const users = useQuery(allUsersQuery);
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
  const ownerName = users.data?.find((u) => u.id === d.ownerId)?.name;

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
          <Paper withBorder p="lg">
            <Group justify="space-between" mb="sm">
              <Title order={3} size="h4">
                {t('deal.fields')}
              </Title>
              <Button variant="default" size="xs" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            </Group>
            <FieldList
              items={[
                {
                  label: t('fields.value'),
                  value: d.value !== null ? formatMoney(d.value, d.currency, i18n.language) : null,
                },
                { label: t('deal.currency'), value: d.currency },
                {
                  label: t('fields.company'),
                  value: d.companyId && <CompanyName id={d.companyId} />,
                },
                {
                  label: t('fields.contactId'),
                  value: d.contactId && <ContactName id={d.contactId} />,
                },
                { label: t('board.owner'), value: ownerName },
                {
                  label: t('fields.expectedCloseDate'),
                  value:
                    d.expectedCloseDate &&
                    formatDate(`${d.expectedCloseDate}T12:00:00Z`, i18n.language, 'UTC'),
                },
              ]}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <DealActivities deal={d} timeZone={me.workspace.timezone} />
        </Grid.Col>
      </Grid>
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

function ContactName({ id }: { id: string }) {
  const contact = useQuery(contactQuery(id));
  if (!contact.data) return null;
  return (
    <AnchorLink to="/contacts/$contactId" params={{ contactId: id }}>
      {contact.data.name}
    </AnchorLink>
  );
}

/** Whether one exit criterion is met, judged as the server does. */
function isMet(c: ExitCriterion, deal: Deal, done: Activity[], planned: Activity[]): boolean {
  switch (c.kind) {
    case 'field':
      return c.field === 'value' ? (deal.value ?? 0) > 0 : deal[c.field] !== null;
    case 'check':
      return deal.checks.some((x) => x.criterionId === c.id && x.done);
    case 'activity':
      return done.some(
        (a) =>
          a.type === c.activityType &&
          a.doneAt !== null &&
          Date.parse(a.doneAt) >= Date.parse(deal.stageEnteredAt),
      );
    case 'nextActivity':
      return hasNext(planned);
  }
}

const hasNext = (planned: Activity[]) =>
  planned.some((a) => a.dueAt !== null && Date.parse(a.dueAt) > Date.now());

function CurrentStage({
  deal,
  stage,
  place,
}: {
  deal: Deal;
  stage: Stage;
  place: (deal: Deal) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const problems = useProblemHandler();
  const done = useQuery(dealActivitiesQuery(deal.id, 'done'));
  const planned = useQuery(dealActivitiesQuery(deal.id, 'planned'));
  const tick = useMutation({
    mutationFn: (criterionId: string) => tickCheck(deal.id, criterionId),
    onSuccess: place,
    onError: (error) => problems.notify(error),
  });
  const items = stage.exitCriteria.map((c) => ({
    key: c.id,
    label: c.label,
    kind: c.kind,
    id: c.id,
    met: isMet(c, deal, done.data ?? [], planned.data ?? []),
  }));
  if (
    me.workspace.settings.requireNextActivity &&
    !stage.exitCriteria.some((c) => c.kind === 'nextActivity')
  )
    items.push({
      key: 'next',
      label: t('deal.implicitNext'),
      kind: 'nextActivity',
      id: '',
      met: hasNext(planned.data ?? []),
    });
  const metCount = items.filter((i) => i.met).length;

  return (
    <Paper withBorder p="lg">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('deal.goal')}
            </Text>
            <Text fw={600} size="lg">
              {stage.goal || '—'}
            </Text>
            {stage.guidance.trim() && (
              <>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="xs">
                  {t('deal.guidance')}
                </Text>
                <Markdown source={stage.guidance} />
              </>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('deal.checklist')}
              </Text>
              <Text size="sm" fw={600}>
                {t('deal.progress', { done: metCount, count: items.length })}
              </Text>
            </Group>
            {items.length > 0 && (
              <Progress
                value={(metCount / items.length) * 100}
                color={metCount === items.length ? 'teal' : 'indigo'}
                aria-hidden
              />
            )}
            {items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('deal.noCriteria')}
              </Text>
            ) : (
              <List spacing="xs" listStyleType="none" aria-label={t('deal.checklist')}>
                {items.map((item) => (
                  <List.Item key={item.key}>
                    {item.kind === 'check' ? (
                      <Checkbox
                        label={item.label}
                        checked={item.met || (tick.isPending && tick.variables === item.id)}
                        disabled={!item.met && (tick.isPending || deal.status !== 'open')}
                        color="teal"
                        onChange={(e) => {
                          if (!item.met && e.currentTarget.checked) tick.mutate(item.id);
                        }}
                      />
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <ThemeIcon
                          size={20}
                          radius="xl"
                          color={item.met ? 'teal' : 'gray'}
                          variant={item.met ? 'filled' : 'light'}
                          aria-hidden
                        >
                          {item.met ? '✓' : '·'}
                        </ThemeIcon>
                        <Text size="sm">{item.label}</Text>
                        <Text size="xs" c={item.met ? 'teal' : 'dimmed'}>
                          {item.met ? t('deal.met') : t('deal.notMet')}
                        </Text>
                      </Group>
                    )}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

function WinModal({
  deal,
  onClose,
  onWon,
  onGate,
}: {
  deal: Deal;
  onClose: () => void;
  onWon: (deal: Deal) => void;
  onGate: (unmet: GateState['unmet'], comment?: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const [comment, setComment] = useState('');
  const win = useMutation({
    mutationFn: () => winDeal(deal.id, comment.trim() || undefined),
    onSuccess: async (won) => {
      onWon(won);
      notifications.show({ color: 'teal', message: t('deal.wonMessage', { title: won.title }) });
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['deals'] });
    },
    onError: (error) => {
      if (isProblem(error, 'stage_gate_unmet') && error.problem.unmet)
        onGate(error.problem.unmet, comment.trim() || undefined);
      else problems.notify(error);
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('deal.winTitle', { title: deal.title })}>
      <Stack>
        <Textarea
          label={t('lose.comment')}
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="teal" loading={win.isPending} onClick={() => win.mutate()}>
            {t('deal.win')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function EditDealModal({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const users = useQuery(allUsersQuery);
  const [value, setValue] = useState<string | number>(deal.value ?? '');
  const [currency, setCurrency] = useState(deal.currency);
  const [companyId, setCompanyId] = useState(deal.companyId ?? '');
  const [contactId, setContactId] = useState(deal.contactId ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(deal.ownerId);
  const [closeDate, setCloseDate] = useState(deal.expectedCloseDate ?? '');
  const save = useMutation({
    mutationFn: () =>
      saveDeal(deal, {
        value: value === '' ? null : Number(value),
        currency: currency.trim().toUpperCase(),
        companyId: companyId || null,
        contactId: contactId || null,
        ownerId,
        expectedCloseDate: closeDate || null,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(dealQuery(saved.id).queryKey, saved);
      notifications.show({ color: 'teal', message: t('deal.saved') });
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['deals', 'board'] });
    },
    onError: async (error) => {
      if (isProblem(error, 'version_conflict')) {
        notifications.show({
          color: 'yellow',
          title: t('errors.conflictTitle'),
          message: t('errors.version_conflict'),
        });
        await queryClient.invalidateQueries({ queryKey: dealQuery(deal.id).queryKey });
        onClose();
        return;
      }
      problems.notify(error);
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('deal.editTitle')} size="lg">
      <Stack>
        <Group grow align="flex-start">
          <NumberInput
            label={t('fields.value')}
            min={0}
            decimalScale={2}
            value={value}
            onChange={setValue}
          />
          <TextInput
            label={t('deal.currency')}
            maxLength={3}
            value={currency}
            onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
          />
        </Group>
        <CompanyPicker label={t('fields.companyId')} value={companyId} onChange={setCompanyId} />
        <ContactPicker label={t('fields.contactId')} value={contactId} onChange={setContactId} />
        <Select
          label={t('board.owner')}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={ownerId}
          onChange={setOwnerId}
          searchable
          clearable
        />
        <TextInput
          label={t('fields.expectedCloseDate')}
          type="date"
          value={closeDate}
          onChange={(e) => setCloseDate(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
