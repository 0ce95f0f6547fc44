import { useTranslation } from 'react-i18next';
import {
  formatDays,
  formatDuration,
  formatMoneyWhole,
  formatNumber,
  formatPercent,
} from '../../../../kernel/web/lib/format.ts';

/** A dash where a figure has no base (a rate of nothing, a median of no stays). */
export const NO_VALUE = '—';

/** The report's figures in the interface language: money in the report's base currency. */
export function useReportFormat(currency: string) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    locale,
    money: (value: number) => formatMoneyWhole(value, currency, locale),
    number: (value: number) => formatNumber(value, locale),
    percent: (share: number | null) => (share === null ? NO_VALUE : formatPercent(share, locale)),
    days: (days: number | null) => (days === null ? NO_VALUE : formatDays(days, locale)),
    /** Seconds in the unit they read best in: a stay of three hours is "3 hours", not "0 days". */
    duration: (seconds: number | null) =>
      seconds === null ? NO_VALUE : formatDuration(seconds, locale),
  };
}

export type ReportFormat = ReturnType<typeof useReportFormat>;
