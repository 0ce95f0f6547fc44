import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LeadingField } from '../../../../kernel/web/components/leading-field.tsx';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { nullToBlank } from '../../../../kernel/web/lib/form-values.ts';
import { createContact } from '../api/create-contact.ts';
import type { Contact } from '../api/types.ts';
import { updateContact } from '../api/update-contact.ts';
import { CompanyPicker } from '../companies/company-picker.tsx';
import { contactKeys } from '../keys.ts';
import { useAccountForm } from '../use-account-form.ts';
import { phoneHint } from '../../../../kernel/web/lib/format-phone.ts';

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
  const { form, save } = useAccountForm({
    kind: contactKeys.all[0],
    record: contact,
    initialValues: nullToBlank(contact ?? { companyId: companyId ?? '' }, FIELDS),
    fields: FIELDS,
    create: createContact,
    update: updateContact,
    savedMessage: (saved) =>
      t(contact ? 'contacts.saved' : 'contacts.created', { name: saved.name }),
    onClose,
  });

  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t(contact ? 'contacts.editTitle' : 'contacts.newTitle')}
      size="lg"
      submitLabel={t(contact ? 'common.save' : 'common.create')}
      form={form}
      save={save}
    >
      <LeadingField label={t('fields.personName')} {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
        <TextInput
          label={t('fields.phone')}
          type="tel"
          description={phoneHint(t)}
          {...form.getInputProps('phone')}
        />
        <TextInput label={t('fields.jobTitle')} {...form.getInputProps('jobTitle')} />
        <CompanyPicker
          label={t('fields.company')}
          value={form.values.companyId}
          onChange={(id) => form.setFieldValue('companyId', id)}
          error={form.errors.companyId}
          create="now"
        />
      </SimpleGrid>
    </ModalForm>
  );
}
