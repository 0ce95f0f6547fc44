import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, SALES_ROLES, type SalesRole } from '../../../contract/roles.ts';
import { LeadingField } from '../../../kernel/web/components/leading-field.tsx';
import { ModalForm } from '../../../kernel/web/components/modal-form.tsx';
import { PasswordField } from '../../../kernel/web/components/password-field.tsx';
import { useSaveRecord } from '../../../kernel/web/components/use-save-record.ts';
import { createUser } from './api/create-user.ts';
import { userKeys } from './keys.ts';

const FIELDS = ['email', 'name', 'password', 'role', 'salesRoles'] as const;

/** An admin adds a user to the workspace. */
export function UserFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      email: '',
      name: '',
      password: '',
      role: 'member' as Role,
      salesRoles: [] as SalesRole[],
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) => (!v || v.length >= 8 ? null : t('validation.passwordLength', { count: 8 })),
    },
  });

  const save = useSaveRecord({
    kind: userKeys.all[0],
    form,
    fields: FIELDS,
    save: (v: typeof form.values) =>
      createUser({
        email: v.email.trim(),
        name: v.name.trim(),
        role: v.role,
        salesRoles: v.salesRoles,
        ...(v.password ? { password: v.password } : {}),
      }),
    savedMessage: (user) => t('users.created', { name: user.name }),
    onClose,
    // Everyone's names (owner pickers, filters) include the new user.
    alsoInvalidates: () => [userKeys.everyone],
  });

  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={t('users.newTitle')}
      size="lg"
      submitLabel={t('common.create')}
      form={form}
      save={save}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <LeadingField label={t('fields.personName')} {...form.getInputProps('name')} />
        <TextInput
          label={t('fields.email')}
          type="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('fields.password')}
          description={t('users.passwordHint')}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Select
          label={t('users.role')}
          data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('users.salesRoles')}
        data={SALES_ROLES.map((role) => ({ value: role, label: t(`salesRoles.${role}`) }))}
        {...form.getInputProps('salesRoles')}
      />
    </ModalForm>
  );
}
