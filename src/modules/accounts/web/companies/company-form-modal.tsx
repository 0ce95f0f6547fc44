import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveRecord } from '../../../../kernel/web/components/use-save-record.ts';
import { countryOptions } from '../../../../kernel/web/lib/countries.ts';
import { blankToNull, nullToBlank } from '../../../../kernel/web/lib/form-values.ts';
import { type Company, createCompany, updateCompany } from './companies-api.ts';

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

  const form = useForm({
    mode: 'controlled',
    initialValues: nullToBlank(company ?? {}, FIELDS),
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
    },
  });

  const save = useSaveRecord({
    kind: 'companies',
    record: company,
    form,
    fields: FIELDS,
    save: (values: typeof form.values) => {
      const body = { ...blankToNull(values), name: values.name.trim() };
      return company ? updateCompany(company, body) : createCompany(body);
    },
    savedMessage: (saved) =>
      t(company ? 'companies.saved' : 'companies.created', { name: saved.name }),
    onClose,
    onSaved,
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(company ? 'companies.editTitle' : 'companies.newTitle')}
      size="lg"
    >
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label={t('fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(company ? 'common.save' : 'common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
