import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../lib/api-client.ts';
import { changeLanguage, isLanguage, LANGUAGES, type Language } from '../lib/i18n.ts';
import { meQuery } from '../lib/session.ts';

/** Switches the UI language at once and saves it as the user's preference (`PATCH /me`). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const current = LANGUAGES.find((l) => l.code === i18n.language) ?? LANGUAGES[0];

  const save = useMutation({
    mutationFn: (locale: Language) => unwrap(api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
    onError: () => notifications.show({ color: 'yellow', message: t('shell.languageNotSaved') }),
  });

  const choose = (code: string) => {
    if (!isLanguage(code)) return;
    void changeLanguage(code);
    save.mutate(code);
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
