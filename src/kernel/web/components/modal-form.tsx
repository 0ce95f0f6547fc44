import { Button, Group, Modal, type ModalProps, Stack, type StackProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ModalFormProps {
  title: ReactNode;
  onClose: () => void;
  /** Closed modals stay mounted where the caller keeps them (a create form keeps its draft). */
  opened?: boolean;
  size?: ModalProps['size'];
  /** The space between the fields (Mantine's spacing). */
  gap?: StackProps['gap'];
  /** The confirming button: its label, colour, and whether it may be pressed. */
  submitLabel: string;
  color?: string;
  disabled?: boolean;
  pending: boolean;
  /** A form's submit (Enter in a field submits too); without it the button alone confirms. */
  onSubmit?: FormEventHandler<HTMLFormElement>;
  onConfirm?: () => void;
  children: ReactNode;
}

/** A dialog of fields above "Cancel" and a confirming button: the app's create, edit and confirm dialogs. */
export function ModalForm({
  title,
  onClose,
  opened = true,
  size,
  gap,
  submitLabel,
  color,
  disabled,
  pending,
  onSubmit,
  onConfirm,
  children,
}: ModalFormProps) {
  const { t } = useTranslation();
  const body = (
    <Stack gap={gap}>
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          type={onSubmit ? 'submit' : 'button'}
          color={color}
          disabled={disabled}
          loading={pending}
          onClick={onSubmit ? undefined : onConfirm}
        >
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      {onSubmit ? (
        <form onSubmit={onSubmit} noValidate>
          {body}
        </form>
      ) : (
        body
      )}
    </Modal>
  );
}
