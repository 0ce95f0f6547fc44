// Apart from format.ts on purpose: the phone metadata is the largest library a page may need,
// and only the pages that show a phone should load it (ADR 032).
import type { TFunction } from 'i18next';
import examples from 'libphonenumber-js/examples.mobile.json';
import {
  getExampleNumber,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
import { formatRegion } from './format-region.ts';

/** A phone stored in E.164 (`+48601234567`) shown in international format (`+48 601 234 567`). */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}

/**
 * A phone field's hint in the workspace's country: "Any format, e.g. 07400 123456 or
 * +44 7400 123456" in a British workspace, a Polish number in a Polish one; without a country,
 * only that numbers from abroad need their country code.
 */
export function phoneHint(t: TFunction, country: string | null = formatRegion()): string {
  const example =
    country && isSupportedCountry(country) ? getExampleNumber(country, examples) : undefined;
  if (!example) return t('fields.phoneHintAnyCountry');
  return t('fields.phoneHint', {
    national: example.formatNational(),
    international: example.formatInternational(),
  });
}
