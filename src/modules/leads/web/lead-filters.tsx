import { Checkbox, Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../contract/sources.ts';
import { AGES, type Age, type LeadFilters } from './lead-filters-search.ts';
import { LEAD_STATUSES } from './lead-status.ts';
import { allUsersQuery } from '../../identity/web/index.ts';

/** Status, owner, channel, age and "unassigned only" over the inbox. */
export function LeadFiltersBar({
  filters,
  onChange,
}: {
  filters: LeadFilters;
  onChange: (next: LeadFilters) => void;
}) {
  const { t } = useTranslation();
  const users = useQuery(allUsersQuery);
  const set = (patch: Partial<LeadFilters>) => onChange({ ...filters, ...patch });
  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <Select
        label={t('leads.filters.status')}
        w={170}
        data={[
          { value: 'open', label: t('leads.filters.open') },
          ...LEAD_STATUSES.map((s) => ({ value: s, label: t(`leads.status.${s}`) })),
        ]}
        value={filters.status ?? null}
        placeholder={t('leads.filters.any')}
        onChange={(v) => set({ status: (v as LeadFilters['status']) ?? undefined })}
        clearable
      />
      <Select
        label={t('leads.filters.owner')}
        w={200}
        data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        value={filters.ownerId ?? null}
        placeholder={t('leads.filters.anyone')}
        onChange={(v) =>
          set({ ownerId: v ?? undefined, unassigned: v ? undefined : filters.unassigned })
        }
        searchable
        clearable
        disabled={filters.unassigned}
      />
      <Select
        label={t('leads.filters.channel')}
        w={150}
        data={CHANNELS.map((c) => ({ value: c, label: t(`leads.channel.${c}`) }))}
        value={filters.channel ?? null}
        placeholder={t('leads.filters.any')}
        onChange={(v) => set({ channel: (v as LeadFilters['channel']) ?? undefined })}
        clearable
      />
      <Select
        label={t('leads.filters.age')}
        w={190}
        data={AGES.map((a) => ({ value: a, label: t(`leads.age.${a}`) }))}
        value={filters.age ?? null}
        placeholder={t('leads.filters.any')}
        onChange={(v) => set({ age: (v as Age) ?? undefined })}
        clearable
      />
      <Checkbox
        mb={8}
        label={t('leads.filters.unassigned')}
        checked={filters.unassigned ?? false}
        onChange={(e) =>
          set({
            unassigned: e.currentTarget.checked || undefined,
            ownerId: e.currentTarget.checked ? undefined : filters.ownerId,
          })
        }
      />
    </Group>
  );
}
