import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from './use-problem-handler.tsx';

/** What a detail page shows while its record loads or when it failed to. */
export function PageState({ error }: { error?: unknown }) {
  const { t } = useTranslation();
  const { message } = useProblemHandler();
  if (!error) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  return (
    <Alert color="red" title={t('errors.pageFailed')}>
      {message(error)}
    </Alert>
  );
}
