import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSaveRecord } from '../../../kernel/web/components/use-save-record.ts';
import { blankToNull } from '../../../kernel/web/lib/form-values.ts';

type Body<Values> = { [K in keyof Values]: string | null } & { name: string };

interface AccountFormOptions<Values extends { name: string; email: string }, Saved> {
  /** The records' key root (`companyKeys` or `contactKeys`). */
  kind: string;
  /** The record being edited; absent when creating one. */
  record?: Saved;
  initialValues: Values;
  fields: readonly (keyof Values & string)[];
  create: (body: Body<Values>) => Promise<Saved>;
  /** Saves changes with `If-Match` (someone else's newer save: the form closes, the record reloads). */
  update: (record: Saved, body: Body<Values>) => Promise<Saved>;
  savedMessage: (saved: Saved) => string;
  onClose: () => void;
  onSaved?: (saved: Saved) => void;
}

/**
 * The form of a company or a contact and its save: a name is required, an e-mail must look like
 * one, blank fields are sent as null (clearing them on edit).
 */
export function useAccountForm<
  Values extends { name: string; email: string } & Record<string, string>,
  Saved extends { id: string },
>({
  kind,
  record,
  initialValues,
  fields,
  create,
  update,
  ...rest
}: AccountFormOptions<Values, Saved>) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: ({ name, email }) => ({
      name: name.trim() ? null : t('validation.required'),
      email: !email.trim() || /^\S+@\S+\.\S+$/.test(email.trim()) ? null : t('validation.email'),
    }),
  });
  const save = useSaveRecord({
    kind,
    record,
    form,
    fields,
    save: (values: Values) => {
      const body = { ...blankToNull(values), name: values.name.trim() };
      return record ? update(record, body) : create(body);
    },
    ...rest,
  });
  return { form, save };
}
