import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../components/language-choice.tsx';
import { api, unwrap } from '../lib/api-client.ts';
import type { Language } from '../lib/i18n.ts';
import { meQuery } from '../lib/session.ts';

/** Switches the UI language at once and saves it as the user's preference (`PATCH /me`). */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const save = useMutation({
    mutationFn: (locale: Language) => unwrap(api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
    onError: () => notifications.show({ color: 'yellow', message: t('shell.languageNotSaved') }),
  });

  return <LanguageChoice onChoose={(language) => save.mutate(language)} />;
}
