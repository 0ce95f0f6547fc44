import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDays,
  formatDuration,
  formatDurationIn,
  formatLocalDate,
  formatMonth,
  formatMoney,
  formatMoneyWhole,
  formatPercent,
} from './format.ts';
import { formatPhone } from './format-phone.ts';

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

  it('formats a duration under a day in hours or minutes, never as 0 days', () => {
    expect(formatDuration(3 * 3600, 'en')).toBe('3 hours');
    expect(formatDuration(3600, 'en')).toBe('1 hour');
    expect(formatDuration(2.5 * 3600, 'en')).toBe('2.5 hours');
    expect(formatDuration(45 * 60, 'en')).toBe('45 minutes');
    expect(formatDuration(60, 'en')).toBe('1 minute');
    expect(formatDuration(59.6 * 60, 'en')).toBe('1 hour');
    expect(formatDuration(12, 'en')).toBe('12 seconds');
    expect(formatDuration(0, 'en')).toBe('0 seconds');
    expect(formatDuration(1.5 * 86_400, 'en')).toBe('1.5 days');
    expect(formatDuration(23.97 * 3600, 'en')).toBe('1 day');
  });

  it('says hours and minutes in Polish and Russian with their plurals', () => {
    expect(formatDuration(3600, 'pl')).toBe('1 godzina');
    expect(formatDuration(3 * 3600, 'pl')).toBe('3 godziny');
    expect(formatDuration(5 * 3600, 'pl')).toBe('5 godzin');
    expect(formatDuration(45 * 60, 'pl')).toBe('45 minut');
    expect(formatDuration(22 * 60, 'pl')).toBe('22 minuty');
    expect(formatDuration(3600, 'ru')).toBe('1 час');
    expect(formatDuration(3 * 3600, 'ru')).toBe('3 часа');
    expect(formatDuration(5 * 3600, 'ru')).toBe('5 часов');
    expect(formatDuration(21 * 60, 'ru')).toBe('21 минута');
    expect(formatDuration(45 * 60, 'ru')).toBe('45 минут');
  });

  it('formats a chart axis in one unit whatever the value', () => {
    expect(formatDurationIn(1800, 'hour', 'en')).toBe('0.5 hours');
    expect(formatDurationIn(7200, 'minute', 'pl')).toBe('120 minut');
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
