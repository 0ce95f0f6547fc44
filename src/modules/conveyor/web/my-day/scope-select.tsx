import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allUsersQuery, teamsQuery } from '../../../identity/web/index.ts';
import type { Scope } from '../api/my-day-scope.ts';

/** `me`, `all`, `user:<id>` or `team:<id>`: a scope as a Select value. */
export type ScopeValue = string;

/**
 * Where a manager's day opens: their team's day, or everyone's when they lead no team — a
 * manager starts from the team, and picks "Me" for their own list.
 */
export function defaultScope(role: string, teamId: string | null | undefined): ScopeValue {
  if (role !== 'admin' && role !== 'manager') return 'me';
  return teamId ? `team:${teamId}` : 'all';
}

export function scopeOf(value: ScopeValue, myId: string): Scope {
  if (value === 'all') return { kind: 'all' };
  const [kind, id] = value.split(':');
  if (kind === 'team' && id) return { kind: 'team', id };
  if (kind === 'user' && id) return { kind: 'user', id };
  return { kind: 'user', id: myId };
}

/** For managers and admins: whose day to look at — mine, a person's or a team's. */
export function ScopeSelect({
  value,
  myId,
  onChange,
}: {
  value: ScopeValue;
  myId: string;
  onChange: (value: ScopeValue) => void;
}) {
  const { t } = useTranslation();
  const users = useQuery(allUsersQuery);
  const teams = useQuery(teamsQuery);
  const people = (users.data ?? [])
    .filter((u) => u.id !== myId && u.active)
    .map((u) => ({ value: `user:${u.id}`, label: u.name }));
  const groups = (teams.data ?? []).map((team) => ({ value: `team:${team.id}`, label: team.name }));
  return (
    <Select
      label={t('myDay.showFor')}
      data={[
        { value: 'me', label: t('myDay.me') },
        { value: 'all', label: t('myDay.everyone') },
        ...(people.length > 0 ? [{ group: t('myDay.people'), items: people }] : []),
        ...(groups.length > 0 ? [{ group: t('myDay.teams'), items: groups }] : []),
      ]}
      value={value}
      onChange={(v) => onChange(v ?? 'me')}
      allowDeselect={false}
      searchable
      w={260}
    />
  );
}
