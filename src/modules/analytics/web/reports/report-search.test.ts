import { describe, expect, it } from 'vitest';
import { validateReportSearch } from './report-search.ts';

const ID = '0190a8f2-4c1e-7b3a-9d2e-5f6a7b8c9d0e';

describe('report search', () => {
  it('keeps well-formed filters and drops the rest', () => {
    expect(
      validateReportSearch({
        pipelineId: ID,
        from: '2026-10-01',
        to: '2026-12-31',
        ownerId: 'not-an-id',
        teamId: ID,
        extra: 'x',
      }),
    ).toEqual({ pipelineId: ID, from: '2026-10-01', to: '2026-12-31', teamId: ID });
  });

  it('keeps a source of a known channel, a medium and a campaign the API would take', () => {
    expect(
      validateReportSearch({ channel: 'inbound', medium: ' web_form ', campaign: 'black-friday' }),
    ).toEqual({ channel: 'inbound', medium: 'web_form', campaign: 'black-friday' });
    expect(
      validateReportSearch({ channel: 'social', medium: '', campaign: 'x'.repeat(201) }),
    ).toEqual({});
    expect(validateReportSearch({ medium: 42 })).toEqual({});
  });

  it('takes a period only with both ends real dates', () => {
    expect(validateReportSearch({ from: '2026-10-01' })).toEqual({});
    expect(validateReportSearch({ from: '2026-02-30', to: '2026-03-31' })).toEqual({});
    expect(validateReportSearch({ from: 20261001, to: '2026-12-31' })).toEqual({});
  });
});
