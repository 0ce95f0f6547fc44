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
    // At once, not when the save returns: a navigation meanwhile re-applies the cached
    // session's language in the route guard and would switch the page back.
    onMutate: (locale) =>
      queryClient.setQueryData(meQuery.queryKey, (me) =>
        me ? { ...me, user: { ...me.user, locale } } : me,
      ),
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
    onError: () => notifications.show({ color: 'yellow', message: t('shell.languageNotSaved') }),
  });

  return <LanguageChoice onChoose={(language) => save.mutate(language)} />;
}
