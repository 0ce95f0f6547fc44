import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PickerProps } from '../companies/company-picker.tsx';
import { contactListQuery } from '../api/contact-list-query.ts';
import { contactQuery } from '../api/contact-query.ts';
import { RecordSelect } from '../record-select.tsx';
import { useCreatable } from '../use-creatable.tsx';

const matching = (q: string) => contactListQuery({ q }, 20);

/** A searchable contact select; the search runs on the server (`GET /contacts?q=`). */
export function ContactPicker({ create: mode, ...props }: PickerProps) {
  const { t } = useTranslation();
  const { create, description, below } = useCreatable('contact', mode, props.onChange);
  return (
    <Stack gap={6}>
      <RecordSelect
        description={description}
        {...props}
        placeholder={t('contacts.pickContact')}
        one={contactQuery}
        matching={matching}
        create={create}
      />
      {below}
    </Stack>
  );
}
