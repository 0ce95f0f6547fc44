import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'pl', label: 'Polski' },
  { code: 'ru', label: 'Русский' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The first of the browser's preferred languages that the app speaks, else English. */
export function browserLanguage(): Language {
  const preferred =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export const i18n = i18next.createInstance();

/** A language's strings: nested keys down to the text. */
export type Translations = { [key: string]: string | Translations };

/**
 * Starts the UI in the browser's language with every module's strings; the web shell calls it
 * once, before the first render, with the strings it gathered from the modules.
 */
export function startI18n(resources: Record<Language, Translations>): void {
  void i18n.use(initReactI18next).init({
    resources: {
      en: { translation: resources.en },
      pl: { translation: resources.pl },
      ru: { translation: resources.ru },
    },
    lng: browserLanguage(),
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
}

/** Switches the UI language at once and keeps `<html lang>` in step. */
export async function changeLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
