import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCapacity, pickOwner, planAssignments, type RoutingCandidate } from './assignment.ts';

const hunter = (userId: string, openLeads = 0, leadLimit: number | null = null) =>
  ({ userId, active: true, salesRoles: ['hunter'], leadLimit, openLeads }) as RoutingCandidate;

describe('pickOwner', () => {
  it('takes the first by id when nobody was assigned yet', () => {
    expect(pickOwner([hunter('b'), hunter('a'), hunter('c')], null)).toBe('a');
  });

  it('takes the one after the last assigned, wrapping around', () => {
    const all = [hunter('a'), hunter('b'), hunter('c')];
    expect(pickOwner(all, 'a')).toBe('b');
    expect(pickOwner(all, 'c')).toBe('a');
    // The last one may have left the list meanwhile: the next id after it still counts.
    expect(pickOwner([hunter('a'), hunter('c')], 'b')).toBe('c');
  });

  it('skips members at their limit, inactive ones and non-hunters', () => {
    const all = [
      hunter('a', 2, 2),
      { ...hunter('b'), active: false },
      { ...hunter('c'), salesRoles: ['closer'] },
      hunter('d', 4, 5),
    ];
    expect(pickOwner(all, null)).toBe('d');
    expect(pickOwner(all, 'd')).toBe('d');
  });

  it('gives null when everybody is full', () => {
    expect(pickOwner([hunter('a', 1, 1), hunter('b', 0, 0)], null)).toBeNull();
    expect(pickOwner([], null)).toBeNull();
  });

  it('a null limit means no limit', () => {
    expect(hasCapacity({ leadLimit: null, openLeads: 10_000 })).toBe(true);
    expect(hasCapacity({ leadLimit: 3, openLeads: 3 })).toBe(false);
  });
});

describe('planAssignments', () => {
  it('shares the queue in turn and stops when all are full', () => {
    const plan = planAssignments([hunter('a', 0, 1), hunter('b', 0, 2)], null, [
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(plan.assignments).toEqual([
      { leadId: '1', ownerId: 'a' },
      { leadId: '2', ownerId: 'b' },
      { leadId: '3', ownerId: 'b' },
    ]);
    expect(plan.lastAssignedId).toBe('b');
  });

  const candidate = fc.record({
    userId: fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5'),
    active: fc.boolean(),
    salesRoles: fc.subarray(['hunter', 'closer', 'prospector']),
    leadLimit: fc.option(fc.nat(6)),
    openLeads: fc.nat(8),
  });
  const scenario = fc.record({
    candidates: fc.uniqueArray(candidate, { selector: (c) => c.userId, maxLength: 5 }),
    last: fc.option(fc.constantFrom('u0', 'u1', 'u3', 'u6')),
    queue: fc.nat(30),
  });

  it('never pushes anyone past their limit, and assigns only eligible members', () => {
    fc.assert(
      fc.property(scenario, ({ candidates, last, queue }) => {
        const ids = Array.from({ length: queue }, (_, i) => `lead-${i}`);
        const plan = planAssignments(candidates, last, ids);
        for (const c of candidates) {
          const given = plan.assignments.filter((a) => a.ownerId === c.userId).length;
          if (given === 0) continue;
          expect(c.active && c.salesRoles.includes('hunter')).toBe(true);
          if (c.leadLimit !== null) expect(c.openLeads + given).toBeLessThanOrEqual(c.leadLimit);
        }
      }),
    );
  });

  it('leaves a lead queued only when everybody is full, and takes the queue in order', () => {
    fc.assert(
      fc.property(scenario, ({ candidates, last, queue }) => {
        const ids = Array.from({ length: queue }, (_, i) => `lead-${i}`);
        const plan = planAssignments(candidates, last, ids);
        expect(plan.assignments.map((a) => a.leadId)).toEqual(
          ids.slice(0, plan.assignments.length),
        );
        if (plan.assignments.length < queue) {
          const after = candidates.map((c) => ({
            ...c,
            openLeads: c.openLeads + plan.assignments.filter((a) => a.ownerId === c.userId).length,
          }));
          expect(pickOwner(after, plan.lastAssignedId)).toBeNull();
        }
      }),
    );
  });

  it('is fair: with no limits, counts differ by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.nat(40), (n, queue) => {
        const all = Array.from({ length: n }, (_, i) => hunter(`u${i}`));
        const plan = planAssignments(
          all,
          null,
          Array.from({ length: queue }, (_, i) => `${i}`),
        );
        const counts = all.map(
          (c) => plan.assignments.filter((a) => a.ownerId === c.userId).length,
        );
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
