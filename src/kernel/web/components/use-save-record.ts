import type { QueryKey } from '@tanstack/react-query';
import { recordKeys } from '../data/query-keys.ts';
import { useApiMutation } from '../data/use-api-mutation.ts';
import type { FormLike } from './use-problem-handler.tsx';

interface SaveRecordOptions<Values, Saved extends { id: string }, Field extends string> {
  /** The records' query-key root (their module's `recordKeys` root). */
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
  /** Views of this kind besides its lists that the save makes stale. */
  alsoInvalidates?: (saved: Saved) => readonly QueryKey[];
}

/**
 * The save of a create-or-edit form, on useApiMutation: caches the saved record, refreshes the
 * lists, notifies, resets a create form and closes. A `version_conflict` (someone saved first)
 * reloads the record and closes; other problems go beside their fields or into a notification.
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
  alsoInvalidates,
}: SaveRecordOptions<Values, Saved, Field>) {
  const keys = recordKeys(kind);
  return useApiMutation<Values, Saved, Field>({
    mutationFn: save,
    apply: (queryClient, saved) => queryClient.setQueryData(keys.detail(saved.id), saved),
    invalidates: (saved) => [keys.lists, ...(alsoInvalidates?.(saved) ?? [])],
    conflictRefetch: record ? () => [keys.detail(record.id), keys.lists] : undefined,
    onConflict: onClose,
    form,
    fields,
    done: savedMessage,
    onSuccess: (saved) => {
      if (!record) form.reset();
      onClose();
      onSaved?.(saved);
    },
  });
}
