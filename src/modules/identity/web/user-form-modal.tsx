import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../../kernel/web/components/password-field.tsx';
import { useSaveRecord } from '../../../kernel/web/components/use-save-record.ts';
import { createUser, ROLES, SALES_ROLES } from './users-api.ts';

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
      role: 'member' as (typeof ROLES)[number],
      salesRoles: [] as (typeof SALES_ROLES)[number][],
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) => (!v || v.length >= 8 ? null : t('validation.passwordLength', { count: 8 })),
    },
  });

  const save = useSaveRecord({
    kind: 'users',
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
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('users.newTitle')} size="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.personName')}
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
