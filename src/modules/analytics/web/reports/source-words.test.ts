import { describe, expect, it } from 'vitest';
import { formatWait } from './source-words.ts';

describe('formatWait', () => {
  it('picks minutes, hours or days', () => {
    expect(formatWait(1800, 'en')).toBe('30 min');
    expect(formatWait(3600, 'en')).toBe('60 min');
    expect(formatWait(43_500, 'en')).toBe('12 hr');
    expect(formatWait(9000, 'en')).toBe('2.5 hr');
    expect(formatWait(259_200, 'en')).toBe('3 days');
    expect(formatWait(1800, 'pl')).toBe('30 min');
  });

  it('says seconds under a minute rather than "0 min"', () => {
    expect(formatWait(4, 'en')).toBe('4 sec');
    expect(formatWait(59, 'en')).toBe('59 sec');
    expect(formatWait(4, 'ru')).toBe('4 с');
    expect(formatWait(60, 'en')).toBe('1 min');
  });
});
