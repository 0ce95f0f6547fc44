import { describe, expect, it } from 'vitest';
import { formatLampValue, lampUnit } from './lamp-value.ts';

describe('lamp values', () => {
  it('pick their unit from the metric', () => {
    expect(lampUnit({ count: { event: 'deal.won' } })).toBe('count');
    expect(lampUnit({ state: 'open_deals' })).toBe('count');
    expect(lampUnit({ sum: { event: 'deal.won' } })).toBe('money');
    expect(lampUnit({ ratio: { of: {}, to: {} } })).toBe('fraction');
    expect(lampUnit({ median: { event: 'deal.stage_entered' }, of: 'duration' })).toBe('duration');
    expect(lampUnit({ median: { event: 'deal.won' }, of: 'amount' })).toBe('money');
    expect(lampUnit({ manual: true })).toBe('number');
  });

  it('read as people expect, in the locale', () => {
    expect(formatLampValue(null, 'count', 'en', 'PLN')).toBe('–');
    expect(formatLampValue(12, 'count', 'en', 'PLN')).toBe('12');
    // No fractional meetings: a count is whole, half rounds away from zero.
    expect(formatLampValue(2.5, 'count', 'en', 'PLN')).toBe('3');
    expect(formatLampValue(4.4, 'count', 'pl', 'PLN')).toBe('4');
    expect(formatLampValue(0.425, 'fraction', 'en', 'PLN')).toBe('43%');
    expect(formatLampValue(3 * 86_400, 'duration', 'en', 'PLN')).toBe('3 days');
    expect(formatLampValue(5 * 3600, 'duration', 'en', 'PLN')).toBe('5 hr');
    expect(formatLampValue(12_500, 'money', 'en', 'EUR')).toBe('€12,500');
  });
});
