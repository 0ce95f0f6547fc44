import { PROSPECT_FIELDS as CONTRACT_PROSPECT_FIELDS } from '../../../contract/leads.ts';
import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  TextInput,
} from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../kernel/web/components/page-header.tsx';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { dryRunImport } from './api/dry-run-import.ts';
import { runImport } from './api/run-import.ts';
import type { ImportBody, ImportReport } from './api/types.ts';
import { ImportReportView } from './import-report.tsx';
import { leadKeys } from './keys.ts';
import { LeadsCrumbs } from './leads-crumbs.tsx';

// The columns to map are the contract's prospect fields; the API's mapping has one key for each.
type ProspectField = keyof ImportReport['mapping'];
const PROSPECT_FIELDS: readonly ProspectField[] = CONTRACT_PROSPECT_FIELDS;
type Mapping = Record<ProspectField, string | null>;

/**
 * Outbound prospecting: upload a CSV → map its columns → the dry run's report of bad rows →
 * import the good rows as leads of one campaign (routed within the hunters' limits).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState('');
  const [campaign, setCampaign] = useState('');
  const [medium, setMedium] = useState('');
  const [columns, setColumns] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Mapping>({
    name: null,
    companyName: null,
    email: null,
    phone: null,
  });
  const [report, setReport] = useState<ImportReport | null>(null);

  const body = (): ImportBody => ({
    csv,
    campaign: campaign.trim(),
    medium: medium.trim() || null,
    ...(mapping.name
      ? {
          mapping: {
            name: mapping.name,
            companyName: mapping.companyName,
            email: mapping.email,
            phone: mapping.phone,
          },
        }
      : {}),
  });
  // The dry runs save nothing: they only ask the server what the file holds.
  const read = useApiMutation({
    mutationFn: async () => {
      const text = await file!.text();
      setCsv(text);
      return dryRunImport({ csv: text, campaign: campaign.trim() });
    },
    onSuccess: (r) => {
      setColumns(r.columns);
      setMapping(r.mapping);
      setStep(1);
    },
  });
  const check = useApiMutation({
    mutationFn: () => dryRunImport(body()),
    onSuccess: (r) => {
      setReport(r);
      setStep(2);
    },
  });
  const run = useApiMutation({
    mutationFn: () => runImport(body()),
    // New leads in the inbox, routed into the hunters' loads.
    invalidates: () => [leadKeys.lists, leadKeys.load],
    onSuccess: () => setStep(3),
  });
  const done = run.data;

  return (
    <>
      <LeadsCrumbs here={t('leads.import.title')} />
      <PageHeader title={t('leads.import.title')} />
      <Stepper active={step} onStepClick={(s) => s < step && step < 3 && setStep(s)} mb="lg">
        <Stepper.Step label={t('leads.import.steps.upload')} />
        <Stepper.Step label={t('leads.import.steps.map')} />
        <Stepper.Step label={t('leads.import.steps.check')} />
        <Stepper.Step label={t('leads.import.steps.import')} />
      </Stepper>
      <Paper withBorder p="lg">
        {step === 0 && (
          <Stack>
            <Text size="sm" c="dimmed">
              {t('leads.import.intro')}
            </Text>
            <FileInput
              label={t('leads.import.file')}
              accept=".csv,text/csv"
              value={file}
              onChange={setFile}
              clearable
              required
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('leads.fields.campaign')}
                description={t('leads.import.campaignHint')}
                required
                value={campaign}
                onChange={(e) => setCampaign(e.currentTarget.value)}
              />
              <TextInput
                label={t('leads.fields.medium')}
                description={t('leads.import.mediumHint', {
                  medium: t('leads.medium.prospect_list'),
                })}
                value={medium}
                onChange={(e) => setMedium(e.currentTarget.value)}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button
                disabled={!file || !campaign.trim()}
                loading={read.isPending}
                onClick={() => read.mutate()}
              >
                {t('leads.import.next')}
              </Button>
            </Group>
          </Stack>
        )}
        {step === 1 && (
          <Stack>
            <Text size="sm" c="dimmed">
              {t('leads.import.mapIntro', { count: columns.length })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {PROSPECT_FIELDS.map((field) => (
                <Select
                  key={field}
                  label={t(`leads.import.fields.${field}`)}
                  required={field === 'name'}
                  data={columns}
                  value={mapping[field]}
                  onChange={(v) => setMapping((m) => ({ ...m, [field]: v }))}
                  placeholder={t('leads.import.notInFile')}
                  clearable={field !== 'name'}
                />
              ))}
            </SimpleGrid>
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(0)}>
                {t('leads.import.back')}
              </Button>
              <Button
                disabled={!mapping.name}
                loading={check.isPending}
                onClick={() => check.mutate()}
              >
                {t('leads.import.dryRun')}
              </Button>
            </Group>
          </Stack>
        )}
        {step === 2 && report && (
          <Stack>
            <ImportReportView report={report} />
            <Text size="sm" c="dimmed">
              {t('leads.import.policy')}
            </Text>
            <Group justify="space-between">
              <Button variant="default" onClick={() => setStep(1)}>
                {t('leads.import.back')}
              </Button>
              <Button
                color="teal"
                disabled={report.validRows === 0}
                loading={run.isPending}
                onClick={() => run.mutate()}
              >
                {t('leads.import.run', { count: report.validRows })}
              </Button>
            </Group>
          </Stack>
        )}
        {step === 3 && done && (
          <Stack>
            <Alert color="teal" title={t('leads.import.done', { count: done.imported })}>
              {t('leads.import.routed', { assigned: done.assigned, queued: done.queued })}
              {done.invalidRows > 0 && ` ${t('leads.import.skipped', { count: done.invalidRows })}`}
            </Alert>
            <Group>
              <Button
                onClick={() =>
                  void navigate({ to: '/leads', search: { channel: 'outbound', status: 'new' } })
                }
              >
                {t('leads.import.toInbox')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setStep(0);
                  setFile(null);
                  setReport(null);
                  run.reset();
                }}
              >
                {t('leads.import.another')}
              </Button>
            </Group>
          </Stack>
        )}
      </Paper>
    </>
  );
}
