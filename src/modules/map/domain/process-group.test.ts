import { describe, expect, it } from 'vitest';
import { linkErrors, timingErrors } from './process-group.ts';

describe('timingErrors', () => {
  it('accepts a standing group with a cadence and a triggered one with a known event', () => {
    expect(timingErrors({ mode: 'standing', cadence: 'weekly', trigger: null })).toEqual([]);
    expect(timingErrors({ mode: 'triggered', cadence: null, trigger: 'lead.sql' })).toEqual([]);
  });

  it('asks a standing group for its cadence and refuses a trigger on it', () => {
    expect(timingErrors({ mode: 'standing', cadence: null, trigger: 'lead.sql' })).toEqual([
      { path: 'cadence', message: 'A standing group needs a cadence' },
      { path: 'trigger', message: 'Only a triggered group has a trigger event' },
    ]);
  });

  it('asks a triggered group for a known event and refuses a cadence on it', () => {
    expect(timingErrors({ mode: 'triggered', cadence: 'daily', trigger: null })).toEqual([
      { path: 'trigger', message: 'A triggered group needs the event that starts it' },
      { path: 'cadence', message: 'Only a standing group has a cadence' },
    ]);
    expect(timingErrors({ mode: 'triggered', cadence: null, trigger: 'deal.exploded' })).toEqual([
      { path: 'trigger', message: 'Unknown event type "deal.exploded"' },
    ]);
  });
});

describe('linkErrors', () => {
  it('refuses a self link and a duplicate, naming their positions', () => {
    expect(linkErrors('a', ['b', 'a', 'b'])).toEqual([
      { path: 'next.1', message: 'A group cannot feed itself' },
      { path: 'next.2', message: 'Listed twice' },
    ]);
    expect(linkErrors(null, ['b', 'c'])).toEqual([]);
  });
});
