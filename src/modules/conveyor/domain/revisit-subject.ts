// The subject of the task a warm loss plans (seed 004: lost deals end on a positive note and the
// warm base is kept). Stored on the activity, so written once, in the workspace's language.
import { LOCALES, type Locale } from '../../../contract/roles.ts';

const SUBJECTS: Record<Locale, (p: { title: string; reason: string }) => string> = {
  en: ({ title, reason }) => `Revisit ${title} (lost: ${reason})`,
  pl: ({ title, reason }) => `Wróć do transakcji: ${title} (przegrana: ${reason})`,
  ru: ({ title, reason }) => `Вернуться к сделке: ${title} (проиграна: ${reason})`,
};

/** The revisit task's subject in a workspace's locale; an unknown one is English. */
export function revisitSubject(locale: string, p: { title: string; reason: string }): string {
  const known = (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en';
  return SUBJECTS[known](p);
}
