import { Alert, Group, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { DashboardDrawer } from './dashboard-drawer.tsx';
import { DashboardGrid } from './dashboard-grid.tsx';
import { DashboardSummary } from './dashboard-summary.tsx';
import { DashboardWeekPicker } from './dashboard-week-picker.tsx';
import { shiftWeek } from '../../../../kernel/web/lib/iso-week.ts';
import { lampReadingsQuery } from '../api/lamp-readings-query.ts';
import { processMapQuery } from '../api/process-map-query.ts';
import type { LampReading } from '../api/types.ts';
import { readingsOf } from './readings-of.ts';

const route = getRouteApi('/app/lamps');

/** Readings refresh while the page is open: the current week is computed live. */
const REFRESH = 60_000;

/**
 * The weekly lamp review (DOMAIN.md §2): every process group's start, middle and end lamp in
 * its colour in the last closed week, with the weeks before and the one in progress; a red lamp
 * opens what is behind it.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [alertsOnly, setAlertsOnly] = useState(false);

  const map = useQuery(processMapQuery);
  // Without a week the API answers for the 13 weeks ending the current one: that names "now".
  const latest = useQuery({ ...lampReadingsQuery(), refetchInterval: REFRESH });
  const currentWeek = latest.data?.weeks.at(-1);
  const picked = useQuery({
    ...lampReadingsQuery(search.week ? { from: shiftWeek(search.week, -12), to: search.week } : {}),
    enabled: search.week !== undefined,
  });
  const readings = search.week ? picked : latest;
  // The review opens on the last closed week (ADR 033): the running one is still being counted,
  // and its Monday zeros said nothing. The week in progress is one step forward, marked as such.
  const lastClosed = currentWeek ? shiftWeek(currentWeek, -1) : undefined;
  const week = search.week ?? lastClosed;

  const byLamp = useMemo(() => {
    const all = readings.data?.readings ?? [];
    const lampIds = new Set(all.map((r) => r.lampId));
    return new Map<string, LampReading[]>([...lampIds].map((id) => [id, readingsOf(all, id)]));
  }, [readings.data]);

  const groups = useMemo(
    () => [...(map.data?.groups ?? [])].sort((a, b) => a.position - b.position),
    [map.data],
  );
  const openLamp = groups.flatMap((g) => g.lamps).find((l) => l.id === search.lamp);
  const openGroup = groups.find((g) => g.lamps.some((l) => l.id === search.lamp));

  const goToWeek = (next: string | undefined) =>
    void navigate({
      search: (prev) => ({ ...prev, week: next === lastClosed ? undefined : next }),
    });
  const open = (lampId: string | undefined) =>
    void navigate({ search: (prev) => ({ ...prev, lamp: lampId }) });

  const error = map.error ?? readings.error;
  const ready = map.data && readings.data && week;

  return (
    <>
      <PageHeader title={t('dashboard.title')}>
        {week && currentWeek && (
          <DashboardWeekPicker week={week} currentWeek={currentWeek} onChange={goToWeek} />
        )}
      </PageHeader>
      {error && !ready && <PageState error={error} />}
      {!error && !ready && <PageState />}
      {ready && (
        <>
          <Group justify="space-between" align="center" mb="md" gap="sm">
            <DashboardSummary
              lampIds={groups.flatMap((g) => g.lamps.map((l) => l.id))}
              readings={readings.data.readings}
              week={week}
            />
            <Switch
              label={t('dashboard.alertsOnly')}
              checked={alertsOnly}
              onChange={(event) => setAlertsOnly(event.currentTarget.checked)}
            />
          </Group>
          {readings.isError && <Alert color="red">{t('errors.loadFailed')}</Alert>}
          <DashboardGrid
            groups={groups}
            byLamp={byLamp}
            week={week}
            alertsOnly={alertsOnly}
            onOpen={open}
          />
        </>
      )}
      {week && (
        <DashboardDrawer
          lamp={openLamp}
          group={openGroup}
          readings={openLamp ? (byLamp.get(openLamp.id) ?? []) : []}
          week={week}
          onClose={() => open(undefined)}
        />
      )}
    </>
  );
}
