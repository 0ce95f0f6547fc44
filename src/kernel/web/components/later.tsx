import { TextInput, type ModalProps, type SelectProps, type TooltipProps } from '@mantine/core';
import type { ComponentType } from 'react';
import { deferred } from '../app/deferred.tsx';

// Mantine's tooltip, select and dialog for a page's first view: drawn once their code has
// loaded, after the page's first view (ADR 032). Until then a tooltip's target stands alone, a
// select is a read-only field showing its value, and a dialog is not drawn (one opened meanwhile
// appears when its code is there).

const parts = () => import('./later-parts.tsx');

export const LaterTooltip = deferred<TooltipProps>(
  async () => (await parts()).Tooltip as ComponentType<TooltipProps>,
  ({ children }) => children,
);

export const LaterModal = deferred<ModalProps>(
  async () => (await parts()).Modal as ComponentType<ModalProps>,
  null,
);

/** A select's look before its list can open: its label and the chosen option, read-only. */
export function SelectPlaceholder({ label, placeholder, value, data, w }: SelectProps) {
  const options = (data ?? []).flatMap((item) =>
    typeof item === 'string' ? [{ value: item, label: item }] : 'group' in item ? [] : [item],
  );
  const shown = options.find((o) => o.value === value)?.label ?? '';
  return (
    <TextInput label={label} placeholder={placeholder} value={shown} readOnly w={w} tabIndex={-1} />
  );
}

export const LaterSelect = deferred<SelectProps>(
  async () => (await parts()).Select as ComponentType<SelectProps>,
  SelectPlaceholder,
);
