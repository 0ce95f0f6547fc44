import { SOURCE_GROUPINGS as CONTRACT_SOURCE_GROUPINGS } from '../../../../contract/analytics.ts';
import type { TFunction } from 'i18next';
import type { SourceGrouping } from '../api/types.ts';
import { mediumText } from '../../../../kernel/web/lib/source-text.ts';

/** The sources report's groupings, from the coarsest. */
export const SOURCE_GROUPINGS: readonly SourceGrouping[] = CONTRACT_SOURCE_GROUPINGS;

/** A source as people read it: "Inbound · Web form · black-friday"; parts not given say so. */
export function sourceLabel(
  t: TFunction,
  source: { channel: string | null; medium: string | null; campaign?: string | null },
  grouping: SourceGrouping,
): string {
  if (source.channel === null) return t('sourcesReport.noSource');
  const parts = [t(`sourcesReport.channels.${source.channel}`)];
  if (grouping !== 'channel')
    parts.push(source.medium ? mediumText(source.medium, t) : t('sourcesReport.noMedium'));
  if (grouping === 'campaign') parts.push(source.campaign ?? t('sourcesReport.noCampaign'));
  return parts.join(' · ');
}

/** A cost's source: only the parts it was entered for ("Outbound · Cold call", "Inbound, all"). */
export function costSourceLabel(
  t: TFunction,
  cost: { channel: string; medium: string | null; campaign: string | null },
): string {
  const channel = t(`sourcesReport.channels.${cost.channel}`);
  if (cost.medium === null && cost.campaign === null) {
    return t('sourcesReport.costs.wholeChannel', { channel });
  }
  return [channel, cost.medium && mediumText(cost.medium, t), cost.campaign]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Seconds as the unit people think in: seconds under a minute (never "0 min"), minutes under two
 * hours, hours under two days, days.
 */
export function formatWait(seconds: number, locale: string): string {
  const [value, unit] =
    seconds < 60
      ? [seconds, 'second']
      : seconds < 7200
        ? [seconds / 60, 'minute']
        : seconds < 172_800
          ? [seconds / 3600, 'hour']
          : [seconds / 86_400, 'day'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
