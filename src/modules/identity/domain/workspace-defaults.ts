import type { Locale } from '../../../contract/roles.ts';

export { TEMPLATES, type Template } from '../../../contract/templates.ts';

const COUNTRY_BY_CURRENCY: Record<string, string> = {
  PLN: 'PL',
  RUB: 'RU',
  UAH: 'UA',
  CZK: 'CZ',
  GBP: 'GB',
  USD: 'US',
  BYN: 'BY',
  KZT: 'KZ',
};

const COUNTRY_BY_LOCALE: Record<Locale, string | null> = { pl: 'PL', ru: 'RU', en: null };

/**
 * The country used to read local phone numbers ("601 234 567") when a workspace has not set one:
 * the currency says more about where customers are than the interface language does.
 */
export function defaultCountryFor(locale: Locale, currency: string): string | null {
  return COUNTRY_BY_CURRENCY[currency] ?? COUNTRY_BY_LOCALE[locale];
}
