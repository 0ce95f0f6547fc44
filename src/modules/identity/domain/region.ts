/** Time zones and currencies are checked against the runtime's ICU data (the same IANA names PostgreSQL uses). */
export function isValidTimezone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isValidCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}
