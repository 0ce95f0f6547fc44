import { DateInput, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/pl';
import 'dayjs/locale/ru';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { datePattern, parseLocalDate } from '../lib/date-pattern.ts';

export interface DateFieldProps {
  label: ReactNode;
  /** `YYYY-MM-DD`, or '' when empty. */
  value: string;
  onChange: (value: string) => void;
  /** The earliest and latest day to offer, `YYYY-MM-DD`. */
  min?: string | undefined;
  max?: string | undefined;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  clearable?: boolean;
  w?: number | string;
}

/**
 * A calendar day typed or picked in the reader's language and the workspace's order
 * (07/12/2026 in a British workspace, 07.12.2026 in a Polish one) — a browser's own date input
 * shows the browser's format, whatever the workspace is.
 */
export function DateField({
  value,
  onChange,
  min,
  max,
  clearable = true,
  ...rest
}: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // The pattern's letters in the reader's language: ДД.ММ.ГГГГ, not the library's DD.MM.YYYY.
  const placeholder = datePattern(language)
    .replace('DD', t('common.datePlaceholder.day'))
    .replace('MM', t('common.datePlaceholder.month'))
    .replace('YYYY', t('common.datePlaceholder.year'));
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <DateInput
        {...rest}
        value={value || null}
        onChange={(day) => onChange(day ?? '')}
        valueFormat={datePattern(language)}
        dateParser={(text) => parseLocalDate(text, language)}
        placeholder={placeholder}
        minDate={min || undefined}
        maxDate={max || undefined}
        clearable={clearable}
      />
    </DatesProvider>
  );
}
