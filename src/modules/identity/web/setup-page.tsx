import { Button, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SignedOutCard } from '../../../kernel/web/components/signed-out-card.tsx';
import { PasswordField } from '../../../kernel/web/components/password-field.tsx';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { changeLanguage, i18n, LANGUAGES, type Language } from '../../../kernel/web/lib/i18n.ts';
import { showTokenOnce } from '../../../kernel/web/lib/one-time-token.ts';
import { setUp } from './api/set-up.ts';
import {
  browserTimeZone,
  CURRENCIES,
  type Template,
  TEMPLATES,
  timeZones,
} from './setup-options.ts';
import { meQuery } from '../../../kernel/web/lib/api/me-query.ts';
import { setupStatusQuery } from '../../../kernel/web/lib/api/setup-status-query.ts';

const FIELDS = [
  'workspaceName',
  'name',
  'email',
  'password',
  'locale',
  'timezone',
  'currency',
  'template',
] as const;
type Field = (typeof FIELDS)[number];

/** First run: creates the workspace and its first admin, then goes straight into the app. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const zones = useMemo(timeZones, []);

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      workspaceName: '',
      name: '',
      email: '',
      password: '',
      locale: (LANGUAGES.find((l) => l.code === i18n.language)?.code ?? 'en') as Language,
      timezone: browserTimeZone(),
      currency: 'EUR',
      template: 'b2b-classic' as Template,
    },
    validate: {
      workspaceName: (v) => (v.trim() ? null : t('validation.required')),
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) => (v.length >= 8 ? null : t('validation.passwordLength', { count: 8 })),
      timezone: (v) => (v ? null : t('validation.required')),
      currency: (v) => (v ? null : t('validation.required')),
    },
  });

  const setup = useApiMutation<typeof form.values, Awaited<ReturnType<typeof setUp>>, Field>({
    mutationFn: (values) => setUp({ ...values, email: values.email.trim() }),
    // Set up and signed in: the "set-up required" answer is gone, the session is to be read.
    apply: (queryClient) => queryClient.removeQueries({ queryKey: setupStatusQuery.queryKey }),
    invalidates: () => [meQuery.queryKey],
    form,
    fields: FIELDS,
  });
  const submit = (values: typeof form.values) =>
    setup.mutate(values, {
      // After the session is reloaded: the app's frame needs it.
      onSuccess: async (result) => {
        showTokenOnce(result.apiToken);
        // `/` opens the new workspace where it starts (its first steps).
        await navigate({ to: '/' });
      },
    });

  return (
    <SignedOutCard
      title={t('setup.title')}
      intro={t('setup.intro')}
      width={640}
      onSubmit={form.onSubmit(submit)}
    >
      <TextInput
        label={t('setup.workspaceName')}
        required
        {...form.getInputProps('workspaceName')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('setup.name')}
          required
          autoComplete="name"
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('fields.email')}
          type="email"
          required
          autoComplete="email"
          {...form.getInputProps('email')}
        />
      </SimpleGrid>
      <PasswordField
        label={t('fields.password')}
        description={t('validation.passwordLength', { count: 8 })}
        required
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('setup.language')}
          data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          allowDeselect={false}
          {...form.getInputProps('locale')}
          onChange={(value) => {
            if (!value) return;
            form.setFieldValue('locale', value as Language);
            void changeLanguage(value as Language);
          }}
        />
        <Select
          label={t('setup.timezone')}
          data={zones}
          searchable
          limit={50}
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('timezone')}
        />
        <Select
          label={t('setup.currency')}
          data={CURRENCIES}
          searchable
          allowDeselect={false}
          {...form.getInputProps('currency')}
        />
      </SimpleGrid>
      <Radio.Group label={t('setup.template')} {...form.getInputProps('template')}>
        <Stack gap="xs" mt="xs">
          {TEMPLATES.map((template) => (
            <Radio
              key={template}
              value={template}
              label={t(`setup.templates.${template}.name`)}
              description={t(`setup.templates.${template}.description`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Button type="submit" loading={setup.isPending} size="md">
        {t('setup.submit')}
      </Button>
    </SignedOutCard>
  );
}
