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

/** Loads one language's strings (the shell gathers them from the modules, one file per language). */
export type LanguageLoaders = Record<Language, () => Promise<Translations>>;

let loaders: LanguageLoaders | null = null;

/** Adds a language's strings unless they are there already. */
async function ensureLanguage(language: Language): Promise<void> {
  if (!loaders || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await loaders[language]());
}

/**
 * Starts the UI in the browser's language; the web shell calls it once and renders when it
 * resolves. Only that language's strings are loaded (ADR 032): the others come when a person
 * switches to one, and English, the fallback, only when it is needed.
 */
export async function startI18n(languages: LanguageLoaders): Promise<void> {
  loaders = languages;
  const language = browserLanguage();
  await i18n.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLanguage(language);
  document.documentElement.lang = i18n.language;
}

/** Switches the UI language once its strings are loaded, and keeps `<html lang>` in step. */
export async function changeLanguage(language: Language): Promise<void> {
  await ensureLanguage(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
