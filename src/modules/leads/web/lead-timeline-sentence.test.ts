import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTranslators } from '../../../web/locales/test-translators.ts';
import type { LeadHistoryItem } from './api/types.ts';
import { leadTimelineSentence } from './lead-timeline-sentence.ts';

const translators: Record<string, TFunction> = {};

beforeAll(async () => {
  Object.assign(translators, await loadTranslators());
});

const anna = { id: '0190b5a0-0000-7000-8000-00000000000a', name: 'Anna Nowak' };
const boris = { id: '0190b5a0-0000-7000-8000-00000000000b', name: 'Borys Kowal' };

function assigned(assignment: LeadHistoryItem['assignment']): LeadHistoryItem {
  return {
    id: '0190b5a0-0000-7000-8000-000000000001',
    type: 'lead.assigned',
    occurredAt: '2026-11-23T09:30:00Z',
    actor: { id: '0190b5a0-0000-7000-8000-000000000002', name: 'Maria Szef' },
    ownerId: assignment?.to?.id ?? null,
    source: null,
    origin: null,
    secondsToFirstContact: null,
    contactedBy: null,
    reason: null,
    dealId: null,
    activity: null,
    assignment,
    call: null,
  };
}

describe('lead timeline: assignments', () => {
  it('says who got the lead and how, in every language', () => {
    const routed = assigned({ how: 'routing', from: null, to: anna });
    expect(leadTimelineSentence(routed, translators.en!)).toBe(
      'Assigned to Anna Nowak (round robin)',
    );
    expect(leadTimelineSentence(routed, translators.pl!)).toBe('Przydział rotacyjny — Anna Nowak');
    expect(leadTimelineSentence(routed, translators.ru!)).toBe('Назначен по кругу — Anna Nowak');
    const queued = assigned({ how: 'queue', from: null, to: anna });
    expect(leadTimelineSentence(queued, translators.en!)).toBe(
      'Assigned to Anna Nowak from the unassigned queue',
    );
  });

  it('names who assigned it by hand, from whom, and a return to the queue', () => {
    const en = translators.en!;
    expect(leadTimelineSentence(assigned({ how: 'manual', from: null, to: boris }), en)).toBe(
      'Maria Szef: assigned to Borys Kowal',
    );
    expect(leadTimelineSentence(assigned({ how: 'manual', from: anna, to: boris }), en)).toBe(
      'Maria Szef: reassigned from Anna Nowak to Borys Kowal',
    );
    expect(leadTimelineSentence(assigned({ how: 'manual', from: anna, to: null }), en)).toBe(
      'Maria Szef: taken from Anna Nowak back to the unassigned queue',
    );
    expect(
      leadTimelineSentence(assigned({ how: 'manual', from: anna, to: boris }), translators.ru!),
    ).toBe('Maria Szef: смена ответственного — Anna Nowak → Borys Kowal');
    // A user since removed reads as a dash, never "null".
    const gone = assigned({ how: 'routing', from: null, to: { id: anna.id, name: null } });
    expect(leadTimelineSentence(gone, translators.pl!)).toBe('Przydział rotacyjny — —');
  });
});
