import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { ApiProblem } from '../../../../kernel/web/lib/problem.ts';

/** A report the API refused, in words: the problem's message and each bad filter by name. */
export function ReportProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { message } = useProblemHandler();
  const fields = error instanceof ApiProblem ? (error.problem.errors ?? []) : [];
  return (
    <Alert color="red" title={t('reports.failed')} role="alert">
      {message(error)}
      {fields.length > 0 && (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={`${f.path}:${f.message}`}>
              {t(`reports.filters.${f.path}`, { defaultValue: f.path })}: {f.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
