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
 * Loads one language's strings in two parts (the shell gathers them from the modules): `first`,
 * what the shell and the board draw, and `rest`, everything else (ADR 032).
 */
export type LanguageLoaders = Record<
  Language,
  { first: () => Promise<Translations>; rest: () => Promise<Translations> }
>;

/** Which strings a page needs: the board's part only, or all of them. */
export type Strings = 'first' | 'all';

let loaders: LanguageLoaders | null = null;
const loading = new Map<string, Promise<void>>();

/** Adds a part of a language's strings unless it is there (or on its way) already. */
function ensurePart(language: Language, part: 'first' | 'rest'): Promise<void> {
  const key = `${language}:${part}`;
  let done = loading.get(key);
  if (!done && loaders) {
    done = loaders[language][part]().then((strings) => {
      i18n.addResourceBundle(language, 'translation', strings, true, false);
    });
    done.catch(() => loading.delete(key)); // the next page asks again
    loading.set(key, done);
  }
  return done ?? Promise.resolve();
}

async function ensureLanguage(language: Language, strings: Strings): Promise<void> {
  await Promise.all([
    ensurePart(language, 'first'),
    strings === 'all' ? ensurePart(language, 'rest') : undefined,
  ]);
}

/** Every string of the UI's language: for what the first view did not need (a dialog, a page). */
export function loadAllStrings(): Promise<void> {
  const language = isLanguage(i18n.language) ? i18n.language : browserLanguage();
  return ensureLanguage(language, 'all');
}

/**
 * Starts the UI in the browser's language; the web shell calls it once and renders when it
 * resolves. Only that language's strings are loaded (ADR 032) — for the board only its part of
 * them — the others come when a person switches, and English, the fallback, only when needed.
 */
export async function startI18n(languages: LanguageLoaders, strings: Strings): Promise<void> {
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
    // Strings that arrive later (the rest of a language) redraw what uses them.
    react: { bindI18nStore: 'added' },
  });
  await ensureLanguage(language, strings);
  document.documentElement.lang = i18n.language;
}

/**
 * Switches the UI language once its strings are loaded (all of them unless the page says the
 * board's part is enough), and keeps `<html lang>` in step.
 */
export async function changeLanguage(language: Language, strings: Strings = 'all'): Promise<void> {
  await ensureLanguage(language, strings);
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
