import { Checkbox, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldRules, SNIPPET_FIELDS } from './form-snippet.ts';

/**
 * Each field of a web form: shown in the snippet, and required (the server refuses a submission
 * without it). Hiding a field also stops requiring it, since a visitor could never fill it in.
 */
export function FieldRulesEditor({
  value,
  onChange,
  error,
}: {
  value: FieldRules;
  onChange: (next: FieldRules) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const set = (field: keyof FieldRules, rule: Partial<FieldRules[keyof FieldRules]>) => {
    const next = { ...value[field], ...rule };
    if (!next.visible) next.required = false;
    onChange({ ...value, [field]: next });
  };
  return (
    <div>
      <Text size="sm" fw={500}>
        {t('leads.forms.fields')}
      </Text>
      <Text size="xs" c="dimmed" mb={4}>
        {t('leads.forms.fieldsHint')}
      </Text>
      <Table withTableBorder verticalSpacing={4} aria-label={t('leads.forms.fields')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leads.forms.field')}</Table.Th>
            <Table.Th>{t('leads.forms.shown')}</Table.Th>
            <Table.Th>{t('leads.forms.required')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SNIPPET_FIELDS.map((f) => {
            const field = t(`leads.snippet.labels.${f}`);
            return (
              <Table.Tr key={f}>
                <Table.Td>{field}</Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={t('leads.forms.fieldShown', { field })}
                    checked={value[f].visible}
                    onChange={(e) => set(f, { visible: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={t('leads.forms.fieldRequired', { field })}
                    checked={value[f].required}
                    disabled={!value[f].visible}
                    onChange={(e) => set(f, { required: e.currentTarget.checked })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {error && (
        <Text size="xs" c="red" mt={4} role="alert">
          {error}
        </Text>
      )}
    </div>
  );
}
