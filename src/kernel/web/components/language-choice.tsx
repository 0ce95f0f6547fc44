import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { deferred } from '../app/deferred.tsx';
import { LANGUAGES, type Language } from '../lib/i18n.ts';

interface Props {
  onChoose?: (language: Language) => void;
}

/** The menu's button: the whole of it until the menu's code is there (ADR 032). */
function LanguageButton() {
  const { t, i18n } = useTranslation();
  const current = LANGUAGES.find((l) => l.code === i18n.language) ?? LANGUAGES[0];
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      aria-label={t('shell.language', { language: current.label })}
    >
      {current.label}
    </Button>
  );
}

/**
 * The language menu: switches the UI language at once, then tells `onChoose` (which saves the
 * choice once signed in; before sign-in there is nothing to save it to).
 */
export const LanguageChoice = deferred<Props>(
  async () => (await import('./language-menu.tsx')).LanguageMenu,
  LanguageButton,
);
