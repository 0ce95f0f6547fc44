import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSaveRecord } from '../../../../kernel/web/components/use-save-record.ts';
import { blankToNull, nullToBlank } from '../../../../kernel/web/lib/form-values.ts';
import { CompanyPicker } from '../companies/company-picker.tsx';
import { type Contact, createContact, updateContact } from './contacts-api.ts';

const FIELDS = ['name', 'email', 'phone', 'jobTitle', 'companyId'] as const;

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The contact to edit; absent to create one. */
  contact?: Contact;
  /** Preselected company for a new contact. */
  companyId?: string;
}

/** Create or edit a contact (with a company picker); edits carry `If-Match`. */
export function ContactFormModal({ opened, onClose, contact, companyId }: Props) {
  const { t } = useTranslation();

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      ...nullToBlank(contact ?? {}, FIELDS),
      ...(contact ? {} : { companyId: companyId ?? '' }),
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
    },
  });

  const save = useSaveRecord({
    kind: 'contacts',
    record: contact,
    form,
    fields: FIELDS,
    save: (values: typeof form.values) => {
      const body = { ...blankToNull(values), name: values.name.trim() };
      return contact ? updateContact(contact, body) : createContact(body);
    },
    savedMessage: (saved) =>
      t(contact ? 'contacts.saved' : 'contacts.created', { name: saved.name }),
    onClose,
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(contact ? 'contacts.editTitle' : 'contacts.newTitle')}
      size="lg"
    >
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label={t('fields.personName')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
            <TextInput
              label={t('fields.phone')}
              type="tel"
              description={t('contacts.phoneHint')}
              {...form.getInputProps('phone')}
            />
            <TextInput label={t('fields.jobTitle')} {...form.getInputProps('jobTitle')} />
            <CompanyPicker
              label={t('fields.company')}
              value={form.values.companyId}
              onChange={(id) => form.setFieldValue('companyId', id)}
              error={form.errors.companyId}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t(contact ? 'common.save' : 'common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
