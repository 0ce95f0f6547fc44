import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDays,
  formatLocalDate,
  formatMonth,
  formatMoney,
  formatMoneyWhole,
  formatPercent,
  formatPhone,
} from './format.ts';

describe('format', () => {
  it('formats money for the active locale', () => {
    expect(formatMoney(12500.5, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('12 500,50 zł');
    expect(formatMoney(12500.5, 'USD', 'en')).toBe('$12,500.50');
    expect(formatMoney(1000, 'RUB', 'ru').replace(/\s/g, ' ')).toBe('1 000,00 ₽');
  });

  it('formats report figures: whole money, shares and days in the locale', () => {
    expect(formatMoneyWhole(12500.5, 'PLN', 'pl').replace(/\s/g, ' ')).toBe('12 501 zł');
    expect(formatPercent(0.3333, 'en')).toBe('33.3%');
    expect(formatPercent(0.125, 'pl')).toBe('12,5%');
    expect(formatDays(1, 'en')).toBe('1 day');
    expect(formatDays(2.5, 'pl')).toBe('2,5 dnia');
    expect(formatDays(5, 'ru')).toBe('5 дней');
  });

  it('formats months and calendar dates without shifting them by a time zone', () => {
    expect(formatMonth('2026-11', 'en')).toBe('Nov 2026');
    expect(formatMonth('2026-01', 'ru')).toMatch(/^янв\.? 2026/);
    expect(formatLocalDate('2026-12-01', 'en')).toBe('Dec 1, 2026');
    expect(formatLocalDate('garbage', 'en')).toBe('garbage');
  });

  it('formats dates in the given time zone', () => {
    expect(formatDate('2026-11-23T23:30:00Z', 'en', 'UTC')).toBe('Nov 23, 2026');
    expect(formatDate('2026-11-23T23:30:00Z', 'en', 'Europe/Warsaw')).toBe('Nov 24, 2026');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('shows E.164 phones grouped, and leaves unknown input alone', () => {
    expect(formatPhone('+48601234567')).toBe('+48 601 234 567');
    expect(formatPhone('12')).toBe('12');
  });
});
