import { Alert, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../kernel/web/lib/format-phone.ts';
import type { ImportReport } from './api/types.ts';

/** The dry run's answer: counts, every bad row with why, and the first rows as they will be. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const more = report.invalidRows > 0 && report.problems.length === 1000;
  return (
    <Stack gap="md">
      <Group gap="xl">
        <Text>{t('leads.import.rows', { count: report.rows })}</Text>
        <Text c="teal.8" fw={600}>
          {t('leads.import.validRows', { count: report.validRows })}
        </Text>
        <Text c={report.invalidRows > 0 ? 'red.8' : 'dimmed'} fw={600}>
          {t('leads.import.invalidRows', { count: report.invalidRows })}
        </Text>
      </Group>
      {report.problems.length > 0 ? (
        <Table.ScrollContainer minWidth={600} mah={360}>
          <Table striped verticalSpacing={4} aria-label={t('leads.import.problems')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('leads.import.row')}</Table.Th>
                <Table.Th>{t('leads.import.field')}</Table.Th>
                <Table.Th>{t('leads.import.why')}</Table.Th>
                <Table.Th>{t('leads.import.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((p, i) => (
                <Table.Tr key={`${p.row}-${p.field}-${i}`}>
                  <Table.Td>{p.row}</Table.Td>
                  <Table.Td>{p.field ? t(`leads.import.fields.${p.field}`) : '—'}</Table.Td>
                  <Table.Td>
                    {t(`leads.import.codes.${p.code}`, { row: p.duplicateOf?.row ?? '' })}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{p.value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Alert color="teal">{t('leads.import.noProblems')}</Alert>
      )}
      {more && (
        <Text size="sm" c="dimmed">
          {t('leads.import.firstProblems')}
        </Text>
      )}
      {report.sample.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t('leads.import.sample')}
          </Text>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing={4} aria-label={t('leads.import.sample')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('leads.import.row')}</Table.Th>
                  <Table.Th>{t('leads.import.fields.name')}</Table.Th>
                  <Table.Th>{t('leads.import.fields.companyName')}</Table.Th>
                  <Table.Th>{t('leads.import.fields.email')}</Table.Th>
                  <Table.Th>{t('leads.import.fields.phone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.sample.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.companyName}</Table.Td>
                    <Table.Td>{r.email}</Table.Td>
                    <Table.Td>{r.phone && formatPhone(r.phone)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
