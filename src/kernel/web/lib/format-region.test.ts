import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatLocalDate, formatMoney } from './format.ts';
import { setFormatRegion } from './format-region.ts';

afterEach(() => setFormatRegion({ defaultCountry: null, currency: 'EUR' }));

describe("dates in the workspace's region", () => {
  it('reads day before month in a British workspace, by its country or else its currency', () => {
    setFormatRegion({ defaultCountry: 'GB', currency: 'EUR' });
    expect(formatLocalDate('2026-12-07', 'en')).toBe('7 Dec 2026');
    setFormatRegion({ defaultCountry: null, currency: 'GBP' });
    expect(formatDate('2026-12-07T10:00:00Z', 'en', 'Europe/London')).toBe('7 Dec 2026');
    expect(formatMoney(1234.5, 'GBP', 'en')).toBe('£1,234.50');
    setFormatRegion({ defaultCountry: 'PL', currency: 'PLN' });
    expect(formatMoney(3000, 'PLN', 'en')).toMatch(/^PLN\s3,000\.00$/); // not en-PL's 3.000,00 PLN
  });

  it('keeps the language: a Russian speaker in a Polish workspace reads Russian', () => {
    setFormatRegion({ defaultCountry: 'PL', currency: 'PLN' });
    expect(formatLocalDate('2026-12-07', 'ru')).toMatch(/^7 дек\.? 2026/);
    expect(formatLocalDate('2026-12-07', 'pl')).toBe('7 gru 2026');
  });

  it('falls back to the language alone where the workspace says nothing of its region', () => {
    setFormatRegion({ defaultCountry: null, currency: 'EUR' });
    expect(formatLocalDate('2026-12-07', 'en')).toBe('Dec 7, 2026');
    setFormatRegion({ defaultCountry: 'not a country', currency: 'EUR' });
    expect(formatLocalDate('2026-12-07', 'en')).toBe('Dec 7, 2026');
  });
});
