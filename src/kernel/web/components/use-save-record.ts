import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isProblem } from '../lib/problem.ts';
import { type FormLike, useProblemHandler } from './use-problem-handler.tsx';

interface SaveRecordOptions<Values, Saved extends { id: string }, Field extends string> {
  /** The records' query-key root: `[kind, 'detail', id]` and `[kind, 'list', …]`. */
  kind: string;
  /** The record being edited; absent when creating one. */
  record?: { id: string };
  form: FormLike<Field> & { reset: () => void };
  /** The form's fields, for putting API field errors beside them. */
  fields: readonly Field[];
  /** Creates the record, or updates `record` (with `If-Match`). */
  save: (values: Values) => Promise<Saved>;
  /** The success notification's text. */
  savedMessage: (saved: Saved) => string;
  onClose: () => void;
  onSaved?: (saved: Saved) => void;
}

/**
 * The save mutation of a create-or-edit form: caches the saved record, refreshes the lists,
 * notifies, resets a create form and closes. A `version_conflict` (someone saved first) reloads
 * the record and closes; other problems go beside their fields or into a notification.
 */
export function useSaveRecord<Values, Saved extends { id: string }, Field extends string>({
  kind,
  record,
  form,
  fields,
  save,
  savedMessage,
  onClose,
  onSaved,
}: SaveRecordOptions<Values, Saved, Field>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();

  return useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      queryClient.setQueryData([kind, 'detail', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: [kind, 'list'] });
      notifications.show({ color: 'teal', message: savedMessage(saved) });
      if (!record) form.reset();
      onClose();
      onSaved?.(saved);
    },
    onError: async (error) => {
      if (record && isProblem(error, 'version_conflict')) {
        notifications.show({
          color: 'yellow',
          title: t('errors.conflictTitle'),
          message: t('errors.version_conflict'),
        });
        await queryClient.invalidateQueries({ queryKey: [kind, 'detail', record.id] });
        onClose();
        return;
      }
      problems.handle(form, error, fields);
    },
  });
}
