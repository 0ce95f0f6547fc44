import { MultiSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, SALES_ROLES, type SalesRole } from '../../../contract/roles.ts';
import { LeadingField } from '../../../kernel/web/components/leading-field.tsx';
import { ModalForm } from '../../../kernel/web/components/modal-form.tsx';
import { PasswordField } from '../../../kernel/web/components/password-field.tsx';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { createUser, type UserAdded } from './api/create-user.ts';
import { userKeys, workspaceInvitationKeys } from './keys.ts';

const FIELDS = ['email', 'name', 'password', 'role', 'salesRoles'] as const;

/**
 * An admin adds a user to the workspace. The e-mail of an existing account sends it an
 * invitation instead (ADR 026): the answer says so, and names no one but the e-mail typed.
 */
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

  const save = useApiMutation<typeof form.values, UserAdded, (typeof FIELDS)[number]>({
    mutationFn: (v) =>
      createUser({
        email: v.email.trim(),
        name: v.name.trim(),
        role: v.role,
        salesRoles: v.salesRoles,
        ...(v.password ? { password: v.password } : {}),
      }),
    apply: (client, added) => {
      if (added.kind === 'created') client.setQueryData(userKeys.detail(added.user.id), added.user);
    },
    // A new user is in every list of people (owner pickers, filters); an invitation only in
    // the list of invitations waiting for an answer.
    invalidates: (added) =>
      added.kind === 'created'
        ? [userKeys.lists, userKeys.everyone]
        : [workspaceInvitationKeys.all],
    form,
    fields: FIELDS,
    done: (added) =>
      added.kind === 'created'
        ? t('users.created', { name: added.user.name })
        : t('users.invitationSent', { email: added.invitation.email }),
    onSuccess: () => {
      form.reset();
      onClose();
    },
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
