import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { allUsersQuery } from '../../identity/web/index.ts';

/** Whom a lead goes to: anyone in the workspace; cleared, the lead is routed or queued. */
export function LeadOwnerSelect({
  value,
  onChange,
  description,
  disabled,
}: {
  value: string | null;
  onChange: (ownerId: string | null) => void;
  description: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const users = useQuery(allUsersQuery);
  return (
    <Select
      label={t('leads.fields.owner')}
      description={description}
      data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      disabled={disabled}
    />
  );
}
