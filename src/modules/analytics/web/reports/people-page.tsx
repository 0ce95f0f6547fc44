import { Button, Table } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { ReportPage } from './report-page.tsx';
import { reportQuery } from '../api/report-query.ts';
import type { ReportData } from '../api/types.ts';
import { useReportFilters } from './use-report-filters.ts';
import { useReportFormat } from './use-report-format.ts';
import { PeopleGoals } from './people-goals.tsx';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';

type People = ReportData<'people'>;

function PeopleView({ report }: { report: People }) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const count = (n: number, alert = false) => (
    <Table.Td ta="right" c={alert && n > 0 ? 'red.8' : n === 0 ? 'dimmed' : undefined}>
      {f.number(n)}
    </Table.Td>
  );
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table
        striped
        verticalSpacing="xs"
        horizontalSpacing={8}
        fz="sm"
        aria-label={t('reports.people.table')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2}>{t('reports.people.person')}</Table.Th>
            <Table.Th colSpan={5} ta="center">
              {t('reports.people.activities')}
            </Table.Th>
            <Table.Th colSpan={4} ta="center">
              {t('reports.people.deals')}
            </Table.Th>
            <Table.Th colSpan={2} ta="center">
              {t('reports.people.now')}
            </Table.Th>
            <Table.Th rowSpan={2}>{t('reports.people.goals')}</Table.Th>
          </Table.Tr>
          <Table.Tr>
            {ACTIVITY_TYPES.map((type) => (
              <Table.Th key={type} ta="right">
                {t(`activityTypes.${type}`)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('reports.people.total')}</Table.Th>
            <Table.Th ta="right">{t('reports.people.created')}</Table.Th>
            <Table.Th ta="right">{t('reports.people.won')}</Table.Th>
            <Table.Th ta="right">{t('reports.people.wonValue')}</Table.Th>
            <Table.Th ta="right">{t('reports.people.lost')}</Table.Th>
            <Table.Th ta="right">{t('reports.people.stuck')}</Table.Th>
            <Table.Th ta="right">{t('reports.people.withoutNextStep')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.people.map((p) => (
            <Table.Tr key={p.userId ?? 'none'}>
              <Table.Th scope="row" fw={500}>
                {p.name ?? t('reports.noOwner')}
              </Table.Th>
              {ACTIVITY_TYPES.map((type) => (
                <Fragment key={type}>{count(p.activities[type])}</Fragment>
              ))}
              {count(p.activities.total)}
              {count(p.dealsCreated)}
              {count(p.won.count)}
              <Table.Td ta="right">{f.money(p.won.value)}</Table.Td>
              {count(p.lost)}
              {count(p.stuck, true)}
              {count(p.withoutNextStep, true)}
              <Table.Td>
                <PeopleGoals
                  goals={p.goals}
                  currency={report.filters.currency}
                  name={p.name ?? t('reports.noOwner')}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Per salesperson: what they did in the period and what waits on them now (item 6). */
export function PeoplePage() {
  const { t } = useTranslation();
  const me = useMe();
  const filters = useReportFilters({ pipeline: 'optional', period: 'required' });
  const query = useQuery(reportQuery('people', filters.params));
  return (
    <ReportPage
      report="people"
      title={t('reports.people.title')}
      question={t('reports.people.question')}
      filters={filters}
      query={query}
      isEmpty={(r) => r.people.length === 0}
      empty={t('reports.people.empty')}
      actions={
        me.user.role !== 'member' && (
          <Button component={Link} to="/settings/goals" variant="light" size="sm">
            {t('reports.people.setGoals')}
          </Button>
        )
      }
    >
      {(report) => <PeopleView report={report} />}
    </ReportPage>
  );
}
