import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SOURCE_CHANNELS, type SourceChannel } from './report-search.ts';
import { reportQuery } from '../api/report-query.ts';
import type { ReportFilters } from './use-report-filters.ts';
import { mediumText } from '../../../../kernel/web/lib/source-text.ts';

const ANY = 'any';

/** Distinct non-empty values, sorted, with the one chosen kept even when the period lacks it. */
function choices(values: (string | null)[], chosen: string | undefined): string[] {
  const set = new Set(values.filter((v): v is string => Boolean(v)));
  if (chosen) set.add(chosen);
  return [...set].sort((a, b) => a.localeCompare(b));
}

/**
 * Channel, medium and campaign a report narrows to, kept in the address. The mediums and
 * campaigns offered are those the period's leads and deals came from (the sources report by
 * campaign), narrowed by the parts already chosen.
 */
export function SourceFields({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const { search, period } = filters;
  const known = useQuery({
    ...reportQuery('sources', {
      ...(period ? { from: period.from, to: period.to } : {}),
      groupBy: 'campaign',
    }),
    enabled: period !== null,
  });
  const rows = (known.data?.rows ?? []).filter(
    (r) => !search.channel || r.channel === search.channel,
  );
  const mediums = choices(
    rows.map((r) => r.medium),
    search.medium,
  );
  const campaigns = choices(
    rows.filter((r) => !search.medium || r.medium === search.medium).map((r) => r.campaign),
    search.campaign,
  );

  return (
    <>
      <Select
        label={t('reports.filters.channel')}
        data={[
          { value: ANY, label: t('reports.filters.anyChannel') },
          ...SOURCE_CHANNELS.map((c) => ({ value: c, label: t(`sourcesReport.channels.${c}`) })),
        ]}
        value={search.channel ?? ANY}
        allowDeselect={false}
        // Another channel's medium or campaign would match nothing: they go with it.
        onChange={(value) =>
          filters.set({
            channel: value && value !== ANY ? (value as SourceChannel) : undefined,
            medium: undefined,
            campaign: undefined,
          })
        }
        w={140}
      />
      <Select
        label={t('reports.filters.medium')}
        placeholder={t('reports.filters.anyMedium')}
        data={mediums.map((m) => ({ value: m, label: mediumText(m, t) }))}
        value={search.medium ?? null}
        onChange={(value) => filters.set({ medium: value ?? undefined, campaign: undefined })}
        nothingFoundMessage={t('reports.filters.noneKnown')}
        clearable
        searchable
        w={180}
      />
      <Select
        label={t('reports.filters.campaign')}
        placeholder={t('reports.filters.anyCampaign')}
        data={campaigns}
        value={search.campaign ?? null}
        onChange={(value) => filters.set({ campaign: value ?? undefined })}
        nothingFoundMessage={t('reports.filters.noneKnown')}
        clearable
        searchable
        w={180}
      />
    </>
  );
}
