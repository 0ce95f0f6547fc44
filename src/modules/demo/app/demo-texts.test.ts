// The demo's customers are named as people are: a woman's surname in Polish and Russian takes
// the feminine form (Iwona Grabowska, Галина Ильина), never "Iwona Grabowski" (issue 17).
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../contract/roles.ts';
import { demoTexts, personName } from './demo-texts.ts';
import { seededRandom } from './prng.ts';

describe.each(LOCALES)('the %s demo’s customers', (locale) => {
  const texts = demoTexts(locale);
  const women = new Set(texts.firstNames.filter(([, g]) => g === 'f').map(([name]) => name));
  const names = Array.from({ length: 400 }, (_, i) => personName(seededRandom(i), texts));

  it('have women and men among them', () => {
    expect(names.some((n) => women.has(n.split(' ')[0]!))).toBe(true);
    expect(names.some((n) => !women.has(n.split(' ')[0]!))).toBe(true);
  });

  it('give a woman the feminine surname and a man the masculine one', () => {
    for (const name of names) {
      const [first, last] = name.split(' ') as [string, string];
      const forms = texts.lastNames.find(([m, f]) => m === last || f === last)!;
      expect(last).toBe(women.has(first) ? forms[1] : forms[0]);
    }
  });
});

describe('feminine surnames', () => {
  it('read as Polish and Russian women’s names do', () => {
    const pl = new Map(demoTexts('pl').lastNames);
    const ru = new Map(demoTexts('ru').lastNames);
    expect(pl.get('Grabowski')).toBe('Grabowska');
    expect(pl.get('Kaczmarek')).toBe('Kaczmarek');
    expect(ru.get('Ильин')).toBe('Ильина');
    // Every -ski/-cki takes -ska/-cka; every -ов/-ев/-ин takes an -а.
    for (const [m, f] of pl) if (/[sc]ki$/.test(m)) expect(f).toBe(m.replace(/i$/, 'a'));
    for (const [m, f] of ru) if (/(ов|ев|ёв|ин)$/.test(m)) expect(f).toBe(`${m}а`);
  });
});
