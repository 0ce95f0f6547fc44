import { Alert, Button, Center, Stack } from '@mantine/core';
import { type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../components/use-problem-handler.tsx';

/** Shown when a page could not load (network down, 404 record, unexpected error). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const { message } = useProblemHandler();
  return (
    <Center p="xl">
      <Stack maw={480}>
        <Alert color="red" title={t('errors.pageFailed')}>
          {message(error)}
        </Alert>
        <Button variant="light" onClick={reset}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
