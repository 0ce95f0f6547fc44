import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allUsersQuery, teamsQuery } from '../../../identity/web/index.ts';

/** Who is accountable for a group: a person or a team (`user:<id>` / `team:<id>`). */
export function OwnerSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  const users = useQuery(allUsersQuery);
  const teams = useQuery(teamsQuery);
  const people = (users.data ?? [])
    .filter((u) => u.active)
    .map((u) => ({ value: `user:${u.id}`, label: u.name }));
  const groups = (teams.data ?? []).map((x) => ({ value: `team:${x.id}`, label: x.name }));
  return (
    <Select
      label={t('map.field.owner')}
      placeholder={t('map.noOwner')}
      data={[
        ...(people.length > 0 ? [{ group: t('map.people'), items: people }] : []),
        ...(groups.length > 0 ? [{ group: t('map.teams'), items: groups }] : []),
      ]}
      value={value}
      onChange={onChange}
      searchable
      clearable
    />
  );
}
