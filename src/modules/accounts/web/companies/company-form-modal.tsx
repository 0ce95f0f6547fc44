import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LeadingField } from '../../../../kernel/web/components/leading-field.tsx';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { countryOptions } from '../../../../kernel/web/lib/countries.ts';
import { nullToBlank } from '../../../../kernel/web/lib/form-values.ts';
import { createCompany } from '../api/create-company.ts';
import type { Company } from '../api/types.ts';
import { updateCompany } from '../api/update-company.ts';
import { companyKeys } from '../keys.ts';
import { useAccountForm } from '../use-account-form.ts';

const FIELDS = ['name', 'website', 'email', 'phone', 'industry', 'city', 'country'] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The company to edit; absent to create one. */
  company?: Company;
  onSaved?: (company: Company) => void;
}

/** Create or edit a company; edits carry `If-Match` so a stale form never overwrites newer data. */
export function CompanyFormModal({ opened, onClose, company, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const { form, save } = useAccountForm({
    kind: companyKeys.all[0],
    record: company,
    initialValues: nullToBlank(company ?? {}, FIELDS),
    fields: FIELDS,
    create: createCompany,
    update: updateCompany,
    savedMessage: (saved) =>
      t(company ? 'companies.saved' : 'companies.created', { name: saved.name }),
    onClose,
    onSaved,
  });

  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t(company ? 'companies.editTitle' : 'companies.newTitle')}
      size="lg"
      submitLabel={t(company ? 'common.save' : 'common.create')}
      form={form}
      save={save}
    >
      <LeadingField label={t('fields.name')} {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('fields.website')} {...form.getInputProps('website')} />
        <TextInput label={t('fields.industry')} {...form.getInputProps('industry')} />
        <TextInput label={t('fields.city')} {...form.getInputProps('city')} />
        <Select
          label={t('fields.country')}
          data={countries}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('country')}
          onChange={(value) => form.setFieldValue('country', value ?? '')}
        />
      </SimpleGrid>
    </ModalForm>
  );
}
