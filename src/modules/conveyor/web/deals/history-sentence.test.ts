import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslators } from '../../../../web/locales/test-translators.ts';
import type { DealHistoryItem } from '../api/types.ts';
import { historySentence, stayDuration } from './history-sentence.ts';

const translators: Record<string, TFunction> = {};

beforeAll(async () => {
  Object.assign(translators, await loadTranslators());
});

const base: DealHistoryItem = {
  id: '0190b5a0-0000-7000-8000-000000000001',
  type: 'deal.stage_entered',
  occurredAt: '2026-11-23T09:30:00Z',
  actor: { id: '0190b5a0-0000-7000-8000-000000000002', name: 'Anna Nowak' },
  stage: { id: 's2', name: 'Offer' },
  fromStage: { id: 's1', name: 'Identification' },
  toStage: { id: 's2', name: 'Offer' },
  direction: 'forward',
  secondsInPreviousStage: 3 * 86_400 + 500,
  override: null,
  lostReason: null,
  comment: null,
  previousStatus: null,
  activity: null,
  changedFields: null,
  amount: null,
};

describe('history sentences', () => {
  it('tells a move with the time spent in the stage it left, in each language', () => {
    expect(historySentence(base, translators.en!)).toBe(
      'Anna Nowak moved it from Identification to Offer — 3 days in Identification',
    );
    expect(historySentence(base, translators.pl!)).toBe(
      'Anna Nowak: przeniesienie z „Identification” do „Offer” — 3 dni w etapie „Identification”',
    );
    expect(historySentence(base, translators.ru!)).toBe(
      'Anna Nowak: сделка переведена из «Identification» в «Offer» — 3 дня на этапе «Identification»',
    );
  });

  it('uses plural forms for durations', () => {
    expect(stayDuration(86_400, translators.ru!)).toBe('1 день');
    expect(stayDuration(5 * 86_400, translators.ru!)).toBe('5 дней');
    expect(stayDuration(22 * 3_600, translators.pl!)).toBe('22 godziny');
    expect(stayDuration(5 * 60, translators.pl!)).toBe('5 minut');
    expect(stayDuration(1 * 60, translators.en!)).toBe('1 minute');
    expect(stayDuration(10, translators.en!)).toBe('under a minute');
  });

  it('tells an override, a loss, an edit and a completed call', () => {
    const t = translators.en!;
    const override = { reason: 'client signed by phone', on: 'move' as const, unmet: [] };
    expect(historySentence({ ...base, type: 'deal.gate_overridden', override }, t)).toBe(
      'Override by Anna Nowak: “client signed by phone”',
    );
    expect(
      historySentence(
        { ...base, type: 'deal.lost', lostReason: { id: 'r', name: 'No budget' } },
        t,
      ),
    ).toBe('Anna Nowak lost the deal — No budget');
    expect(
      historySentence({ ...base, type: 'deal.updated', changedFields: ['value', 'ownerId'] }, t),
    ).toBe('Anna Nowak changed the value, the owner');
    const activity = { id: 'a', type: 'call', subject: 'Kick-off', logged: false };
    expect(historySentence({ ...base, type: 'activity.completed', activity }, t)).toBe(
      'Anna Nowak held a call: “Kick-off”',
    );
    expect(historySentence({ ...base, type: 'deal.won', actor: null }, t)).toBe(
      'System won the deal',
    );
  });
});
