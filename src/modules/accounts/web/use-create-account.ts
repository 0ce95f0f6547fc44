import { useTranslation } from 'react-i18next';
import type { FormLike } from '../../../kernel/web/components/use-problem-handler.tsx';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { createCompany } from './api/create-company.ts';
import { createContact } from './api/create-contact.ts';
import { companyKeys, contactKeys } from './keys.ts';

export interface NewAccount {
  name: string;
  email?: string | null;
  phone?: string | null;
}

const KEYS = { company: companyKeys, contact: contactKeys } as const;

/** What can be created in place: a company or a contact. */
export type AccountKind = keyof typeof KEYS;

interface Options<Field extends string> {
  onCreated: (created: { id: string; name: string }) => void;
  form?: FormLike<Field>;
  fields?: readonly Field[];
  /** A problem shown by the caller (a duplicate, offered for use); true when handled. */
  onProblem?: (error: unknown) => boolean;
}

/** Creates a company or a contact from a picker (the API refuses a likely duplicate with 409). */
export function useCreateAccount<Field extends string = never>(
  kind: AccountKind,
  { onCreated, ...rest }: Options<Field>,
) {
  const { t } = useTranslation();
  const keys = KEYS[kind];
  return useApiMutation<NewAccount, { id: string; name: string }, Field>({
    mutationFn: (body) => (kind === 'company' ? createCompany(body) : createContact(body)),
    // The picker shows the new record by its id at once, without fetching it.
    apply: (queryClient, created) => queryClient.setQueryData(keys.detail(created.id), created),
    invalidates: () => [keys.lists],
    done: (created) =>
      t(kind === 'company' ? 'companies.created' : 'contacts.created', { name: created.name }),
    onSuccess: onCreated,
    ...rest,
  });
}
