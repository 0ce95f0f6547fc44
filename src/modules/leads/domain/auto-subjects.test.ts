import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../contract/roles.ts';
import { autoSubjects } from './auto-subjects.ts';

describe('subjects of the activities the server creates', () => {
  it('are written in the workspace language', () => {
    expect(autoSubjects('pl').callBack({ number: '+48601234567' })).toBe(
      'Oddzwoń: +48601234567 (nieodebrane połączenie)',
    );
    expect(autoSubjects('ru').replyToEnquiry({ name: 'Ольга', form: 'Контакты' })).toBe(
      'Ответить на заявку: Ольга (Контакты)',
    );
    expect(autoSubjects('en').firstTouch({ name: 'Jan', campaign: 'fair' })).toBe(
      'First touch: Jan (fair)',
    );
    expect(autoSubjects('pl').callTo({ number: '+48221000000' })).toBe(
      'Połączenie wychodzące: +48221000000',
    );
  });

  it('every language names its parameters and differs from English; unknown ones fall back', () => {
    const p = { number: 'N1', name: 'N2', form: 'N3', campaign: 'N4', reason: 'N5' };
    const english = autoSubjects('en');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const texts = autoSubjects(locale);
      for (const key of Object.keys(english) as (keyof typeof english)[]) {
        const en = english[key](p);
        const here = texts[key](p);
        for (const value of Object.values(p)) expect(here.includes(value)).toBe(en.includes(value));
        expect(here, `${locale}.${key}`).not.toBe(en);
      }
    }
    expect(autoSubjects('de')).toBe(english);
  });
});
