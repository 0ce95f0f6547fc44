import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/domain/errors.ts';
import {
  assertCanConvert,
  assertCanDisqualify,
  secondsToFirstContact,
  statusPath,
} from './lead-status.ts';
import { LEAD_STATUSES, LEAD_STEPS } from '../../../contract/leads.ts';
import type { LeadTarget } from '../../../contract/leads.ts';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
}

describe('statusPath', () => {
  it('one step forward passes exactly that status', () => {
    expect(statusPath('new', 'contacted')).toEqual(['contacted']);
    expect(statusPath('mql', 'sql')).toEqual(['sql']);
  });

  it('a skip forward passes every status in between, each once', () => {
    expect(statusPath('new', 'mql')).toEqual(['contacted', 'replied', 'mql']);
    expect(statusPath('contacted', 'sql')).toEqual(['replied', 'mql', 'sql']);
  });

  it('refuses staying, going back and leaving a closed status', () => {
    const targets = LEAD_STEPS.slice(1) as LeadTarget[];
    for (const from of LEAD_STATUSES) {
      for (const to of targets) {
        const forward = LEAD_STEPS.indexOf(to) > (LEAD_STEPS as readonly string[]).indexOf(from);
        const open = (LEAD_STEPS as readonly string[]).includes(from);
        expect(
          codeOf(() => statusPath(from, to)),
          `${from} → ${to}`,
        ).toBe(open && forward ? null : 'invalid_transition');
      }
    }
  });
});

describe('closing a lead', () => {
  it('disqualifies only open leads', () => {
    for (const s of LEAD_STEPS) expect(codeOf(() => assertCanDisqualify(s))).toBeNull();
    expect(codeOf(() => assertCanDisqualify('converted'))).toBe('invalid_transition');
    expect(codeOf(() => assertCanDisqualify('disqualified'))).toBe('invalid_transition');
  });

  it('converts only sql leads', () => {
    for (const s of LEAD_STATUSES) {
      expect(
        codeOf(() => assertCanConvert(s)),
        s,
      ).toBe(s === 'sql' ? null : 'lead_not_qualified');
    }
  });
});

describe('secondsToFirstContact', () => {
  it('counts whole seconds and never goes negative', () => {
    const created = new Date('2026-11-23T09:00:00Z');
    expect(secondsToFirstContact(created, new Date('2026-11-23T09:05:30Z'))).toBe(330);
    expect(secondsToFirstContact(created, new Date('2026-11-23T08:59:00Z'))).toBe(0);
  });
});
