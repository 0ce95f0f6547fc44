import { Alert, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { lampReadingsQuery } from '../api/lamp-readings-query.ts';
import { processMapQuery } from '../api/process-map-query.ts';
import type { ProcessGroup } from '../api/types.ts';
import { GroupDrawer } from './group-drawer.tsx';
import { GroupFormModal } from './group-form-modal.tsx';
import { MapCanvas } from './map-canvas.tsx';
import { WeekPicker } from './week-picker.tsx';
import { shiftWeek } from '../../../../kernel/web/lib/iso-week.ts';
import { allUsersQuery, teamsQuery } from '../../../identity/web/index.ts';

/** The process map: groups top to bottom with their lamps for a week; managers edit it here. */
export function MapPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = me.user.role !== 'member';
  const map = useQuery(processMapQuery);
  const users = useQuery(allUsersQuery);
  const teams = useQuery(teamsQuery);
  // No week chosen yet: the server's default window ends with the current week.
  const [week, setWeek] = useState<string | null>(null);
  const current = useQuery(lampReadingsQuery());
  const currentWeek = current.data?.weeks.at(-1) ?? null;
  const readings = useQuery({
    ...lampReadingsQuery(week && week !== currentWeek ? { to: week } : {}),
    enabled: currentWeek !== null,
  });
  // The map opens on the last closed week (ADR 033); the week in progress is one step forward.
  const shownWeek = week ?? (currentWeek ? shiftWeek(currentWeek, -1) : null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const weekReadings = useMemo(
    () =>
      new Map(
        (readings.data?.readings ?? [])
          .filter((r) => r.week === shownWeek)
          .map((r) => [r.lampId, r]),
      ),
    [readings.data, shownWeek],
  );
  const ownerName = useCallback(
    (group: ProcessGroup): string | null => {
      if (group.ownerUserId)
        return users.data?.find((u) => u.id === group.ownerUserId)?.name ?? null;
      if (group.ownerTeamId)
        return teams.data?.find((x) => x.id === group.ownerTeamId)?.name ?? null;
      return null;
    },
    [users.data, teams.data],
  );
  const onOpen = useCallback((id: string) => setOpenId(id), []);

  if (!map.data || !currentWeek || !shownWeek)
    return <PageState error={map.error ?? current.error} />;
  const groups = map.data.groups;
  const open = groups.find((g) => g.id === openId) ?? null;

  return (
    <>
      <PageHeader title={t('map.title')}>
        <WeekPicker week={shownWeek} currentWeek={currentWeek} onChange={setWeek} />
        {canEdit && <Button onClick={() => setAdding(true)}>{t('map.group.add')}</Button>}
      </PageHeader>
      <Group gap="lg" mb="sm">
        <Text size="sm" c="dimmed">
          {map.data.version.name} · {t('map.groupCount', { count: groups.length })}
        </Text>
      </Group>
      {groups.length === 0 ? (
        <Alert color="gray">{t('map.empty')}</Alert>
      ) : (
        <MapCanvas
          groups={groups}
          readings={weekReadings}
          ownerName={ownerName}
          currency={me.workspace.currency}
          selectedId={openId}
          onOpen={onOpen}
        />
      )}
      <GroupDrawer
        group={open}
        groups={groups}
        ownerName={open ? ownerName(open) : null}
        week={shownWeek}
        readings={readings.data?.readings ?? []}
        weeks={readings.data?.weeks ?? []}
        canEdit={canEdit}
        onClose={() => setOpenId(null)}
      />
      {adding && <GroupFormModal groups={groups} onClose={() => setAdding(false)} />}
    </>
  );
}
