import { Button, Group, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewAccountForm } from './new-account-form.tsx';
import type { CreateChoices } from './record-select.tsx';
import { type AccountKind, useCreateAccount } from './use-create-account.ts';

/**
 * How a picker may create the name typed: `'now'` creates it at once and picks it (the gate
 * dialog, the deal card); a draft keeps it for the host to create when it saves (New deal).
 */
export type CreateMode = 'now' | { draft: string; onDraft: (name: string) => void };

/**
 * The creation a company or contact picker offers: the choices in its list, a hint under the
 * field for a name typed and left unpicked, and the in-place form with e-mail and phone.
 */
export function useCreatable(
  kind: AccountKind,
  mode: CreateMode | undefined,
  onChange: (id: string) => void,
): { create?: CreateChoices; description?: ReactNode; below: ReactNode } {
  const { t } = useTranslation();
  const [details, setDetails] = useState<string | null>(null);
  const [kept, setKept] = useState('');
  const quick = useCreateAccount(kind, { onCreated: (created) => onChange(created.id) });
  if (!mode) return { below: null };
  const draft = mode === 'now' ? '' : mode.draft;
  const keep = (name: string) => {
    setKept(name);
    if (mode !== 'now') mode.onDraft(name);
  };
  // "Create …" picked: made at once, or (on a host that creates on save) kept and said so.
  const createNow = (name: string) => {
    if (mode !== 'now') return keep(name);
    setKept('');
    quick.mutate({ name });
  };
  const create: CreateChoices = {
    createLabel: (name) => t(`accountPicker.create.${kind}`, { name }),
    detailsLabel: (name) => t('accountPicker.withDetails', { name }),
    onCreate: createNow,
    onDetails: (name) => {
      keep('');
      setDetails(name);
    },
    onTyped: keep,
    // A host that creates on save keeps what is typed as it is typed: Enter in the box saves
    // the form before any blur.
    ...(mode === 'now' ? {} : { onInput: mode.onDraft }),
  };
  // Said once the box is left (not while typing, when the list shows the choices).
  const description =
    draft && kept ? t(`accountPicker.willCreate.${kind}`, { name: draft }) : undefined;
  const below = details ? (
    <NewAccountForm
      kind={kind}
      name={details}
      onCancel={() => setDetails(null)}
      onDone={(account) => {
        setDetails(null);
        if (mode !== 'now') mode.onDraft('');
        onChange(account.id);
      }}
    />
  ) : mode === 'now' && kept ? (
    // A name typed and not picked: one press creates it, nothing is lost on the way.
    <Group gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed">
        {t(`accountPicker.notPicked`, { name: kept })}
      </Text>
      <Button
        size="compact-xs"
        variant="light"
        loading={quick.isPending}
        onClick={() => createNow(kept)}
      >
        {t(`accountPicker.create.${kind}`, { name: kept })}
      </Button>
    </Group>
  ) : null;
  return { create, description, below };
}
