import { Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebForm } from './api/types.ts';
import { formSnippet, SNIPPET_FIELDS, submissionUrl } from './form-snippet.ts';

/** The copy-paste HTML for one form, with the fields its settings show and require. */
export function FormSnippetPanel({ form }: { form: WebForm }) {
  const { t } = useTranslation();
  const titleId = useId();
  const fields = form.fields;
  const action = submissionUrl(form, window.location.origin);
  const html = formSnippet({
    action,
    fields,
    redirects: Boolean(form.redirectUrl),
    labels: {
      name: t('leads.snippet.labels.name'),
      email: t('leads.snippet.labels.email'),
      phone: t('leads.snippet.labels.phone'),
      company: t('leads.snippet.labels.company'),
      message: t('leads.snippet.labels.message'),
      submit: t('leads.snippet.labels.submit'),
      thanks: t('leads.snippet.labels.thanks'),
      failed: t('leads.snippet.labels.failed'),
    },
  });
  return (
    <Paper withBorder p="lg" mt="lg" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="xs" id={titleId}>
        {t('leads.snippet.title')} — {form.name}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('leads.snippet.intro')}
      </Text>
      <Text size="sm" mb="xs">
        {t('leads.snippet.url')} <Code>{action}</Code>
      </Text>
      <Text size="sm" mb="sm">
        {t('leads.snippet.fields')}:{' '}
        {SNIPPET_FIELDS.filter((f) => fields[f].visible)
          .map((f) => {
            const label = t(`leads.snippet.labels.${f}`);
            return fields[f].required ? t('leads.snippet.requiredField', { label }) : label;
          })
          .join(', ')}
      </Text>
      <Stack gap="xs">
        <Code
          block
          aria-label={t('leads.snippet.code')}
          style={{ maxHeight: 360, overflow: 'auto' }}
        >
          {html}
        </Code>
        <Group>
          <CopyButton value={html}>
            {({ copied, copy }) => (
              <Button color={copied ? 'teal' : 'indigo'} onClick={copy}>
                {copied ? t('leads.snippet.copied') : t('leads.snippet.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}
