import i18next, { type TFunction } from 'i18next';
import { LOCALES, type Locale } from '../../contract/roles.ts';
import { en, pl, ru, type Tree } from './resources.ts';

const trees: Record<Locale, Tree> = { en, pl, ru };

/**
 * One i18next instance per language over the app's real resources, for tests that check what
 * a person reads in each language (no React, no shared global instance).
 */
export async function loadTranslators(): Promise<Record<Locale, TFunction>> {
  const entries = await Promise.all(
    LOCALES.map(async (code) => {
      const instance = i18next.createInstance();
      await instance.init({
        resources: { [code]: { translation: trees[code] } },
        lng: code,
        interpolation: { escapeValue: false },
      });
      return [code, instance.t] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Locale, TFunction>;
}
