import { describe, expect, it } from 'vitest';
import {
  isWholeEmail,
  likePatterns,
  normaliseQuery,
  prefixWords,
  wordMatch,
} from './search-query.ts';

describe('search query', () => {
  it('compares lower-cased with its spaces collapsed', () => {
    expect(normaliseQuery('  Jan   KOWALSKI ')).toBe('jan kowalski');
  });

  it("escapes LIKE's wildcards, so a typed % or _ is matched as itself", () => {
    expect(likePatterns('50%_off\\')).toEqual({
      contains: '%50\\%\\_off\\\\%',
      prefix: '50\\%\\_off\\\\%',
    });
  });

  it('keeps only letters and digits of each word, in any script; the last is a prefix', () => {
    expect(prefixWords("o'brien & (acme) | !x")).toBe('o & brien & acme & x:*');
    expect(prefixWords('иван петр')).toBe('иван & петр:*');
    expect(prefixWords('+-()')).toBeNull();
  });

  it('matches words apart only when a space separates two words or more', () => {
    expect(wordMatch('anna maria now')).toEqual({ whole: 'anna & maria', prefix: 'now:*' });
    expect(wordMatch('deal 734')).toEqual({ whole: 'deal', prefix: '734:*' });
    expect(wordMatch('kowalski')).toBeNull();
    expect(wordMatch('jan.kowalski@acme.example')).toBeNull();
    expect(wordMatch('deal +')).toBeNull();
  });

  it('tells an e-mail typed in full from a part of one', () => {
    expect(isWholeEmail('jan.kowalski@acme.example')).toBe(true);
    expect(isWholeEmail('anna@mail.co.uk')).toBe(true);
    for (const part of ['jan.kowalski@acme', '@acme.example', 'jan@', 'acme.example', 'a b@c.de']) {
      expect(isWholeEmail(part), part).toBe(false);
    }
  });
});
