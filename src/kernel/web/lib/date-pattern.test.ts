import { afterEach, describe, expect, it } from 'vitest';
import { datePattern, parseLocalDate } from './date-pattern.ts';
import { setFormatRegion } from './format-region.ts';

afterEach(() => setFormatRegion({ defaultCountry: null, currency: 'EUR' }));

describe('a typed date', () => {
  it("is shown and read in the workspace's order", () => {
    setFormatRegion({ defaultCountry: 'GB', currency: 'GBP' });
    expect(datePattern('en')).toBe('DD/MM/YYYY');
    expect(parseLocalDate('07/12/2026', 'en')).toBe('2026-12-07');
    setFormatRegion({ defaultCountry: 'US', currency: 'USD' });
    expect(datePattern('en')).toBe('MM/DD/YYYY');
    expect(parseLocalDate('07/12/2026', 'en')).toBe('2026-07-12');
    setFormatRegion({ defaultCountry: 'PL', currency: 'PLN' });
    expect(datePattern('pl')).toBe('DD.MM.YYYY');
    expect(datePattern('ru')).toBe('DD.MM.YYYY');
    expect(parseLocalDate('7.12.2026', 'pl')).toBe('2026-12-07');
    expect(parseLocalDate('7 12 26', 'ru')).toBe('2026-12-07');
  });

  it('takes ISO dates as they are and refuses days that do not exist', () => {
    setFormatRegion({ defaultCountry: 'PL', currency: 'PLN' });
    expect(parseLocalDate('2026-02-28', 'pl')).toBe('2026-02-28');
    expect(parseLocalDate('31.02.2026', 'pl')).toBeNull();
    expect(parseLocalDate('2026-13-01', 'pl')).toBeNull();
    expect(parseLocalDate('1.1.1200', 'pl')).toBeNull();
    expect(parseLocalDate('yesterday', 'pl')).toBeNull();
    expect(parseLocalDate('', 'pl')).toBeNull();
  });
});
