import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import { createPipeline } from '../api/create-pipeline.ts';
import { pipelinesQuery } from '../api/pipelines-query.ts';
import { savePipeline } from '../api/save-pipeline.ts';
import type { Pipeline } from '../api/types.ts';
import { pipelineKeys } from '../keys.ts';
import { formPathFor, messageKeyFor, type PipelineDraft, toBody } from './pipeline-draft.ts';

interface Options {
  /** The pipeline being edited (`If-Match`); absent when creating one. */
  pipeline?: Pipeline;
  /** A removed stage still holds deals (409 `stage_in_use`): their names. */
  onStagesInUse: (names: string[]) => void;
  /** Refused fields as form paths (`stages.2.name`) with their messages. */
  onFieldErrors: (errors: [path: string, message: string][]) => void;
  onSaved: (saved: Pipeline) => void;
}

/**
 * Saves the pipeline editor's draft, name and whole stage list at once. The saved pipeline goes
 * into the cached list (the editor starts afresh from it). Someone else's newer save is told in
 * the pipeline's own words, and their version loaded for the editor.
 */
export function useSavePipeline({ pipeline, onStagesInUse, onFieldErrors, onSaved }: Options) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useApiMutation<PipelineDraft, Pipeline>({
    mutationFn: (draft) =>
      pipeline ? savePipeline(pipeline, toBody(draft)) : createPipeline(toBody(draft)),
    // The list as the server orders it: a new pipeline comes last (it gets the next position).
    apply: (client, saved) =>
      client.setQueryData(pipelinesQuery.queryKey, (old) =>
        old
          ? {
              ...old,
              items: old.items.some((p) => p.id === saved.id)
                ? old.items.map((p) => (p.id === saved.id ? saved : p))
                : [...old.items, saved],
            }
          : old,
      ),
    done: (saved) => t('settings.pipelines.saved', { name: saved.name }),
    onSuccess: onSaved,
    onProblem: (error) => {
      if (pipeline && isProblem(error, 'version_conflict')) {
        // Not the generic conflict notice: the editor reloads with the other person's pipeline.
        notifications.show({
          color: 'yellow',
          title: t('settings.pipelines.conflictTitle'),
          message: t('settings.pipelines.conflict'),
        });
        void queryClient.invalidateQueries({ queryKey: pipelineKeys.lists });
        return true;
      }
      if (isProblem(error, 'stage_in_use')) {
        const ids = error.problem.stageIds ?? [];
        onStagesInUse(
          (pipeline?.stages ?? []).filter((s) => ids.includes(s.id)).map((s) => s.name),
        );
        return true;
      }
      if (isProblem(error, 'validation_failed') && error.problem.errors?.length) {
        onFieldErrors(
          error.problem.errors.map((item) => {
            const path = formPathFor(item.path);
            const key = messageKeyFor(path, item.message);
            return [path, key ? t(key) : item.message];
          }),
        );
        notifications.show({ color: 'red', message: t('errors.validation_failed') });
        return true;
      }
      return false;
    },
  });
}
