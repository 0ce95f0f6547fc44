// The standard list of disqualification reasons every workspace starts with (seed 001: a lead
// that does not fit is closed with a reason, and the reasons are a fixed list with a standard of
// when each applies). Warm ones plan a revisit: a "not now" is a lead for later, not a lost one.
import type { Locale } from '../../../contract/roles.ts';

export interface DisqualificationReasonText {
  name: string;
  standard: string;
  /** Warm: revisit the lead after this many days. */
  revisitDays: number | null;
}

/** Revisit days per reason, in the order of every language's list below. */
const REVISIT = [null, null, 90, 180, null, null] as const;

/** One text per entry of REVISIT, in the same order. */
type Each<T extends readonly unknown[]> = {
  readonly [K in keyof T]: { name: string; standard: string };
};
type Texts = Each<typeof REVISIT>;

const TEXTS: Record<Locale, Texts> = {
  en: [
    {
      name: 'Not our target customer',
      standard:
        'The lead does not match the target customer profile: industry, size or need outside what we serve. Say in the comment what did not fit.',
    },
    {
      name: 'No need',
      standard:
        'In a conversation the decision maker confirmed they do not need what we sell, now or later. A lead that has not answered yet is not this reason.',
    },
    {
      name: 'Not now',
      standard:
        'Interested, but not before a time they named (a project planned later, a contract running with someone else). The lead is revisited in 90 days.',
    },
    {
      name: 'No budget this year',
      standard:
        'The need is real but there is no money until the next budget. The lead is revisited in 180 days.',
    },
    {
      name: 'Unreachable',
      standard:
        'At least 5 attempts over at least 2 weeks, by phone and by e-mail, got no answer. Fewer attempts are no reason to disqualify.',
    },
    {
      name: 'Duplicate or spam',
      standard:
        'The same person is already a lead or a contact, or the enquiry is spam or fake. Name the existing record in the comment.',
    },
  ],
  pl: [
    {
      name: 'Poza naszą grupą docelową',
      standard:
        'Lead nie pasuje do profilu klienta docelowego: branża, wielkość lub potrzeba poza tym, co obsługujemy. Napisz w komentarzu, co nie pasowało.',
    },
    {
      name: 'Brak potrzeby',
      standard:
        'Osoba decyzyjna potwierdziła w rozmowie, że nie potrzebuje tego, co sprzedajemy, ani teraz, ani później. Lead, który jeszcze nie odpowiedział, to nie ten powód.',
    },
    {
      name: 'Nie teraz',
      standard:
        'Zainteresowany, ale nie wcześniej niż we wskazanym terminie (projekt planowany później, trwająca umowa z kimś innym). Do leada wracamy za 90 dni.',
    },
    {
      name: 'Brak budżetu w tym roku',
      standard:
        'Potrzeba jest realna, ale pieniędzy nie będzie do następnego budżetu. Do leada wracamy za 180 dni.',
    },
    {
      name: 'Brak kontaktu',
      standard:
        'Co najmniej 5 prób w ciągu co najmniej 2 tygodni, telefonicznie i mailowo, bez odpowiedzi. Mniej prób to nie powód do dyskwalifikacji.',
    },
    {
      name: 'Duplikat lub spam',
      standard:
        'Ta sama osoba jest już leadem lub kontaktem albo zgłoszenie to spam lub fałszywka. Wskaż istniejący rekord w komentarzu.',
    },
  ],
  ru: [
    {
      name: 'Не наш целевой клиент',
      standard:
        'Лид не соответствует портрету целевого клиента: отрасль, размер или потребность вне того, что мы обслуживаем. Напишите в комментарии, что не подошло.',
    },
    {
      name: 'Нет потребности',
      standard:
        'Лицо, принимающее решение, подтвердило в разговоре, что ему не нужно то, что мы продаём, ни сейчас, ни позже. Лид, который ещё не ответил, — не эта причина.',
    },
    {
      name: 'Не сейчас',
      standard:
        'Интерес есть, но не раньше названного срока (проект позже, действующий договор с другим поставщиком). К лиду вернёмся через 90 дней.',
    },
    {
      name: 'Нет бюджета в этом году',
      standard:
        'Потребность реальна, но денег не будет до следующего бюджета. К лиду вернёмся через 180 дней.',
    },
    {
      name: 'Не удаётся связаться',
      standard:
        'Не меньше 5 попыток за не меньше чем 2 недели, по телефону и по почте, без ответа. Меньше попыток — не причина для дисквалификации.',
    },
    {
      name: 'Дубликат или спам',
      standard:
        'Этот человек уже есть среди лидов или контактов, либо обращение — спам или фальшивка. Укажите существующую запись в комментарии.',
    },
  ],
};

/** The list a new workspace starts with, in its language. */
export function defaultDisqualificationReasons(locale: Locale): DisqualificationReasonText[] {
  return TEXTS[locale].map((text, i) => ({ ...text, revisitDays: REVISIT[i] ?? null }));
}
