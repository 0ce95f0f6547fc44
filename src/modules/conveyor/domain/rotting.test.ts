import { describe, expect, it } from 'vitest';
import { idleSince, isStuck } from './rotting.ts';

const at = (iso: string) => new Date(iso);
const entered = at('2026-11-01T09:00:00Z');

describe('isStuck', () => {
  it('never marks a deal stuck in a stage without rotDays', () => {
    const facts = { stageEnteredAt: entered, lastCompletedActivityAt: null };
    expect(isStuck(facts, null, at('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('marks a deal stuck only when idle strictly longer than rotDays', () => {
    const facts = { stageEnteredAt: entered, lastCompletedActivityAt: null };
    expect(isStuck(facts, 7, at('2026-11-08T09:00:00Z'))).toBe(false);
    expect(isStuck(facts, 7, at('2026-11-08T09:00:01Z'))).toBe(true);
  });

  it('counts idleness from the last completed activity when it is later than the stage change', () => {
    const facts = { stageEnteredAt: entered, lastCompletedActivityAt: at('2026-11-05T09:00:00Z') };
    expect(isStuck(facts, 7, at('2026-11-10T09:00:00Z'))).toBe(false);
    expect(isStuck(facts, 7, at('2026-11-12T09:00:01Z'))).toBe(true);
  });

  it('counts from the stage change when the last activity was before it', () => {
    const facts = { stageEnteredAt: entered, lastCompletedActivityAt: at('2026-10-01T09:00:00Z') };
    expect(isStuck(facts, 7, at('2026-11-05T09:00:00Z'))).toBe(false);
    expect(isStuck(facts, 7, at('2026-11-09T09:00:00Z'))).toBe(true);
  });
});

describe('idleSince', () => {
  it('is the later of the stage change and the last completed activity', () => {
    const later = at('2026-11-03T00:00:00Z');
    expect(idleSince({ stageEnteredAt: entered, lastCompletedActivityAt: null })).toBe(entered);
    expect(idleSince({ stageEnteredAt: entered, lastCompletedActivityAt: later })).toBe(later);
    expect(idleSince({ stageEnteredAt: later, lastCompletedActivityAt: entered })).toBe(later);
  });
});
