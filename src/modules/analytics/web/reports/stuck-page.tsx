import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { ReportFigures } from './report-figures.tsx';
import { ReportPage } from './report-page.tsx';
import { reportQuery } from '../api/report-query.ts';
import type { ReportData } from '../api/types.ts';
import { useReportFilters } from './use-report-filters.ts';
import { useReportFormat, type ReportFormat } from './use-report-format.ts';

type Stuck = ReportData<'stuck'>;
type Owner = Stuck['owners'][number];
type Kind = 'stuck' | 'withoutNextStep' | 'overdueActivities';

const KINDS: Kind[] = ['stuck', 'withoutNextStep', 'overdueActivities'];

function DealList({ deals, f }: { deals: Owner['stuck']; f: ReportFormat }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {deals.map((d) => (
        <Group key={d.dealId} gap="sm" wrap="nowrap">
          <AnchorLink to="/deals/$dealId" params={{ dealId: d.dealId }} size="sm" lineClamp={1}>
            {d.title}
          </AnchorLink>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {d.stageName} · {t('reports.stuck.idle', { days: f.days(d.idleDays) })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function ActivityList({ activities }: { activities: Owner['overdueActivities'] }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  return (
    <Stack gap={4}>
      {activities.map((a) => (
        <Group key={a.activityId} gap="sm" wrap="nowrap">
          <Badge variant="light" size="sm">
            {t(`activityTypes.${a.type}`, { defaultValue: a.type })}
          </Badge>
          <Text size="sm" lineClamp={1}>
            {a.subject}
          </Text>
          <Text size="sm" c="red.8" style={{ whiteSpace: 'nowrap' }}>
            {t('reports.stuck.due', {
              date: formatDateTime(a.dueAt, i18n.language, me.workspace.timezone),
            })}
          </Text>
          {a.dealId && (
            <AnchorLink to="/deals/$dealId" params={{ dealId: a.dealId }} size="sm" lineClamp={1}>
              {a.dealTitle}
            </AnchorLink>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function StuckView({ report }: { report: Stuck }) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const [open, setOpen] = useState<{ owner: string; kind: Kind } | null>(null);
  const keyOf = (o: Owner) => o.ownerId ?? 'none';

  return (
    <>
      <ReportFigures
        label={t('reports.stuck.totals')}
        figures={KINDS.map((kind) => ({
          label: t(`reports.stuck.${kind}`),
          value: f.number(report.totals[kind]),
          colour: report.totals[kind] > 0 ? 'red.8' : undefined,
        }))}
      />
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" aria-label={t('reports.stuck.byOwner')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.stuck.owner')}</Table.Th>
              {KINDS.map((kind) => (
                <Table.Th key={kind} ta="right">
                  {t(`reports.stuck.${kind}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.owners.map((o) => {
              const name = o.ownerName ?? t('reports.noOwner');
              const expanded = open?.owner === keyOf(o) ? open.kind : null;
              return (
                <Fragment key={keyOf(o)}>
                  <Table.Tr>
                    <Table.Th scope="row" fw={500}>
                      {name}
                    </Table.Th>
                    {KINDS.map((kind) => {
                      const count = o[kind].length;
                      return (
                        <Table.Td key={kind} ta="right">
                          {count === 0 ? (
                            // Where the count buttons put their number: a compact button's padding.
                            <Text span size="sm" c="dimmed" px={10}>
                              0
                            </Text>
                          ) : (
                            <Button
                              variant={expanded === kind ? 'light' : 'subtle'}
                              color="red"
                              size="compact-sm"
                              aria-expanded={expanded === kind}
                              aria-label={t('reports.stuck.show', {
                                what: t(`reports.stuck.${kind}`),
                                name,
                                count,
                              })}
                              onClick={() =>
                                setOpen(expanded === kind ? null : { owner: keyOf(o), kind })
                              }
                            >
                              {f.number(count)}
                            </Button>
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                  {expanded && (
                    <Table.Tr bg="gray.0">
                      <Table.Td colSpan={KINDS.length + 1}>
                        <Stack
                          gap="xs"
                          role="region"
                          aria-label={t('reports.stuck.listOf', {
                            what: t(`reports.stuck.${expanded}`),
                            name,
                          })}
                        >
                          {expanded === 'overdueActivities' ? (
                            <ActivityList activities={o.overdueActivities} />
                          ) : (
                            <DealList deals={o[expanded]} f={f} />
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** Hygiene now, per person: stuck deals, deals without a next step, overdue activities (item 3). */
export function StuckPage() {
  const { t } = useTranslation();
  const filters = useReportFilters({ pipeline: 'optional', period: 'none' });
  const query = useQuery(reportQuery('stuck', filters.params));
  return (
    <ReportPage
      report="stuck"
      title={t('reports.stuck.title')}
      question={t('reports.stuck.question')}
      filters={filters}
      query={query}
      isEmpty={(r) => r.owners.length === 0}
      empty={t('reports.stuck.empty')}
    >
      {(report) => <StuckView report={report} />}
    </ReportPage>
  );
}
