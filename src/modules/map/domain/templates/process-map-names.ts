import type { Locale } from '../../../../contract/roles.ts';

const NAMES: Record<Locale, string> = {
  en: 'Process map',
  pl: 'Mapa procesów',
  ru: 'Карта процессов',
};

/** The name of a workspace's first map version, in its language. */
export function mapVersionName(locale: string): string {
  return NAMES[locale as Locale] ?? NAMES.en;
}
