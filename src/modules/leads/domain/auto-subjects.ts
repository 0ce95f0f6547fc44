// The subjects of activities the server creates by itself (a callback for a missed call, the
// reply to a web-form enquiry, the first touch of an imported prospect, a call logged from
// telephony), in the workspace's language. The web app translates its own strings; these are
// stored on the activity, so they are written once, in the language the team works in.
import { LOCALES, type Locale } from '../../../contract/roles.ts';

interface SubjectTexts {
  callBack(p: { number: string }): string;
  replyToEnquiry(p: { name: string; form: string }): string;
  firstTouch(p: { name: string; campaign: string }): string;
  callFrom(p: { number: string }): string;
  callTo(p: { number: string }): string;
  /** A warm disqualification's planned revisit. */
  revisit(p: { name: string; reason: string }): string;
}

const SUBJECTS: Record<Locale, SubjectTexts> = {
  en: {
    callBack: ({ number }) => `Call back ${number} (missed call)`,
    replyToEnquiry: ({ name, form }) => `Reply to the enquiry from ${name} (${form})`,
    firstTouch: ({ name, campaign }) => `First touch: ${name} (${campaign})`,
    callFrom: ({ number }) => `Call from ${number}`,
    callTo: ({ number }) => `Call to ${number}`,
    revisit: ({ name, reason }) => `Revisit ${name} (disqualified: ${reason})`,
  },
  pl: {
    callBack: ({ number }) => `Oddzwoń: ${number} (nieodebrane połączenie)`,
    replyToEnquiry: ({ name, form }) => `Odpowiedz na zapytanie: ${name} (${form})`,
    firstTouch: ({ name, campaign }) => `Pierwszy kontakt: ${name} (${campaign})`,
    callFrom: ({ number }) => `Połączenie przychodzące: ${number}`,
    callTo: ({ number }) => `Połączenie wychodzące: ${number}`,
    revisit: ({ name, reason }) => `Wróć do leada: ${name} (zdyskwalifikowany: ${reason})`,
  },
  ru: {
    callBack: ({ number }) => `Перезвонить: ${number} (пропущенный звонок)`,
    replyToEnquiry: ({ name, form }) => `Ответить на заявку: ${name} (${form})`,
    firstTouch: ({ name, campaign }) => `Первый контакт: ${name} (${campaign})`,
    callFrom: ({ number }) => `Входящий звонок: ${number}`,
    callTo: ({ number }) => `Исходящий звонок: ${number}`,
    revisit: ({ name, reason }) => `Вернуться к лиду: ${name} (дисквалифицирован: ${reason})`,
  },
};

/** The subjects in a workspace's locale; an unknown one (never stored, but text) is English. */
export function autoSubjects(locale: string): SubjectTexts {
  return SUBJECTS[(LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en'];
}
