import { TextInput, type TextInputProps } from '@mantine/core';

/** A dialog's first field (a name or a title): required, and focused when the dialog opens. */
export function LeadingField(props: TextInputProps) {
  return <TextInput required data-autofocus {...props} />;
}
