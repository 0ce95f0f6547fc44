import { Group, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from './api/types.ts';

/** Who the lead is, as typed: the person's name, company, e-mail and phone. */
export interface LeadPerson {
  name: string;
  companyName: string;
  email: string;
  phone: string;
}

/** The person as typed from a lead (a new one starts empty). */
export function personOf(lead?: Lead): LeadPerson {
  return {
    name: lead?.name ?? '',
    companyName: lead?.companyName ?? '',
    email: lead?.email ?? '',
    phone: lead?.phone ?? '',
  };
}

/** The person as the API takes it: trimmed, empty optional fields cleared. */
export function personBody(person: LeadPerson) {
  return {
    name: person.name.trim(),
    companyName: person.companyName.trim() || null,
    email: person.email.trim() || null,
    phone: person.phone.trim() || null,
  };
}

/** Name (required), company, e-mail and phone of a lead being entered or edited. */
export function LeadPersonFields({
  value,
  onChange,
  autoFocus = false,
}: {
  value: LeadPerson;
  onChange: (next: LeadPerson) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const input = (field: keyof LeadPerson) => ({
    value: value[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) =>
      onChange({ ...value, [field]: e.currentTarget.value }),
  });
  return (
    <>
      <TextInput
        label={t('fields.personName')}
        required
        data-autofocus={autoFocus || undefined}
        {...input('name')}
      />
      <TextInput label={t('fields.company')} {...input('companyName')} />
      <Group grow>
        <TextInput label={t('fields.email')} {...input('email')} />
        <TextInput label={t('fields.phone')} {...input('phone')} />
      </Group>
    </>
  );
}
