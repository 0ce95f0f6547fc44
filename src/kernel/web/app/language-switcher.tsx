import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LanguageChoice } from '../components/language-choice.tsx';
import { useApiMutation } from '../data/use-api-mutation.ts';
import { meQuery } from '../lib/api/me-query.ts';
import { saveMyLocale } from '../lib/api/save-my-locale.ts';
import { rememberLocale } from '../lib/session.ts';

/** Switches the UI language at once and saves it as the user's preference (`PATCH /me`). */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const save = useApiMutation({
    mutationFn: saveMyLocale,
    apply: (client, me) => client.setQueryData(meQuery.queryKey, me),
    // The language stays changed on screen; only the profile did not keep it.
    onProblem: () => {
      notifications.show({ color: 'yellow', message: t('shell.languageNotSaved') });
      return true;
    },
  });

  return (
    <LanguageChoice
      onChoose={(language) => {
        // At once, not when the save returns (and not undone if it fails): see rememberLocale.
        rememberLocale(queryClient, language);
        save.mutate(language);
      }}
    />
  );
}
