import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/**
 * Normalises a phone number to E.164, reading numbers without a +prefix in the workspace's
 * default country. Returns null when the input cannot be a valid number.
 */
export function normalizePhone(input: string, defaultCountry: string | null): string | null {
  const parsed = parsePhoneNumberFromString(
    input.trim(),
    (defaultCountry ?? undefined) as CountryCode | undefined,
  );
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

/** Whether a search string reads as a phone number (digits, spaces, + ( ) . -), any country. */
export function looksLikePhone(query: string): boolean {
  return /^[+\d][\d\s().-]{5,}$/.test(query.trim());
}

/** A search string that looks like a phone number, normalised for matching stored E.164 values. */
export function phoneSearchKey(query: string, defaultCountry: string | null): string | null {
  if (!looksLikePhone(query)) return null;
  return normalizePhone(query, defaultCountry);
}
