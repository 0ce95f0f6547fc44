import { describe, expect, it } from 'vitest';
import { cardMarkers } from './card-markers.ts';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const call = (dueAt: string | null) => ({ id: 'a', type: 'call', dueAt });
const open = { status: 'open' as const, stuck: false };

describe('card markers', () => {
  it('marks a next step due before now as overdue, and one due now or later not', () => {
    expect(cardMarkers({ ...open, nextActivity: call('2026-03-10T11:59:59Z') }, NOW)).toEqual([
      'overdue',
    ]);
    expect(cardMarkers({ ...open, nextActivity: call('2026-03-10T12:00:00Z') }, NOW)).toEqual([]);
    expect(cardMarkers({ ...open, nextActivity: call('2026-03-11T09:00:00Z') }, NOW)).toEqual([]);
  });

  it('a planned step without a due time is neither missing nor overdue', () => {
    expect(cardMarkers({ ...open, nextActivity: call(null) }, NOW)).toEqual([]);
  });

  it('marks a deal with nothing planned, and never as overdue too', () => {
    expect(cardMarkers({ ...open, nextActivity: null }, NOW)).toEqual(['noNextStep']);
  });

  it("takes stuck from the server's rule, beside the next-step marker", () => {
    expect(cardMarkers({ ...open, stuck: true, nextActivity: null }, NOW)).toEqual([
      'noNextStep',
      'stuck',
    ]);
    expect(
      cardMarkers({ ...open, stuck: true, nextActivity: call('2026-03-01T09:00:00Z') }, NOW),
    ).toEqual(['overdue', 'stuck']);
  });

  it('marks nothing on a won or lost deal', () => {
    for (const status of ['won', 'lost'] as const) {
      expect(cardMarkers({ status, stuck: true, nextActivity: null }, NOW)).toEqual([]);
    }
  });
});
