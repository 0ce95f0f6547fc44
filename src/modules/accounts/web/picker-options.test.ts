import { describe, expect, it } from 'vitest';
import { CREATE, DETAILS, exactMatch, pickerOptions } from './picker-options.ts';

const labels = { create: (n: string) => `Create “${n}”`, details: (n: string) => `${n} +` };
const acme = { id: 'c1', name: 'Acme' };
const baltic = { id: 'c2', name: 'Baltic Freight' };

describe('the options of a company or contact picker', () => {
  it('offers to create a name nothing matches, first so that Enter creates it', () => {
    expect(pickerOptions([], 'Nordic Oil', undefined, labels)).toEqual([
      { value: CREATE, label: 'Create “Nordic Oil”' },
      { value: DETAILS, label: 'Nordic Oil +' },
    ]);
  });

  it('lists the matches before the offer, and the record picked earlier after it', () => {
    const options = pickerOptions([acme, baltic], 'Balt', 'Acme', labels);
    expect(options.map((o) => o.value)).toEqual(['c2', CREATE, DETAILS, 'c1']);
  });

  it('offers nothing new for a name a record already has, whatever its case', () => {
    expect(pickerOptions([baltic], 'baltic freight', undefined, labels)).toEqual([
      { value: 'c2', label: 'Baltic Freight' },
    ]);
  });

  it('offers nothing new while nothing is typed, and lists each record once', () => {
    expect(pickerOptions([acme, acme], '  ', 'Acme', labels)).toEqual([
      { value: 'c1', label: 'Acme' },
    ]);
  });
});

describe('a name typed and not picked', () => {
  it('is the record with exactly that name, in any case', () => {
    expect(exactMatch([acme, baltic], ' baltic FREIGHT ')).toBe('c2');
  });

  it('is no record when none or two records carry it, or nothing is typed', () => {
    expect(exactMatch([acme, baltic], 'Balt')).toBeUndefined();
    expect(exactMatch([acme, { id: 'c3', name: 'ACME' }], 'acme')).toBeUndefined();
    expect(exactMatch([acme], '')).toBeUndefined();
  });
});
