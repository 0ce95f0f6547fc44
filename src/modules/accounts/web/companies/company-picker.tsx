import { type SelectProps, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { companyListQuery } from '../api/company-list-query.ts';
import { companyQuery } from '../api/company-query.ts';
import { RecordSelect, type RecordSelectProps } from '../record-select.tsx';
import { type CreateMode, useCreatable } from '../use-creatable.tsx';

const matching = (q: string) => companyListQuery(q, 20);

export interface PickerProps extends RecordSelectProps {
  /** Lets a name no company has be created here. */
  create?: CreateMode;
  comboboxProps?: SelectProps['comboboxProps'];
}

/** A searchable company select; the search runs on the server (`GET /companies?q=`). */
export function CompanyPicker({ create: mode, ...props }: PickerProps) {
  const { t } = useTranslation();
  const { create, description, below } = useCreatable('company', mode, props.onChange);
  return (
    <Stack gap={6}>
      <RecordSelect
        description={description}
        {...props}
        placeholder={t('contacts.pickCompany')}
        one={companyQuery}
        matching={matching}
        create={create}
      />
      {below}
    </Stack>
  );
}
