// Dates follow the workspace, not only the language: an English-speaking team in London reads
// 07/12/2026 as the 7th of December (en-GB), not as July (en, which Intl reads as en-US). The
// signed-in frame sets the workspace's region once `GET /me` is known; every date formatter of
// the web app asks `regionalLocale` for the tag to format in. Numbers and money keep the
// language's own form: an English reader in a Polish workspace reads PLN 3,000.00, not the
// 3.000,00 PLN of en-PL.

let region: string | null = null;

/** The country a currency belongs to when the workspace names no country (EUR names none). */
const CURRENCY_COUNTRY: Readonly<Record<string, string>> = {
  GBP: 'GB',
  PLN: 'PL',
  USD: 'US',
  RUB: 'RU',
  UAH: 'UA',
  CZK: 'CZ',
  CHF: 'CH',
  SEK: 'SE',
  NOK: 'NO',
  DKK: 'DK',
  CAD: 'CA',
  AUD: 'AU',
};

/** Remembers the workspace's region: its country, else its currency's country, else none. */
export function setFormatRegion(workspace: {
  defaultCountry: string | null;
  currency: string;
}): void {
  const country = workspace.defaultCountry ?? CURRENCY_COUNTRY[workspace.currency] ?? null;
  region = country && /^[A-Z]{2}$/.test(country) ? country : null;
}

/** The tag to format in: `en` in a British workspace is `en-GB`; a full tag is kept as given. */
export function regionalLocale(locale: string): string {
  if (!region || locale.includes('-')) return locale;
  const tag = `${locale}-${region}`;
  return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0 ? tag : locale;
}

/** The workspace's country (its own, else its currency's), or null: phone examples follow it. */
export function formatRegion(): string | null {
  return region;
}
