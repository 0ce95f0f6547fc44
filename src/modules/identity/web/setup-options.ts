import { TEMPLATES, type Template } from '../../../contract/templates.ts';
/** Currencies offered at setup (ISO 4217); the workspace's base currency for reports. */
export const CURRENCIES = [
  'PLN',
  'EUR',
  'USD',
  'GBP',
  'RUB',
  'CHF',
  'CZK',
  'UAH',
  'SEK',
  'NOK',
  'DKK',
  'HUF',
  'RON',
  'KZT',
  'BYN',
  'TRY',
  'CAD',
  'AUD',
  'JPY',
  'CNY',
];

export { TEMPLATES, type Template };

/** The browser's time zone, or UTC when it cannot tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA time zone the browser knows. */
export function timeZones(): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
