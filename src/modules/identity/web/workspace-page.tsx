import { Alert, Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { countryOptions } from '../../../kernel/web/lib/countries.ts';
import { LANGUAGES } from '../../../kernel/web/lib/i18n.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { saveWorkspace } from './api/save-workspace.ts';
import type { Workspace } from './api/types.ts';
import { RecordPermissionsField } from './record-permissions-field.tsx';
import { ExchangeRatesField, type RateRow } from './exchange-rates-field.tsx';
import { everyQuery } from './keys.ts';
import { CURRENCIES, timeZones } from './setup-options.ts';
import { meQuery } from '../../../kernel/web/lib/api/me-query.ts';

const FIELDS = [
  'name',
  'locale',
  'timezone',
  'currency',
  'defaultCountry',
  'exchangeRates',
  'permissions',
] as const;

function valuesOf(w: Workspace) {
  return {
    name: w.name,
    locale: w.locale,
    timezone: w.timezone,
    currency: w.currency,
    requireNextActivity: w.settings.requireNextActivity,
    defaultCountry: w.settings.defaultCountry ?? '',
    exchangeRates: Object.entries(w.settings.exchangeRates).map(([currency, rate]): RateRow => ({
      currency,
      rate,
    })),
    permissions: w.settings.permissions,
  };
}

/** The workspace's own settings (admins): name, language, time zone, currency and its rates. */
export function WorkspacePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const zones = useMemo(timeZones, []);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const workspace = me.workspace;
  const form = useForm({
    mode: 'controlled',
    initialValues: valuesOf(workspace),
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      exchangeRates: (rows) =>
        rows.some((r) => r.rate === '' || r.rate <= 0)
          ? t('workspaceSettings.rates.invalid')
          : null,
    },
  });

  const save = useApiMutation<typeof form.values, Workspace, (typeof FIELDS)[number]>({
    mutationFn: (v) =>
      saveWorkspace(workspace, {
        name: v.name.trim(),
        locale: v.locale as Workspace['locale'],
        timezone: v.timezone,
        currency: v.currency,
        settings: {
          requireNextActivity: v.requireNextActivity,
          defaultCountry: v.defaultCountry || null,
          exchangeRates: Object.fromEntries(
            v.exchangeRates.map((r) => [r.currency, Number(r.rate)]),
          ),
          permissions: v.permissions,
        },
      }),
    apply: (queryClient, saved) =>
      queryClient.setQueryData(meQuery.queryKey, (old) => old && { ...old, workspace: saved }),
    // Lamps and reports read local weeks: after a zone change every cached reading is stale.
    invalidates: () => [everyQuery],
    conflictRefetch: () => [meQuery.queryKey],
    form,
    fields: FIELDS,
    done: () => t('workspaceSettings.saved'),
    onSuccess: (saved) => {
      form.setInitialValues(valuesOf(saved));
      form.setValues(valuesOf(saved));
    },
  });

  const zoneChanged = form.values.timezone !== workspace.timezone;
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
      <Stack maw={640} gap="md">
        <TextInput label={t('workspaceSettings.name')} required {...form.getInputProps('name')} />
        <Select
          label={t('workspaceSettings.locale')}
          description={t('workspaceSettings.localeHint')}
          data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
          allowDeselect={false}
          {...form.getInputProps('locale')}
        />
        <Select
          label={t('workspaceSettings.timezone')}
          data={zones}
          searchable
          allowDeselect={false}
          {...form.getInputProps('timezone')}
        />
        {zoneChanged ? (
          <Alert color="yellow">{t('workspaceSettings.timezoneWarning')}</Alert>
        ) : null}
        <Select
          label={t('workspaceSettings.currency')}
          description={t('workspaceSettings.currencyHint')}
          data={CURRENCIES}
          allowDeselect={false}
          {...form.getInputProps('currency')}
        />
        <Select
          label={t('workspaceSettings.defaultCountry')}
          description={t('workspaceSettings.defaultCountryHint')}
          data={countries}
          searchable
          clearable
          {...form.getInputProps('defaultCountry')}
        />
        <Switch
          label={t('workspaceSettings.requireNextActivity')}
          description={t('workspaceSettings.requireNextActivityHint')}
          {...form.getInputProps('requireNextActivity', { type: 'checkbox' })}
        />
        <ExchangeRatesField
          base={form.values.currency}
          rows={form.values.exchangeRates}
          onChange={(rows) => form.setFieldValue('exchangeRates', rows)}
          error={form.errors.exchangeRates as string | undefined}
        />
        <RecordPermissionsField
          value={form.values.permissions}
          onChange={(permissions) => form.setFieldValue('permissions', permissions)}
        />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t('workspaceSettings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
