import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A table row's Edit and Remove buttons, each named for what it acts on (goals, costs). */
export function RowActions({
  editLabel,
  removeLabel,
  removeText,
  removing = false,
  onEdit,
  onRemove,
}: {
  /** The buttons' accessible names: "Edit Calls done of Ann". */
  editLabel: string;
  removeLabel: string;
  /** The Remove button's text. */
  removeText: string;
  removing?: boolean;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button size="compact-sm" variant="subtle" aria-label={editLabel} onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={removeLabel}
        loading={removing}
        onClick={onRemove}
      >
        {removeText}
      </Button>
    </Group>
  );
}
