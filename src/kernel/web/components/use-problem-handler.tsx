import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../lib/problem.ts';
import { DuplicateLink } from './duplicate-link.tsx';

export interface FormLike<Field extends string> {
  setFieldError: (field: Field, error: ReactNode) => void;
  getValues: () => Record<Field, unknown>;
}

/** The last path segment that names one of the form's fields (`body.email` → `email`). */
function fieldOf<Field extends string>(path: string, fields: readonly Field[]): Field | undefined {
  const segments = path
    .split(/[.[\]/]/)
    .filter(Boolean)
    .reverse();
  return segments.find((s): s is Field => (fields as readonly string[]).includes(s));
}

/** Turns API problems into translated messages: beside the form field when it names one, else a notification. */
export function useProblemHandler() {
  const { t } = useTranslation();

  const message = (error: unknown): string => {
    if (error instanceof ApiProblem) {
      return t(`errors.${error.code}`, {
        defaultValue: error.problem.detail ?? error.problem.title,
      });
    }
    return t('errors.network');
  };

  const notify = (error: unknown): void => {
    notifications.show({ color: 'red', title: t('errors.title'), message: message(error) });
  };

  /** Puts field errors and duplicates next to their fields; returns false when nothing matched. */
  const applyToForm = <Field extends string>(
    form: FormLike<Field>,
    error: unknown,
    fields: readonly Field[],
  ): boolean => {
    if (!(error instanceof ApiProblem)) return false;
    const { problem } = error;
    let applied = false;
    if (problem.code === 'duplicate' && problem.existing) {
      const values = form.getValues();
      const named =
        (problem.field ? fieldOf(problem.field, fields) : undefined) ??
        problem.errors?.map((e) => fieldOf(e.path, fields)).find(Boolean);
      const field =
        named ??
        fields.find((f) => f === 'email' && Boolean(values[f])) ??
        fields.find((f) => f === 'phone' && Boolean(values[f]));
      if (field) {
        form.setFieldError(field, <DuplicateLink existing={problem.existing} />);
        return true;
      }
    }
    for (const item of problem.errors ?? []) {
      const field = fieldOf(item.path, fields);
      if (!field) continue;
      form.setFieldError(field, t(`fieldErrors.${field}`, { defaultValue: item.message }));
      applied = true;
    }
    return applied;
  };

  /** Field errors beside their fields, everything else as a notification. */
  const handle = <Field extends string>(
    form: FormLike<Field>,
    error: unknown,
    fields: readonly Field[],
  ) => {
    if (!applyToForm(form, error, fields)) notify(error);
  };

  return { message, notify, applyToForm, handle };
}
