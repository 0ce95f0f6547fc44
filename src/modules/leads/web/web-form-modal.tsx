import { Button, Group, Modal, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { createWebForm } from './api/create-web-form.ts';
import { formsQuery } from './api/forms-query.ts';
import type { WebForm } from './api/types.ts';
import { updateWebForm } from './api/update-web-form.ts';
import { FieldRulesEditor } from './field-rules-editor.tsx';
import type { FieldRules } from './form-snippet.ts';
import { formKeys } from './keys.ts';

const FIELDS = ['name', 'medium', 'campaign', 'redirectUrl', 'thankYouText', 'fields'] as const;

/** A new form shows every field and asks for the name (as the server's default). */
const NEW_FORM_FIELDS: FieldRules = {
  name: { visible: true, required: true },
  email: { visible: true, required: false },
  phone: { visible: true, required: false },
  company: { visible: true, required: false },
  message: { visible: true, required: false },
};

/** Creates a web form or edits one (If-Match), including switching it off. */
export function WebFormModal({
  form: existing,
  onClose,
  onSaved,
}: {
  form?: WebForm;
  onClose: () => void;
  onSaved?: (saved: WebForm) => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: {
      name: existing?.name ?? '',
      medium: existing?.medium ?? '',
      campaign: existing?.campaign ?? '',
      redirectUrl: existing?.redirectUrl ?? '',
      thankYouText: existing?.thankYouText ?? '',
      fields: existing?.fields ?? NEW_FORM_FIELDS,
      active: existing?.active ?? true,
    },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const save = useApiMutation({
    onConflict: onClose,
    mutationFn: (v: typeof form.values) => {
      const body = {
        name: v.name.trim(),
        medium: v.medium.trim() || null,
        campaign: v.campaign.trim() || null,
        redirectUrl: v.redirectUrl.trim() || null,
        thankYouText: v.thankYouText.trim() || null,
        fields: v.fields,
      };
      return existing
        ? updateWebForm(existing, { ...body, active: v.active })
        : createWebForm(body);
    },
    // The list shows the saved form at once (the snippet below it names it), then is refetched.
    apply: (client, saved) =>
      client.setQueryData(formsQuery.queryKey, (items) =>
        items?.some((f) => f.id === saved.id)
          ? items.map((f) => (f.id === saved.id ? saved : f))
          : items && [...items, saved],
      ),
    invalidates: () => [formKeys.lists],
    conflictRefetch: () => [formKeys.lists],
    form,
    fields: FIELDS,
    done: (saved) => t('leads.forms.saved', { name: saved.name }),
    onSuccess: (saved) => {
      if (!existing) form.reset();
      onClose();
      onSaved?.(saved);
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? t('leads.forms.editTitle') : t('leads.forms.new')}
      size="lg"
    >
      <form onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <TextInput
            label={t('leads.forms.name')}
            required
            {...form.getInputProps('name')}
            data-autofocus
          />
          <Group grow>
            <TextInput
              label={t('leads.fields.medium')}
              description={t('leads.forms.mediumHint', { medium: t('leads.medium.web_form') })}
              {...form.getInputProps('medium')}
            />
            <TextInput label={t('leads.fields.campaign')} {...form.getInputProps('campaign')} />
          </Group>
          <TextInput
            label={t('leads.forms.redirectUrl')}
            description={t('leads.forms.redirectHint')}
            placeholder="https://"
            {...form.getInputProps('redirectUrl')}
          />
          <Textarea
            label={t('leads.forms.thankYouText')}
            autosize
            minRows={2}
            {...form.getInputProps('thankYouText')}
          />
          <FieldRulesEditor
            value={form.values.fields}
            onChange={(fields) => form.setFieldValue('fields', fields)}
            error={form.errors.fields}
          />
          {existing && (
            <Switch
              label={t('leads.forms.active')}
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {existing ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
