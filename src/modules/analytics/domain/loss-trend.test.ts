import { describe, expect, it } from 'vitest';
import { growingReasons, lossMonths, type MonthReasonCount } from './loss-trend.ts';

const cell = (month: string, reasonId: string, count: number): MonthReasonCount => ({
  month,
  reasonId,
  reasonName: reasonId,
  count,
  value: count * 10,
});
const names = new Map<string | null, string | null>([
  ['other', 'Other'],
  ['price', 'Price'],
]);

describe('loss trend', () => {
  it('gives each month its reasons’ shares, and flags a reason rising three months running', () => {
    const months = lossMonths([
      cell('2026-09', 'price', 3),
      cell('2026-09', 'other', 1),
      cell('2026-10', 'other', 1),
      cell('2026-10', 'price', 2),
      cell('2026-12', 'other', 2), // November had no losses: the months with losses count
      cell('2026-12', 'price', 1),
    ]);
    expect(months.map((m) => [m.month, m.count, m.value, m.reasons])).toEqual([
      [
        '2026-09',
        4,
        40,
        [
          { reasonId: 'price', count: 3, share: 0.75 },
          { reasonId: 'other', count: 1, share: 0.25 },
        ],
      ],
      [
        '2026-10',
        3,
        30,
        [
          { reasonId: 'price', count: 2, share: 0.667 },
          { reasonId: 'other', count: 1, share: 0.333 },
        ],
      ],
      [
        '2026-12',
        3,
        30,
        [
          { reasonId: 'other', count: 2, share: 0.667 },
          { reasonId: 'price', count: 1, share: 0.333 },
        ],
      ],
    ]);
    expect(growingReasons(months, names)).toEqual([
      {
        reasonId: 'other',
        name: 'Other',
        shares: [
          { month: '2026-09', share: 0.25 },
          { month: '2026-10', share: 0.333 },
          { month: '2026-12', share: 0.667 },
        ],
        share: 0.667,
      },
    ]);
    // Only the last three months count: an older dip does not matter, a flat step does.
    const flat = lossMonths([
      cell('2026-08', 'other', 1),
      cell('2026-08', 'price', 1),
      ...[0, 1, 2].map((i) => cell(`2026-1${i}`, 'other', 1)),
      ...[0, 1, 2].map((i) => cell(`2026-1${i}`, 'price', 1)),
    ]);
    expect(growingReasons(flat, names)).toEqual([]);
  });

  it('needs three months with losses and a share of at least a quarter', () => {
    const two = lossMonths([cell('2026-10', 'other', 1), cell('2026-11', 'other', 1)]);
    expect(growingReasons(two, names)).toEqual([]);
    const small = lossMonths([
      cell('2026-09', 'price', 20),
      cell('2026-09', 'other', 1),
      cell('2026-10', 'price', 10),
      cell('2026-10', 'other', 1),
      cell('2026-11', 'price', 5),
      cell('2026-11', 'other', 1), // 1/6: rising, but still a small reason
    ]);
    expect(growingReasons(small, names)).toEqual([]);
  });
});
