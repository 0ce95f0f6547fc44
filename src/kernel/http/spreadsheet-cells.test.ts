import { describe, expect, it } from 'vitest';
import { neutraliseCell, startsLikeFormula } from './spreadsheet-cells.ts';
import { tableToCsv } from './report-files.ts';

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1-2', "'+1-2"],
    ['-2+3', "'-2+3"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\tplain', "'\tplain"],
    ['\rplain', "'\rplain"],
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
    ['＝1+1', "'＝1+1"],
    ['＠SUM(1)', "'＠SUM(1)"],
  ])('quotes a text cell starting with a trigger: %j', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it.each([' =1+1', '   +1', '\n=cmd|"/c calc"!A1', ' \t@x', '\u00a0-1+1', '\u3000=1'])(
    'quotes a trigger behind leading white space, which trimming readers would reach: %j',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it.each([
    '',
    '   ',
    'black-friday',
    'a=b',
    'x+y@z',
    'anna@acme.test',
    "'already quoted",
    'Zażółć gęślą',
    'web_form',
    '100',
    '3 - 2',
  ])('leaves a harmless string as it is: %j', (value) => {
    expect(neutraliseCell(value)).toBe(value);
    expect(startsLikeFormula(value)).toBe(false);
  });

  it('touches only strings: numbers (negative ones too), booleans and empty cells stay', () => {
    for (const value of [-5, -0.25, 0, 42, Number.NEGATIVE_INFINITY, true, false, null]) {
      expect(neutraliseCell(value)).toBe(value);
    }
  });
});

describe('tableToCsv', () => {
  it('quotes formula-like text cells and leaves numbers numbers', () => {
    const csv = tableToCsv({
      columns: ['campaign', 'leads'],
      rows: [
        ['=HYPERLINK("http://evil","x")', -3],
        ['spring', 2],
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      'campaign,leads',
      '"\'=HYPERLINK(""http://evil"",""x"")",-3',
      'spring,2',
    ]);
  });
});
