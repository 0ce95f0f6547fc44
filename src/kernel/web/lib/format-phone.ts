// Apart from format.ts on purpose: the phone metadata is the largest library a page may need,
// and only the pages that show a phone should load it (ADR 032).
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A phone stored in E.164 (`+48601234567`) shown in international format (`+48 601 234 567`). */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}
