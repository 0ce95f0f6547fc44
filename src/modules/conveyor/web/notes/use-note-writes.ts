import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { createDealNote } from '../api/create-deal-note.ts';
import { deleteDealFile } from '../api/delete-deal-file.ts';
import { deleteDealNote } from '../api/delete-deal-note.ts';
import { updateDealNote } from '../api/update-deal-note.ts';
import { FILE_MAX_BYTES, uploadDealFile } from '../api/upload-deal-file.ts';
import { dealKeys } from '../keys.ts';

// Every note or file write changes one thing the web shows: the deal's timeline.
const timelineOf = (_result: unknown, vars: { dealId: string }) => [dealKeys.timeline(vars.dealId)];

export function useAddNote(onSuccess: () => void) {
  const { t } = useTranslation();
  return useApiMutation({
    mutationFn: createDealNote,
    invalidates: timelineOf,
    done: () => t('notes.added'),
    onSuccess,
  });
}

export function useEditNote(onSuccess: () => void) {
  return useApiMutation({
    mutationFn: updateDealNote,
    invalidates: timelineOf,
    conflictRefetch: (vars) => [dealKeys.timeline(vars.dealId)],
    onSuccess,
  });
}

export function useDeleteNote() {
  const { t } = useTranslation();
  return useApiMutation({
    mutationFn: deleteDealNote,
    invalidates: timelineOf,
    conflictRefetch: (vars) => [dealKeys.timeline(vars.dealId)],
    done: () => t('notes.deleted'),
  });
}

/** Uploads a file; one over the server's limit is refused here, with the reason. */
export function useUploadFile() {
  const { t } = useTranslation();
  const upload = useApiMutation({
    mutationFn: uploadDealFile,
    invalidates: timelineOf,
    done: () => t('notes.fileAdded'),
  });
  return {
    ...upload,
    send: (dealId: string, file: File | null) => {
      if (!file) return;
      if (file.size > FILE_MAX_BYTES) {
        notifications.show({ color: 'red', message: t('notes.tooLarge', { name: file.name }) });
        return;
      }
      upload.mutate({ dealId, file });
    },
  };
}

export function useDeleteFile() {
  const { t } = useTranslation();
  return useApiMutation({
    mutationFn: deleteDealFile,
    invalidates: timelineOf,
    done: () => t('notes.fileDeleted'),
  });
}
