import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS } from '../../../contract/audit.ts';
import { PersonSelect } from '../../identity/web/index.ts';
import type { AuditFilters } from './api/types.ts';
import { actionWords } from './audit-words.ts';
import { DateField } from '../../../kernel/web/components/date-field.tsx';

interface Props {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

/** Narrowing the log: an action, a person, a period of local days (both inclusive). */
export function AuditFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  const actions = AUDIT_ACTIONS.map((action) => ({ value: action, label: actionWords(t, action) }));
  const reversed = Boolean(filters.from && filters.to && filters.from > filters.to);
  return (
    <Group align="flex-start" gap="sm" mb="md" role="search" aria-label={t('audit.filters.label')}>
      <Select
        label={t('audit.filters.action')}
        placeholder={t('audit.filters.anyAction')}
        data={actions}
        value={filters.action ?? null}
        onChange={(value) =>
          set({ action: (value ?? undefined) as AuditFilters['action'] | undefined })
        }
        searchable
        clearable
        w={260}
      />
      <PersonSelect
        label={t('audit.filters.person')}
        placeholder={t('audit.filters.anyone')}
        value={filters.actorId ?? null}
        onChange={(value) => set({ actorId: value ?? undefined })}
        w={220}
      />
      <DateField
        label={t('audit.filters.from')}
        value={filters.from ?? ''}
        max={filters.to}
        onChange={(value) => set({ from: value || undefined })}
        error={reversed ? t('audit.filters.reversed') : undefined}
        w={150}
      />
      <DateField
        label={t('audit.filters.to')}
        value={filters.to ?? ''}
        min={filters.from}
        onChange={(value) => set({ to: value || undefined })}
        w={150}
      />
    </Group>
  );
}
