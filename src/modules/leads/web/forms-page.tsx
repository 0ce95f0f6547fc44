import { Badge, Button, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../kernel/web/components/page-header.tsx';
import { FormSnippetPanel } from './form-snippet-panel.tsx';
import { formsQuery } from './api/forms-query.ts';
import type { WebForm } from './api/types.ts';
import { WebFormModal } from './web-form-modal.tsx';
import { mediumText } from '../../../kernel/web/lib/source-text.ts';

/** Settings → web forms: list, create, edit, and each form's snippet for a site. */
export function FormsPage() {
  const { t } = useTranslation();
  const forms = useQuery(formsQuery);
  const [editing, setEditing] = useState<WebForm | 'new' | null>(null);
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = forms.data?.find((f) => f.id === shownId) ?? forms.data?.[0];
  return (
    <>
      <PageHeader title={t('leads.forms.title')} order={3}>
        <Button onClick={() => setEditing('new')}>{t('leads.forms.new')}</Button>
      </PageHeader>
      {!forms.data ? (
        forms.isError ? (
          <Text c="red">{t('errors.loadFailed')}</Text>
        ) : (
          <Loader size="sm" />
        )
      ) : forms.data.length === 0 ? (
        <Text c="dimmed">{t('leads.forms.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('leads.forms.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('leads.forms.name')}</Table.Th>
                <Table.Th>{t('leads.fields.medium')}</Table.Th>
                <Table.Th>{t('leads.fields.campaign')}</Table.Th>
                <Table.Th>{t('leads.forms.after')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {forms.data.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    {f.name}{' '}
                    {!f.active && (
                      <Badge color="gray" size="sm">
                        {t('leads.forms.off')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{f.medium && mediumText(f.medium, t)}</Table.Td>
                  <Table.Td>{f.campaign}</Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate maw={260}>
                      {f.redirectUrl ?? f.thankYouText ?? t('leads.forms.defaultThanks')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button.Group>
                      <Button
                        size="xs"
                        variant={shown?.id === f.id ? 'filled' : 'light'}
                        onClick={() => setShownId(f.id)}
                        aria-label={t('leads.forms.showSnippet', { name: f.name })}
                      >
                        {t('leads.forms.snippet')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(f)}
                        aria-label={t('leads.forms.edit', { name: f.name })}
                      >
                        {t('common.edit')}
                      </Button>
                    </Button.Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {shown && <FormSnippetPanel key={shown.id} form={shown} />}
      {editing && (
        <WebFormModal
          key={editing === 'new' ? 'new' : editing.id}
          form={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => setShownId(saved.id)}
        />
      )}
    </>
  );
}
