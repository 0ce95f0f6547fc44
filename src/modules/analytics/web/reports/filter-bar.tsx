import { Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocalDate, PERIOD_PRESETS, presetOf, presetPeriod } from './report-periods.ts';
import { SourceFields } from './source-filter.tsx';
import type { ReportFilters } from './use-report-filters.ts';
import { allUsersQuery, teamsQuery } from '../../../identity/web/index.ts';
import { DateField } from '../../../../kernel/web/components/date-field.tsx';

const ALL = 'all';
const CUSTOM = 'custom';

/** The period: a preset by name, or two dates (kept as typed until both make a period). */
function PeriodFields({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const { period, today, options } = filters;
  const [from, setFrom] = useState(period?.from ?? '');
  const [to, setTo] = useState(period?.to ?? '');
  useEffect(() => {
    setFrom(period?.from ?? '');
    setTo(period?.to ?? '');
  }, [period?.from, period?.to]);

  const preset = period ? (presetOf(period, today) ?? CUSTOM) : ALL;
  const choices = [
    ...(options.period === 'optional' ? [{ value: ALL, label: t('reports.period.any') }] : []),
    ...PERIOD_PRESETS.map((p) => ({ value: p, label: t(`reports.period.${p}`) })),
    ...(preset === CUSTOM ? [{ value: CUSTOM, label: t('reports.period.custom') }] : []),
  ];
  const commit = (nextFrom: string, nextTo: string) => {
    if (isLocalDate(nextFrom) && isLocalDate(nextTo) && nextFrom <= nextTo) {
      filters.set({ from: nextFrom, to: nextTo });
    }
  };
  const reversed = isLocalDate(from) && isLocalDate(to) && from > to;

  return (
    <>
      <Select
        label={t('reports.filters.period')}
        data={choices}
        value={preset}
        allowDeselect={false}
        onChange={(value) => {
          if (value === ALL) filters.set({ from: undefined, to: undefined });
          else if (value && value !== CUSTOM) {
            filters.set(presetPeriod(value as (typeof PERIOD_PRESETS)[number], today));
          }
        }}
        w={200}
      />
      <DateField
        label={t('reports.filters.from')}
        value={from}
        max={to}
        onChange={(value) => {
          setFrom(value);
          commit(value, to);
        }}
        error={reversed ? t('reports.filters.reversed') : undefined}
        w={135}
      />
      <DateField
        label={t('reports.filters.to')}
        value={to}
        min={from}
        onChange={(value) => {
          setTo(value);
          commit(from, value);
        }}
        w={135}
      />
    </>
  );
}

/**
 * The filters every report shares: pipeline, period, owner, team — and the source for the reports
 * that narrow to one — all in the address.
 */
export function FilterBar({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  // Fresh on every report: people and teams added since they were last loaded must be pickable.
  const users = useQuery({ ...allUsersQuery, staleTime: 0 });
  const teams = useQuery({ ...teamsQuery, staleTime: 0 });
  const { options, search } = filters;

  return (
    <Group
      align="flex-start"
      gap="xs"
      wrap="wrap"
      role="search"
      aria-label={t('reports.filters.label')}
    >
      <Select
        label={t('reports.filters.pipeline')}
        data={[
          ...(options.pipeline === 'optional'
            ? [{ value: ALL, label: t('reports.filters.allPipelines') }]
            : []),
          ...filters.pipelines.map((p) => ({ value: p.id, label: p.name })),
        ]}
        value={filters.pipeline?.id ?? (options.pipeline === 'optional' ? ALL : null)}
        allowDeselect={false}
        onChange={(value) =>
          filters.set({ pipelineId: value && value !== ALL ? value : undefined })
        }
        w={170}
      />
      {options.period !== 'none' && <PeriodFields filters={filters} />}
      <Select
        label={t('reports.filters.owner')}
        placeholder={t('reports.filters.everyone')}
        data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        value={search.ownerId ?? null}
        onChange={(value) => filters.set({ ownerId: value ?? undefined })}
        clearable
        searchable
        w={160}
      />
      <Select
        label={t('reports.filters.team')}
        placeholder={t('reports.filters.allTeams')}
        data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        value={search.teamId ?? null}
        onChange={(value) => filters.set({ teamId: value ?? undefined })}
        clearable
        w={160}
      />
      {options.source && <SourceFields filters={filters} />}
    </Group>
  );
}
