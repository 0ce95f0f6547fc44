import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem, type Problem } from '../../../kernel/web/lib/problem.ts';
import { type AccountKind, useCreateAccount } from './use-create-account.ts';

type Existing = NonNullable<Problem['existing']>;

/**
 * A company or contact created in place, with the e-mail and phone the API checks for
 * duplicates: when it names an existing record of the kind, that record is offered for use.
 * Not a <form>: it sits inside other dialogs' forms, so Enter here creates, not submits them.
 */
export function NewAccountForm({
  kind,
  name,
  onDone,
  onCancel,
}: {
  kind: AccountKind;
  name: string;
  /** Created, or an existing one chosen instead. */
  onDone: (account: { id: string; name: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [existing, setExisting] = useState<Existing | null>(null);
  const initialValues = { name, email: '', phone: '' };
  const form = useForm({
    mode: 'controlled',
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
    },
  });
  const create = useCreateAccount(kind, {
    onCreated: onDone,
    form,
    // The fields a problem may point at: this form's own.
    fields: Object.keys(initialValues) as (keyof typeof initialValues)[],
    onProblem: (error) => {
      if (!isProblem(error, 'duplicate') || !error.problem.existing) return false;
      setExisting(error.problem.existing);
      return true;
    },
  });
  const submit = () => {
    if (form.validate().hasErrors) return;
    setExisting(null);
    const { email, phone } = form.getValues();
    create.mutate({
      name: form.getValues().name.trim(),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    submit();
  };
  const title = t(`accountPicker.newTitle.${kind}`);

  return (
    <Paper withBorder p="sm" role="group" aria-label={title} onKeyDown={onKeyDown}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <TextInput
          label={t(kind === 'company' ? 'fields.name' : 'fields.personName')}
          required
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label={t('fields.email')}
            type="email"
            data-autofocus
            {...form.getInputProps('email')}
          />
          <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        {existing && (
          <Alert color="yellow" p="xs">
            <Group justify="space-between" gap="xs">
              <Text size="sm">
                {t(
                  `accountPicker.duplicate.${existing.kind === 'company' ? 'company' : 'contact'}`,
                  {
                    name: existing.name,
                  },
                )}
              </Text>
              {existing.kind === kind && (
                <Button size="xs" variant="light" onClick={() => onDone(existing)}>
                  {t('accountPicker.useExisting', { name: existing.name })}
                </Button>
              )}
            </Group>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" loading={create.isPending} onClick={submit}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
