import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../lib/i18n.ts';

/**
 * The language menu: switches the UI language at once, then tells `onChoose` (which saves the
 * choice once signed in; before sign-in there is nothing to save it to).
 */
export function LanguageChoice({ onChoose }: { onChoose?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const current = LANGUAGES.find((l) => l.code === i18n.language) ?? LANGUAGES[0];

  const choose = (language: Language) => {
    void changeLanguage(language);
    onChoose?.(language);
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={t('shell.language', { language: current.label })}
        >
          {current.label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            onClick={() => choose(language.code)}
            fw={language.code === current.code ? 600 : undefined}
          >
            {language.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
