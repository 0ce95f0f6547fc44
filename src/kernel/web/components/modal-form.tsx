import { Button, Group, Modal, type ModalProps, Stack, type StackProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How the dialog confirms. */
type Confirming<Values> =
  | {
      /** A Mantine form, validated on submit (Enter in a field submits too)… */
      form: { onSubmit: (save: (values: Values) => void) => FormEventHandler<HTMLFormElement> };
      /** …and the mutation that saves its values. */
      save: { mutate: (values: Values) => void; isPending: boolean };
    }
  | {
      pending: boolean;
      /** A form's own submit handler; without it the button alone confirms (`onConfirm`). */
      onSubmit?: FormEventHandler<HTMLFormElement>;
      onConfirm?: () => void;
    };

type ModalFormProps<Values> = Confirming<Values> & {
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
  children: ReactNode;
};

/** A dialog of fields above "Cancel" and a confirming button: the app's create, edit and confirm dialogs. */
export function ModalForm<Values>(props: ModalFormProps<Values>) {
  const { t } = useTranslation();
  const {
    title,
    onClose,
    opened = true,
    size,
    gap,
    submitLabel,
    color,
    disabled,
    children,
  } = props;
  const submit =
    'form' in props ? props.form.onSubmit((values) => props.save.mutate(values)) : props.onSubmit;
  const pending = 'save' in props ? props.save.isPending : props.pending;
  const body = (
    <Stack gap={gap}>
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          type={submit ? 'submit' : 'button'}
          color={color}
          disabled={disabled}
          loading={pending}
          onClick={submit || 'form' in props ? undefined : props.onConfirm}
        >
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      {submit ? (
        <form onSubmit={submit} noValidate>
          {body}
        </form>
      ) : (
        body
      )}
    </Modal>
  );
}
